package org.chengxiang.residence.housing;

import java.time.LocalDate;
import java.util.Optional;

import org.chengxiang.plan.IndicatorSource;
import org.chengxiang.platform.web.ReaderLocale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plan's live indicators of public rental housing, bound to task (三) 推动城镇基本公共服务覆盖未落户常住人口: households
 * waiting now, and units let in the plan's year. Names, units and notes are the messages
 * {@code residence.indicator.<name>.*}, in the reader's language.
 */
@Configuration(proxyBeanMethods = false)
class HousingIndicators {

	/** Words of the title of the task measured, matched against the imported plan's Chinese text (not shown). */
	static final String MEASURED_TASK = "未落户常住人口";

	@Bean
	IndicatorSource housingWaitingIndicator(JdbcClient jdbc, MessageSource messages) {
		return new Count("residence.housing-waiting", "housingWaiting", messages, year -> jdbc
			.sql("select count(*) from residence.housing_waiting where status = 'WAITING'")
			.query(Long.class)
			.single());
	}

	@Bean
	IndicatorSource housingLetIndicator(JdbcClient jdbc, MessageSource messages) {
		return new Count("residence.housing-allocations", "housingAllocations", messages, year -> jdbc
			.sql("select count(*) from residence.housing_waiting where housed_on >= :from and housed_on < :to")
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1))
			.query(Long.class)
			.single());
	}

	/** A count for the plan's year; the note names the year. */
	record Count(String key, String messageName, MessageSource messages,
			java.util.function.IntFunction<Long> counting) implements IndicatorSource {

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
			long count = counting.apply(scope.year());
			return Optional.of(new IndicatorValue(count, word("note", String.valueOf(scope.year()))));
		}

		private String word(String part, Object... arguments) {
			return messages.getMessage("residence.indicator." + messageName + "." + part, arguments,
					ReaderLocale.current());
		}

	}

}
