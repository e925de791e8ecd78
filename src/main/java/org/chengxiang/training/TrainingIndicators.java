package org.chengxiang.training;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.chengxiang.plan.IndicatorSource;
import org.chengxiang.plan.WordedIndicator.Measured;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plan's live indicators of skills training, bound to task (四) 大力提升农业转移人口就业能力: people trained (on the
 * roster of a class closed in the plan's year), certificates recorded in the year, and the subsidy paid in the year
 * (batches whose payment was confirmed in it). Each is empty until there is something to measure. Names, units and
 * notes are the messages {@code training.indicator.<name>.*}, in the reader's language.
 */
@Configuration(proxyBeanMethods = false)
class TrainingIndicators {

	@Bean
	IndicatorSource trainingTrained(JdbcClient jdbc, MessageSource messages) {
		return TrainingTask.indicator("training.trained", "training.indicator.trained", messages, scope -> {
			boolean any = jdbc.sql("select exists (select 1 from training.training_class where status = 'CLOSED')")
				.query(Boolean.class)
				.single();
			if (!any) {
				return null;
			}
			long trained = jdbc.sql("""
					select count(distinct e.trainee_id) from training.enrolment e
					join training.training_class k on k.id = e.class_id
					where k.status = 'CLOSED' and k.closed_on >= :from and k.closed_on < :to""")
				.param("from", LocalDate.of(scope.year(), 1, 1))
				.param("to", LocalDate.of(scope.year() + 1, 1, 1))
				.query(Long.class)
				.single();
			return new Measured(trained, String.valueOf(scope.year()));
		});
	}

	@Bean
	IndicatorSource trainingCertified(JdbcClient jdbc, MessageSource messages) {
		return TrainingTask.indicator("training.certified", "training.indicator.certified", messages, scope -> {
			boolean any = jdbc.sql("select exists (select 1 from training.enrolment where certified_on is not null)")
				.query(Boolean.class)
				.single();
			if (!any) {
				return null;
			}
			long certified = jdbc.sql("""
					select count(*) from training.enrolment where certified_on >= :from and certified_on < :to""")
				.param("from", LocalDate.of(scope.year(), 1, 1))
				.param("to", LocalDate.of(scope.year() + 1, 1, 1))
				.query(Long.class)
				.single();
			return new Measured(certified, String.valueOf(scope.year()));
		});
	}

	@Bean
	IndicatorSource trainingSubsidyPaid(JdbcClient jdbc, MessageSource messages, Clock clock) {
		return TrainingTask.indicator("training.subsidy-paid", "training.indicator.subsidyPaid", messages, scope -> {
			boolean any = jdbc.sql("select exists (select 1 from training.disbursement_batch where status = 'CONFIRMED')")
				.query(Boolean.class)
				.single();
			if (!any) {
				return null;
			}
			BigDecimal paid = jdbc.sql("""
					select coalesce(sum(b.paid_total), 0) from training.disbursement_batch b
					where b.status = 'CONFIRMED' and b.confirmed_at >= :from and b.confirmed_at < :to""")
				.param("from", LocalDate.of(scope.year(), 1, 1).atStartOfDay(clock.getZone()).toOffsetDateTime())
				.param("to", LocalDate.of(scope.year() + 1, 1, 1).atStartOfDay(clock.getZone()).toOffsetDateTime())
				.query(BigDecimal.class)
				.single();
			return new Measured(paid.doubleValue(), String.valueOf(scope.year()));
		});
	}

}
