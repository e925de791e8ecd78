package org.chengxiang.residence.housing;

import java.time.LocalDate;

import org.chengxiang.plan.IndicatorSource;
import org.chengxiang.plan.WordedIndicator.Measured;
import org.chengxiang.residence.PlanTask;

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

	@Bean
	IndicatorSource housingWaitingIndicator(JdbcClient jdbc, MessageSource messages) {
		return PlanTask.indicator("residence.housing-waiting", "residence.indicator.housingWaiting", messages,
				scope -> new Measured(jdbc.sql("select count(*) from residence.housing_waiting where status = 'WAITING'")
					.query(Long.class)
					.single(), scope.year()));
	}

	@Bean
	IndicatorSource housingLetIndicator(JdbcClient jdbc, MessageSource messages) {
		return PlanTask.indicator("residence.housing-allocations", "residence.indicator.housingAllocations", messages,
				scope -> new Measured(jdbc
					.sql("select count(*) from residence.housing_waiting where housed_on >= :from and housed_on < :to")
					.param("from", LocalDate.of(scope.year(), 1, 1))
					.param("to", LocalDate.of(scope.year() + 1, 1, 1))
					.query(Long.class)
					.single(), scope.year()));
	}

}
