package org.chengxiang.cityops.cases;

import java.util.function.Function;

import org.chengxiang.plan.IndicatorSource;
import org.chengxiang.plan.WordedIndicator;
import org.chengxiang.plan.WordedIndicator.Measured;

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
		return indicator("cityops.cases-closed", "casesClosed", evaluation, messages,
				year -> year.reported() == 0 ? null
						: new Measured(year.closed(), year.reported(), year.filed(), year.closed()));
	}

	@Bean
	IndicatorSource cityopsOnTimeRate(Evaluation evaluation, MessageSource messages) {
		return indicator("cityops.on-time-rate", "onTimeRate", evaluation, messages,
				year -> year.onTimeRate() == null ? null
						: new Measured(year.onTimeRate(), year.handledOnTime(), year.handled()));
	}

	@Bean
	IndicatorSource cityopsClosureRate(Evaluation evaluation, MessageSource messages) {
		return indicator("cityops.closure-rate", "closureRate", evaluation, messages,
				year -> year.closureRate() == null ? null
						: new Measured(year.closureRate(), year.closed(), year.filed()));
	}

	@Bean
	IndicatorSource cityopsMedianHoursToClose(Evaluation evaluation, MessageSource messages) {
		return indicator("cityops.median-hours-to-close", "medianHoursToClose", evaluation, messages,
				year -> year.medianHoursToClose() == null ? null
						: new Measured(year.medianHoursToClose(), year.closed()));
	}

	/** One indicator measured from the year's figures; {@code measuring} answers {@code null} for no value yet. */
	private static IndicatorSource indicator(String key, String name, Evaluation evaluation, MessageSource messages,
			Function<BulletinLine, Measured> measuring) {
		return new WordedIndicator(key, "cityops.indicator." + name, MEASURED_TASK, messages,
				scope -> measuring.apply(evaluation.year(scope.year())));
	}

}
