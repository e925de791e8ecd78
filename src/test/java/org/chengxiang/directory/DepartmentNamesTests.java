package org.chengxiang.directory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DepartmentNamesTests {

	@Test
	void normalizesBracketsAndSpaces() {
		assertThat(DepartmentNames.normalize(" 市财政局(金融发展局) ")).isEqualTo("市财政局（金融发展局）");
		assertThat(DepartmentNames.normalize("人民银行 大石桥市支行")).isEqualTo("人民银行大石桥市支行");
	}

	@Test
	void triesTheNameWithoutCityPrefixes() {
		assertThat(DepartmentNames.candidates("大石桥市公安局")).containsExactly("大石桥市公安局", "公安局");
		assertThat(DepartmentNames.candidates("市发改局")).containsExactly("市发改局", "发改局");
		assertThat(DepartmentNames.candidates("发改局")).containsExactly("发改局");
	}

	@Test
	void keepsCompoundNamesWhole() {
		// 人民银行大石桥市支行 must not lose 大石桥市 from its middle
		assertThat(DepartmentNames.candidates("人民银行大石桥市支行")).containsExactly("人民银行大石桥市支行");
	}

}
