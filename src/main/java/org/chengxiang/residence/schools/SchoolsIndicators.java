package org.chengxiang.residence.schools;

import java.util.Optional;
import java.util.function.ToLongFunction;

import org.chengxiang.plan.IndicatorSource;
import org.chengxiang.platform.web.ReaderLocale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The plan's live indicators of migrant children's school places, bound to task (三) 推动城镇基本公共服务覆盖未落户常住人口:
 * places applied for and places offered in the plan's year's round. Names, units and notes are the messages
 * {@code residence.schools.indicator.<name>.*}.
 */
@Configuration(proxyBeanMethods = false)
class SchoolsIndicators {

	/** Words of the title of the task these indicators measure, matched against the imported plan's text. */
	static final String MEASURED_TASK = "覆盖未落户常住人口";

	@Bean
	IndicatorSource schoolPlacesApplied(SupplyQueries supply, MessageSource messages) {
		return new Indicator("residence.school-places-applied", "applied", supply, messages, counts -> counts[0]);
	}

	@Bean
	IndicatorSource schoolPlacesOffered(SupplyQueries supply, MessageSource messages) {
		return new Indicator("residence.school-places-offered", "offered", supply, messages, counts -> counts[1]);
	}

	/** One count of the year's round; no value while the year has no applications. */
	record Indicator(String key, String messageName, SupplyQueries supply, MessageSource messages,
			ToLongFunction<long[]> count) implements IndicatorSource {

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
			long[] counts = supply.appliedAndOffered(scope.year());
			if (counts[0] == 0) {
				return Optional.empty();
			}
			return Optional.of(new IndicatorValue(count.applyAsLong(counts),
					word("note", String.valueOf(scope.year()), String.valueOf(counts[0]), String.valueOf(counts[1]))));
		}

		private String word(String part, Object... arguments) {
			return messages.getMessage("residence.schools.indicator." + messageName + "." + part, arguments,
					ReaderLocale.current());
		}

	}

}
