package org.chengxiang.cityops.cases;

import java.util.Optional;
import java.util.function.Function;

import org.chengxiang.plan.IndicatorSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The plan's live indicators of city-management cases, bound to task (十三) 实施新型智慧城市行动 (城市数字化管理平台、
 * 一网统管): cases closed, the on-time handling rate, the closure rate and the median hours to close, for the
 * plan's year, over the whole city.
 */
@Configuration(proxyBeanMethods = false)
class CaseIndicators {

	/** Words of the title of the task these indicators measure: (十三) in the reference plan. */
	static final String MEASURED_TASK = "智慧城市";

	@Bean
	IndicatorSource cityopsCasesClosed(Evaluation evaluation) {
		return new Indicator("cityops.cases-closed", "城管案件结案数", "件", evaluation,
				year -> year.reported() == 0 ? Optional.empty()
						: value(year.closed(), "上报 " + year.reported() + " 件，立案 " + year.filed() + " 件，结案 " + year.closed()
								+ " 件 / cases closed of those reported in the year"));
	}

	@Bean
	IndicatorSource cityopsOnTimeRate(Evaluation evaluation) {
		return new Indicator("cityops.on-time-rate", "城管案件按时处置率", "%", evaluation,
				year -> year.onTimeRate() == null ? Optional.empty()
						: value(year.onTimeRate(), "按时处置 " + year.handledOnTime() + " 件 / 已处置 " + year.handled()
								+ " 件 / handled within the time limit of all handled"));
	}

	@Bean
	IndicatorSource cityopsClosureRate(Evaluation evaluation) {
		return new Indicator("cityops.closure-rate", "城管案件结案率", "%", evaluation,
				year -> year.closureRate() == null ? Optional.empty()
						: value(year.closureRate(), "结案 " + year.closed() + " 件 / 立案 " + year.filed()
								+ " 件 / closed of all filed"));
	}

	@Bean
	IndicatorSource cityopsMedianHoursToClose(Evaluation evaluation) {
		return new Indicator("cityops.median-hours-to-close", "结案时长中位数", "小时", evaluation,
				year -> year.medianHoursToClose() == null ? Optional.empty()
						: value(year.medianHoursToClose(), "自上报至结案的小时数中位数，" + year.closed()
								+ " 件 / median hours from report to closure"));
	}

	private static Optional<IndicatorSource.IndicatorValue> value(double value, String note) {
		return Optional.of(new IndicatorSource.IndicatorValue(value, note));
	}

	/** One indicator measured from the year's figures. */
	record Indicator(String key, String name, String unit, Evaluation evaluation,
			Function<BulletinLine, Optional<IndicatorSource.IndicatorValue>> measuring) implements IndicatorSource {

		@Override
		public String measuredTask() {
			return MEASURED_TASK;
		}

		@Override
		public Optional<IndicatorValue> measure(IndicatorScope scope) {
			return measuring.apply(evaluation.year(scope.year()));
		}

	}

}
