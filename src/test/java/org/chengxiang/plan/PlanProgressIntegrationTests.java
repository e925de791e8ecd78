package org.chengxiang.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
@AutoConfigureMockMvc
class PlanProgressIntegrationTests {

	@Autowired
	PlanProgress progress;

	@Autowired
	JdbcClient jdbc;

	@Test
	void activeDemoPlanIsSummedOverEveryDepartment() {
		PlanOverview demo = progress.activePlans()
			.stream()
			.filter(p -> p.title().contains("大石桥"))
			.findFirst()
			.orElseThrow();
		long assignments = jdbc.sql("select count(*) from plan.assignment a join plan.task t on t.id = a.task_id where t.plan_id = :p")
			.param("p", demo.planId())
			.query(Long.class)
			.single();
		assertThat(demo.tasks()).isEqualTo(20);
		assertThat(demo.year()).isEqualTo(LocalDate.now().getYear());
		assertThat(demo.assignments()).isEqualTo(assignments).isGreaterThan(20);
		assertThat(demo.green() + demo.yellow() + demo.red()).isEqualTo(demo.assignments());
		// the demo keeps one milestone overdue
		assertThat(demo.red()).isGreaterThanOrEqualTo(1);
		assertThat(demo.completionPercent()).isBetween(0.0, 100.0);
	}

}
