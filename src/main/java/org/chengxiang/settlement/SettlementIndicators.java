package org.chengxiang.settlement;

import java.util.Optional;
import java.util.function.Function;

import org.chengxiang.plan.IndicatorSource;
import org.chengxiang.platform.web.ReaderLocale;
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
		return new Indicator("settlement.applications", "applications", statistics, messages,
				year -> year.submitted() == 0 ? null : new Measured(year.submitted(), year.year()));
	}

	@Bean
	IndicatorSource settlementOnlineShare(SettlementStatistics statistics, MessageSource messages) {
		return new Indicator("settlement.online-share", "onlineShare", statistics, messages,
				year -> year.submitted() == 0 ? null
						: new Measured(percent(year.online(), year.submitted()), year.online(), year.submitted()));
	}

	@Bean
	IndicatorSource settlementApprovalRate(SettlementStatistics statistics, MessageSource messages) {
		return new Indicator("settlement.approval-rate", "approvalRate", statistics, messages,
				year -> year.decided() == 0 ? null
						: new Measured(percent(year.approved(), year.decided()), year.approved(), year.decided()));
	}

	@Bean
	IndicatorSource settlementAverageWorkingDays(SettlementStatistics statistics, MessageSource messages) {
		return new Indicator("settlement.average-working-days", "averageWorkingDays", statistics, messages,
				year -> year.averageWorkingDays() == null ? null
						: new Measured(Math.round(year.averageWorkingDays() * 10) / 10.0, year.decided()));
	}

	private static double percent(long part, long whole) {
		return Math.round(1000.0 * part / whole) / 10.0;
	}

	/**
	 * A value and the arguments of its note.
	 *
	 * @param value the number
	 * @param noteArguments the arguments of the message {@code settlement.indicator.<name>.note}, as text (so that
	 * years and counts are not grouped)
	 */
	record Measured(double value, Object... noteArguments) {
	}

	/** One indicator measured from the year's figures; {@code measuring} answers {@code null} for no value yet. */
	record Indicator(String key, String messageName, SettlementStatistics statistics, MessageSource messages,
			Function<YearFigures, Measured> measuring) implements IndicatorSource {

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
			return Optional.ofNullable(measuring.apply(statistics.figures(scope.year())))
				.map(measured -> new IndicatorValue(measured.value(), word("note", measured.noteArguments())));
		}

		private String word(String part, Object... arguments) {
			Object[] texts = new Object[arguments.length];
			for (int i = 0; i < arguments.length; i++) {
				texts[i] = String.valueOf(arguments[i]);
			}
			return messages.getMessage("settlement.indicator." + messageName + "." + part, texts,
					ReaderLocale.current());
		}

	}

}
