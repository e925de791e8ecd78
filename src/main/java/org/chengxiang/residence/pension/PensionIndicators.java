package org.chengxiang.residence.pension;

import java.time.LocalDate;

import org.chengxiang.plan.IndicatorSource;
import org.chengxiang.plan.WordedIndicator.Measured;
import org.chengxiang.residence.PlanTask;

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

	@Bean
	IndicatorSource pensionEnrolmentsIndicator(JdbcClient jdbc, MessageSource messages) {
		return PlanTask.indicator("residence.pension-enrolments", "residence.indicator.pensionEnrolments", messages,
				scope -> new Measured(jdbc
					.sql("select count(*) from residence.pension_enrolment where enrolled_on >= :from and enrolled_on < :to")
					.param("from", LocalDate.of(scope.year(), 1, 1))
					.param("to", LocalDate.of(scope.year() + 1, 1, 1))
					.query(Long.class)
					.single(), scope.year()));
	}

}
