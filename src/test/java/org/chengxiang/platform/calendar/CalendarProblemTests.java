package org.chengxiang.platform.calendar;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarProblemTests {

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	{
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
	}

	@Test
	void detailIsInTheReadersLanguageOnly() {
		assertThat(CalendarProblem.NEGATIVE_DAYS.describe(messages, "days"))
			.isEqualTo("工作日数不能为负");
		org.springframework.context.i18n.LocaleContextHolder.setLocale(Locale.ENGLISH);
		try {
			assertThat(CalendarProblem.NEGATIVE_DAYS.describe(messages, "days")).isEqualTo("days must not be negative");
		}
		finally {
			org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
		}
	}

	@Test
	void numbersInTheDetailAreNotGrouped() {
		assertThat(CalendarProblem.TOO_MANY_DAYS.describe(messages, "days", "3650"))
			.isEqualTo("工作日数不能超过 3650");
	}

	@Test
	void theTextsComeFromTheMessageSource() {
		org.springframework.context.support.StaticMessageSource messages = new org.springframework.context.support.StaticMessageSource();
		messages.addMessage(CalendarProblem.REQUIRED.key(), Locale.SIMPLIFIED_CHINESE, "必填");
		messages.addMessage(CalendarProblem.REQUIRED.key(), Locale.ENGLISH, "{0} is mandatory");
		assertThat(CalendarProblem.REQUIRED.describe(messages, "kind")).isEqualTo("必填");
		org.springframework.context.i18n.LocaleContextHolder.setLocale(Locale.ENGLISH);
		try {
			assertThat(CalendarProblem.REQUIRED.describe(messages, "kind")).isEqualTo("kind is mandatory");
		}
		finally {
			org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
		}
	}

	@Test
	void titleHasNoField() {
		assertThat(CalendarProblem.TITLE.describe(messages)).isEqualTo("请求参数无效");
	}

}
