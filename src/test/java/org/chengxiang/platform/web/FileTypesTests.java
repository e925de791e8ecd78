package org.chengxiang.platform.web;

import org.junit.jupiter.api.Test;

import org.chengxiang.platform.web.FileTypes.FileType;

import static org.assertj.core.api.Assertions.assertThat;

class FileTypesTests {

	@Test
	void recognisesFilesByContentNotName() {
		assertThat(FileTypes.detect("%PDF-1.7 ...".getBytes())).contains(FileType.PDF);
		assertThat(FileTypes.detect(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 })).contains(FileType.PNG);
		assertThat(FileTypes.detect(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 })).contains(FileType.JPEG);
		assertThat(FileTypes.detect(new byte[] { 'P', 'K', 3, 4, 0 })).contains(FileType.OFFICE_PACKAGE);
		assertThat(FileTypes.detect("just text renamed to .pdf".getBytes())).isEmpty();
		assertThat(FileTypes.detect(new byte[0])).isEmpty();
		assertThat(FileTypes.detect(null)).isEmpty();
	}

}
