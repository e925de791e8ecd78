package org.chengxiang.platform.web;

import org.junit.jupiter.api.Test;

import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class FileResponsesTests {

	@Test
	void anImageOpensInlineUnderItsTypeAndItsNameInRfc5987() {
		ResponseEntity<byte[]> response = FileResponses.inline("身份证.png", "image/png", new byte[] { 1, 2 });
		assertThat(response.getHeaders().getContentType()).hasToString("image/png");
		assertThat(response.getHeaders().getFirst("Content-Disposition")).startsWith("inline;")
			.contains("filename*=UTF-8''%E8%BA%AB%E4%BB%BD%E8%AF%81.png");
		assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeaders().getCacheControl()).contains("private").contains("no-store");
		assertThat(response.getHeaders().getContentLength()).isEqualTo(2);
	}

	@Test
	void otherFilesAreSaved() {
		assertThat(FileResponses.attachment("台账.xlsx", "application/zip", new byte[0]).getHeaders()
			.getFirst("Content-Disposition")).startsWith("attachment;");
	}

	@Test
	void aNameCannotEndTheHeaderOrNameAnotherPlace() {
		assertThat(FileResponses.safeFilename("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileResponses.safeFilename("C:\\scans\\a\"b;\r\nc.png")).isEqualTo("abc.png");
		assertThat(FileResponses.safeFilename("\u202Egnp.exe")).isEqualTo("gnp.exe");
		assertThat(FileResponses.safeFilename("..")).isEqualTo("file");
		assertThat(FileResponses.safeFilename(null)).isEqualTo("file");
	}

}
