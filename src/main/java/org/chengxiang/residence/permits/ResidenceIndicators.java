package org.chengxiang.residence.permits;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

import org.chengxiang.plan.IndicatorSource;
import org.chengxiang.platform.web.ReaderLocale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plan's live indicators of the residence permit, bound to the task they measure, (三) 推动城镇基本公共服务覆盖未落户常住人口
 * (提高居住证发证量和含金量): permits issued in the plan's year, permits valid today, and the entitlements a permit
 * carries. Names, units and notes are the messages {@code residence.indicator.<name>.*}, in the reader's language.
 */
@Configuration(proxyBeanMethods = false)
class ResidenceIndicators {

	/**
	 * Words of the title of the task these indicators measure, matched against the imported plan's Chinese text
	 * (not shown to anyone).
	 */
	static final String MEASURED_TASK = "基本公共服务覆盖未落户常住人口";

	@Bean
	IndicatorSource residencePermitsIssued(JdbcClient jdbc, MessageSource messages) {
		return new Indicator("residence.permits-issued", "permitsIssued", messages, scope -> {
			long issued = jdbc.sql("""
					select count(*) from residence.permit
					where replaces_id is null and issued_on >= :from and issued_on < :to""")
				.param("from", LocalDate.of(scope.year(), 1, 1))
				.param("to", LocalDate.of(scope.year() + 1, 1, 1))
				.query(Long.class)
				.single();
			return new Measured(issued, scope.year());
		});
	}

	@Bean
	IndicatorSource residencePermitsValid(JdbcClient jdbc, MessageSource messages, Clock clock) {
		return new Indicator("residence.permits-valid", "permitsValid", messages, scope -> {
			LocalDate today = LocalDate.now(clock);
			long valid = jdbc.sql("""
					select count(distinct person_key) from residence.permit
					where valid_from <= :day and :day <= valid_until and (ended_on is null or :day < ended_on)""")
				.param("day", today)
				.query(Long.class)
				.single();
			return new Measured(valid, today);
		});
	}

	@Bean
	IndicatorSource residenceEntitlements(Entitlements entitlements, MessageSource messages) {
		return new Indicator("residence.entitlements", "entitlements", messages,
				scope -> new Measured(entitlements.count()));
	}

	/**
	 * A value and the arguments of its note.
	 *
	 * @param value the number
	 * @param noteArguments the arguments of the note, as text (so that years and counts are not grouped)
	 */
	record Measured(double value, Object... noteArguments) {
	}

	/** One indicator, measured for the plan's scope. */
	record Indicator(String key, String messageName, MessageSource messages,
			Function<IndicatorScope, Measured> measuring) implements IndicatorSource {

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
			Measured measured = measuring.apply(scope);
			return Optional.of(new IndicatorValue(measured.value(), word("note", measured.noteArguments())));
		}

		private String word(String part, Object... arguments) {
			Object[] texts = new Object[arguments.length];
			for (int i = 0; i < arguments.length; i++) {
				texts[i] = String.valueOf(arguments[i]);
			}
			return messages.getMessage("residence.indicator." + messageName + "." + part, texts,
					ReaderLocale.current());
		}

	}

}
