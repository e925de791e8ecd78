package org.chengxiang.cityops.cases;

import java.util.Optional;
import java.util.function.Function;

import org.chengxiang.plan.IndicatorSource;
import org.chengxiang.platform.web.ReaderLocale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The plan's live indicators of city-management cases, bound to task (十三) 实施新型智慧城市行动 (城市数字化管理平台、
 * 一网统管): cases closed, the on-time handling rate, the closure rate and the median hours to close, for the
 * plan's year, over the whole city. Names, units and notes are the messages {@code cityops.indicator.<name>.*},
 * worded in the reader's language.
 */
@Configuration(proxyBeanMethods = false)
class CaseIndicators {

	/**
	 * Words of the title of the task these indicators measure, (十三) in the reference plan, matched against the
	 * imported plan's Chinese text (not shown to anyone).
	 */
	static final String MEASURED_TASK = "智慧城市";

	@Bean
	IndicatorSource cityopsCasesClosed(Evaluation evaluation, MessageSource messages) {
		return new Indicator("cityops.cases-closed", "casesClosed", evaluation, messages,
				year -> year.reported() == 0 ? null
						: new Measured(year.closed(), year.reported(), year.filed(), year.closed()));
	}

	@Bean
	IndicatorSource cityopsOnTimeRate(Evaluation evaluation, MessageSource messages) {
		return new Indicator("cityops.on-time-rate", "onTimeRate", evaluation, messages,
				year -> year.onTimeRate() == null ? null
						: new Measured(year.onTimeRate(), year.handledOnTime(), year.handled()));
	}

	@Bean
	IndicatorSource cityopsClosureRate(Evaluation evaluation, MessageSource messages) {
		return new Indicator("cityops.closure-rate", "closureRate", evaluation, messages,
				year -> year.closureRate() == null ? null
						: new Measured(year.closureRate(), year.closed(), year.filed()));
	}

	@Bean
	IndicatorSource cityopsMedianHoursToClose(Evaluation evaluation, MessageSource messages) {
		return new Indicator("cityops.median-hours-to-close", "medianHoursToClose", evaluation, messages,
				year -> year.medianHoursToClose() == null ? null
						: new Measured(year.medianHoursToClose(), year.closed()));
	}

	/**
	 * A value and the arguments of its note.
	 *
	 * @param value the number
	 * @param noteArguments the arguments of the message {@code cityops.indicator.<name>.note}, as text (so that
	 * counts are not grouped)
	 */
	record Measured(double value, Object... noteArguments) {
	}

	/** One indicator measured from the year's figures; {@code measuring} answers {@code null} for no value yet. */
	record Indicator(String key, String messageName, Evaluation evaluation, MessageSource messages,
			Function<BulletinLine, Measured> measuring) implements IndicatorSource {

		@Override
		public String name() {
			return word("name");
		}

		@Override
		public String unit() {
			return word("unit");
		}

		@Override
		public String measuredTask() {
			return MEASURED_TASK;
		}

		@Override
		public Optional<IndicatorValue> measure(IndicatorScope scope) {
			return Optional.ofNullable(measuring.apply(evaluation.year(scope.year())))
				.map(measured -> new IndicatorValue(measured.value(), word("note", measured.noteArguments())));
		}

		private String word(String part, Object... arguments) {
			Object[] texts = new Object[arguments.length];
			for (int i = 0; i < arguments.length; i++) {
				texts[i] = String.valueOf(arguments[i]);
			}
			return messages.getMessage("cityops.indicator." + messageName + "." + part, texts, ReaderLocale.current());
		}

	}

}
