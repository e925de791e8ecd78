package org.chengxiang.residence.pension;

import java.time.LocalDate;
import java.util.Optional;

import org.chengxiang.plan.IndicatorSource;
import org.chengxiang.platform.web.ReaderLocale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plan's live indicator of flexible-employment pension enrolments in the plan's year, bound to task (三)
 * 推动城镇基本公共服务覆盖未落户常住人口, which asks that the hukou restriction on enrolment be lifted.
 */
@Configuration(proxyBeanMethods = false)
class PensionIndicators {

	/** Words of the title of the task measured, matched against the imported plan's Chinese text (not shown). */
	static final String MEASURED_TASK = "未落户常住人口";

	@Bean
	IndicatorSource pensionEnrolmentsIndicator(JdbcClient jdbc, MessageSource messages) {
		return new IndicatorSource() {

			@Override
			public String key() {
				return "residence.pension-enrolments";
			}

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
				long count = jdbc
					.sql("select count(*) from residence.pension_enrolment where enrolled_on >= :from and enrolled_on < :to")
					.param("from", LocalDate.of(scope.year(), 1, 1))
					.param("to", LocalDate.of(scope.year() + 1, 1, 1))
					.query(Long.class)
					.single();
				return Optional.of(new IndicatorValue(count, word("note", String.valueOf(scope.year()))));
			}

			private String word(String part, Object... arguments) {
				return messages.getMessage("residence.indicator.pensionEnrolments." + part, arguments,
						ReaderLocale.current());
			}

		};
	}

}
