package org.chengxiang.residence.permits;

import java.time.Clock;
import java.time.LocalDate;

import org.chengxiang.plan.IndicatorSource;
import org.chengxiang.plan.WordedIndicator.Measured;
import org.chengxiang.residence.PlanTask;

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

	@Bean
	IndicatorSource residencePermitsIssued(JdbcClient jdbc, MessageSource messages) {
		return PlanTask.indicator("residence.permits-issued", "residence.indicator.permitsIssued", messages, scope -> {
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
		return PlanTask.indicator("residence.permits-valid", "residence.indicator.permitsValid", messages, scope -> {
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
		return PlanTask.indicator("residence.entitlements", "residence.indicator.entitlements", messages,
				scope -> new Measured(entitlements.count()));
	}

}
