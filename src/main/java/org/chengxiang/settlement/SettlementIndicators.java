package org.chengxiang.settlement;

import java.util.function.Function;

import org.chengxiang.plan.IndicatorSource;
import org.chengxiang.plan.WordedIndicator;
import org.chengxiang.plan.WordedIndicator.Measured;
import org.chengxiang.settlement.SettlementStatistics.YearFigures;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The plan's live indicators of settlement, bound to the task they measure, (二) 促进农业转移人口等非户籍人口在城市便捷落户
 * (the other tasks naming 落户 are measured by other things): applications, the share submitted online, the
 * approval rate and the working days to decision, for the plan's year. Names, units and notes are the messages
 * {@code settlement.indicator.<name>.*}, worded in the reader's language.
 */
@Configuration(proxyBeanMethods = false)
class SettlementIndicators {

	/**
	 * Words of the title of the task these indicators measure, matched against the imported plan's Chinese text
	 * (not shown to anyone).
	 */
	static final String MEASURED_TASK = "便捷落户";

	@Bean
	IndicatorSource settlementApplications(SettlementStatistics statistics, MessageSource messages) {
		return indicator("settlement.applications", "applications", statistics, messages,
				year -> year.submitted() == 0 ? null : new Measured(year.submitted(), year.year()));
	}

	@Bean
	IndicatorSource settlementOnlineShare(SettlementStatistics statistics, MessageSource messages) {
		return indicator("settlement.online-share", "onlineShare", statistics, messages,
				year -> year.submitted() == 0 ? null
						: new Measured(percent(year.online(), year.submitted()), year.online(), year.submitted()));
	}

	@Bean
	IndicatorSource settlementApprovalRate(SettlementStatistics statistics, MessageSource messages) {
		return indicator("settlement.approval-rate", "approvalRate", statistics, messages,
				year -> year.decided() == 0 ? null
						: new Measured(percent(year.approved(), year.decided()), year.approved(), year.decided()));
	}

	@Bean
	IndicatorSource settlementAverageWorkingDays(SettlementStatistics statistics, MessageSource messages) {
		return indicator("settlement.average-working-days", "averageWorkingDays", statistics, messages,
				year -> year.averageWorkingDays() == null ? null
						: new Measured(Math.round(year.averageWorkingDays() * 10) / 10.0, year.decided()));
	}

	private static double percent(long part, long whole) {
		return Math.round(1000.0 * part / whole) / 10.0;
	}

	/** One indicator measured from the year's figures; {@code measuring} answers {@code null} for no value yet. */
	private static IndicatorSource indicator(String key, String name, SettlementStatistics statistics, MessageSource messages,
			Function<YearFigures, Measured> measuring) {
		return new WordedIndicator(key, "settlement.indicator." + name, MEASURED_TASK, messages,
				scope -> measuring.apply(statistics.figures(scope.year())));
	}

}
