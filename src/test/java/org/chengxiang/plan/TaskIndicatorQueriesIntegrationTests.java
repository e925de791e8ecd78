package org.chengxiang.plan;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.security.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan's tasks read their indicators' bindings and report counts in one statement each, however many tasks the
 * plan has: the statements are counted in the JDBC log.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class TaskIndicatorQueriesIntegrationTests {

	static final String JDBC_LOG = "org.springframework.jdbc.core.JdbcTemplate";

	@Autowired
	PlanCatalog catalog;

	@Autowired
	PlanQueries queries;

	@Autowired
	Directory directory;

	@Test
	void readsTheIndicatorsOfEveryTaskInTwoStatements(CapturedOutput output) {
		long planId = catalog.importPlan(new PlanDocumentParser().parse("""
				大石桥市人民政府办公室
				2026年1月5日
				指标查询测试方案
				一、重点任务
				（一）推进老旧小区改造。完成改造任务。﹝市住建局、发改局负责﹞
				（二）深化户籍制度改革。放开落户限制。﹝市公安局负责﹞
				（三）促进教育公平。保障随迁子女入学。﹝市教育局负责﹞
				（四）提升医疗服务。建设医共体。﹝市卫健局负责﹞
				"""), "indicator-queries.txt", 2026, null);
		Scope supervisor = new Scope(0, Role.SUPERVISOR, directory.departmentByName("市政府办公室").orElseThrow().id());
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		int before = output.length();
		logging.setLogLevel(JDBC_LOG, LogLevel.DEBUG);
		List<Views.TaskView> tasks;
		try {
			tasks = queries.tasks(planId, supervisor);
		}
		finally {
			logging.setLogLevel(JDBC_LOG, null);
		}
		String log = output.toString().substring(before);
		List<String> statements = java.util.Arrays.stream(log.split("Executing prepared SQL statement"))
			.skip(1)
			.map(s -> s.substring(0, Math.min(s.length(), 600)))
			.toList();
		long bindings = statements.stream().filter(s -> s.contains("plan.indicator_binding")).count();
		long reportCounts = statements.stream()
			.filter(s -> s.contains("plan.progress_report") && s.contains("submitted_at at time zone"))
			.count();
		System.out.printf("tasks(): %d tasks, %d statements on indicator bindings, %d on report counts%n", tasks.size(),
				bindings, reportCounts);
		assertThat(tasks).hasSize(4);
		assertThat(tasks).allSatisfy(task -> assertThat(task.indicators()).extracting(Views.IndicatorRow::key)
			.contains("plan.completion-rate", "plan.on-time-report-rate"));
		assertThat(bindings).isEqualTo(1);
		assertThat(reportCounts).isEqualTo(1);
	}

}
