package org.chengxiang.platform.calendar;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class HolidayNamesTests {

	private final HolidayNames names = new HolidayNames(messages());

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void wordsTheOfficialNamesInTheReadersLanguage() {
		assertThat(names.worded("春节", Locale.ENGLISH)).isEqualTo("Spring Festival");
		assertThat(names.worded("春节", Locale.SIMPLIFIED_CHINESE)).isEqualTo("春节");
		assertThat(names.worded("中秋节、国庆节", Locale.ENGLISH)).isEqualTo("Mid-Autumn Festival and National Day");
		assertThat(names.worded("国庆节、中秋节", Locale.SIMPLIFIED_CHINESE)).isEqualTo("国庆节、中秋节");
		assertThat(names.worded("春节（延长）", Locale.ENGLISH)).isEqualTo("Spring Festival (extended)");
		assertThat(names.worded("元旦", Locale.ENGLISH)).isEqualTo("New Year's Day");
		assertThat(names.official("清明节")).isTrue();
	}

	@Test
	void showsANameThatIsNotAnOfficialOneAsStored() {
		assertThat(names.worded("防汛值班", Locale.ENGLISH)).isEqualTo("防汛值班");
		assertThat(names.worded("春节、防汛值班", Locale.ENGLISH)).isEqualTo("春节、防汛值班");
		assertThat(names.official("防汛值班")).isFalse();
		assertThat(names.worded(null, Locale.ENGLISH)).isNull();
	}

}
