package org.chengxiang.plan;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules ask the plan module: how the active plans stand, city-wide. Totals only, no department's
 * reports or notices, so any staff dashboard may show them.
 */
@Service
@Transactional(readOnly = true)
public class PlanProgress {

	private final JdbcClient jdbc;

	private final PlanQueries queries;

	PlanProgress(JdbcClient jdbc, PlanQueries queries) {
		this.jdbc = jdbc;
		this.queries = queries;
	}

	/** Every active plan, newest year first. */
	public List<PlanOverview> activePlans() {
		return jdbc.sql("""
				select p.id, p.title, p.year, (select count(*) from plan.task t where t.plan_id = p.id) as tasks
				from plan.plan p where p.status = 'ACTIVE' order by p.year desc, p.id desc
				""")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4) })
			.list()
			.stream()
			.map(row -> {
				long id = (Long) row[0];
				Views.Progress progress = queries.progress(queries.cityWideAssignments(id));
				return new PlanOverview(id, (String) row[1], (Integer) row[2], (Integer) row[3],
						progress.assignments(), progress.completed(), progress.delayed(), progress.green(),
						progress.yellow(), progress.red());
			})
			.toList();
	}

	/** A plan's lights per chapter, in the plan's order: what the operations centre's wall shows. */
	public List<ChapterLights> chapterLights(long planId) {
		Map<Long, int[]> byTask = new HashMap<>();
		for (Views.AssignmentRow row : queries.cityWideAssignments(planId)) {
			int[] counts = byTask.computeIfAbsent(row.taskId(), k -> new int[3]);
			counts[row.light().ordinal()]++;
		}
		Map<Long, Object[]> chapters = new LinkedHashMap<>();
		jdbc.sql("""
				select c.id, c.number, c.title, t.id from plan.chapter c join plan.task t on t.chapter_id = c.id
				where c.plan_id = :plan order by c.position, t.seq
				""")
			.param("plan", planId)
			.query((rs, n) -> {
				String number = rs.getString(2);
				String title = rs.getString(3);
				Object[] chapter = chapters.computeIfAbsent(rs.getLong(1), k -> new Object[] { number, title, new int[3] });
				int[] counts = byTask.getOrDefault(rs.getLong(4), new int[3]);
				int[] sum = (int[]) chapter[2];
				for (int i = 0; i < 3; i++) {
					sum[i] += counts[i];
				}
				return chapter;
			})
			.list();
		return chapters.values().stream().map(c -> {
			int[] counts = (int[]) c[2];
			return new ChapterLights((String) c[0], (String) c[1], counts[Light.GREEN.ordinal()],
					counts[Light.YELLOW.ordinal()], counts[Light.RED.ordinal()]);
		}).toList();
	}

}
