package org.chengxiang.platform.web;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class WordingTests {

	@AfterEach
	void forgetTheReader() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aReaderGetsTheirLanguageOnly() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(Wording.of("请填写姓名", "Enter the name")).isEqualTo("Enter the name");
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(Wording.of("请填写姓名", "Enter the name")).isEqualTo("请填写姓名");
	}

	@Test
	void outsideARequestTheDefaultLanguageIsChineseWhateverTheMachineSays() {
		LocaleContextHolder.resetLocaleContext();
		Locale machine = Locale.getDefault();
		try {
			Locale.setDefault(Locale.US);
			assertThat(Wording.of("请填写姓名", "Enter the name")).isEqualTo("请填写姓名");
		}
		finally {
			Locale.setDefault(machine);
		}
	}

	@Test
	void splitsAGluedMessageAtTheLastLanguageBoundary() {
		String glued = "缺少必需材料：身份证 / 户口簿 / required materials missing";
		assertThat(Wording.inLanguage(glued, Locale.SIMPLIFIED_CHINESE)).isEqualTo("缺少必需材料：身份证 / 户口簿");
		assertThat(Wording.inLanguage(glued, Locale.ENGLISH)).isEqualTo("required materials missing");
	}

	@Test
	void leavesMessagesOfOneLanguageAlone() {
		assertThat(Wording.inLanguage("身份证 / 户口簿", Locale.ENGLISH)).isEqualTo("身份证 / 户口簿");
		assertThat(Wording.inLanguage("either / or", Locale.SIMPLIFIED_CHINESE)).isEqualTo("either / or");
		assertThat(Wording.inLanguage("请填写", Locale.ENGLISH)).isEqualTo("请填写");
		assertThat(Wording.inLanguage(null, Locale.ENGLISH)).isNull();
	}

}
