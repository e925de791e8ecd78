package org.chengxiang.settlement;

import java.util.Optional;
import java.util.function.Function;

import org.chengxiang.plan.IndicatorSource;
import org.chengxiang.platform.web.Wording;
import org.chengxiang.settlement.SettlementStatistics.YearFigures;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The plan's live indicators of settlement, bound to the task they measure, (二) 促进农业转移人口等非户籍人口在城市便捷落户
 * (the other tasks naming 落户 are measured by other things): applications, the share submitted online, the
 * approval rate and the working days to decision, for the plan's year.
 */
@Configuration(proxyBeanMethods = false)
class SettlementIndicators {

	/** Words of the title of the task these indicators measure. */
	static final String MEASURED_TASK = "便捷落户";

	@Bean
	IndicatorSource settlementApplications(SettlementStatistics statistics) {
		return new Indicator("settlement.applications", "落户申请", "件", statistics,
				year -> year.submitted() == 0 ? Optional.empty()
						: value(year.submitted(), Wording.of(year.year() + " 年提交的落户申请",
								"Settlement applications submitted in " + year.year())));
	}

	@Bean
	IndicatorSource settlementOnlineShare(SettlementStatistics statistics) {
		return new Indicator("settlement.online-share", "网上申请占比", "%", statistics,
				year -> year.submitted() == 0 ? Optional.empty()
						: value(percent(year.online(), year.submitted()),
								Wording.of("网上提交 " + year.online() + " 件，共提交 " + year.submitted() + " 件",
										year.online() + " of " + year.submitted() + " submitted online")));
	}

	@Bean
	IndicatorSource settlementApprovalRate(SettlementStatistics statistics) {
		return new Indicator("settlement.approval-rate", "落户审批通过率", "%", statistics,
				year -> year.decided() == 0 ? Optional.empty()
						: value(percent(year.approved(), year.decided()),
								Wording.of("批准 " + year.approved() + " 件，共办结 " + year.decided() + " 件",
										year.approved() + " of " + year.decided() + " decided were approved")));
	}

	@Bean
	IndicatorSource settlementAverageWorkingDays(SettlementStatistics statistics) {
		return new Indicator("settlement.average-working-days", "平均办理时长", "天", statistics,
				year -> year.averageWorkingDays() == null ? Optional.empty()
						: value(Math.round(year.averageWorkingDays() * 10) / 10.0, Wording.of(
								"受理至办结的平均工作日（补正时间不计），" + year.decided() + " 件",
								"Average working days from acceptance to decision, corrections not counted; "
										+ year.decided() + " decided")));
	}

	private static Optional<IndicatorSource.IndicatorValue> value(double value, String note) {
		return Optional.of(new IndicatorSource.IndicatorValue(value, note));
	}

	private static double percent(long part, long whole) {
		return Math.round(1000.0 * part / whole) / 10.0;
	}

	/** One indicator measured from the year's figures. */
	record Indicator(String key, String name, String unit, SettlementStatistics statistics,
			Function<YearFigures, Optional<IndicatorSource.IndicatorValue>> measuring) implements IndicatorSource {

		@Override
		public String measuredTask() {
			return MEASURED_TASK;
		}

		@Override
		public Optional<IndicatorValue> measure(IndicatorScope scope) {
			return measuring.apply(statistics.figures(scope.year()));
		}

	}

}
