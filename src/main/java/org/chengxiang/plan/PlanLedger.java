package org.chengxiang.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.chengxiang.platform.security.Scope;
import org.chengxiang.platform.web.Spreadsheets;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's ledger (台账) in the columns offices exchange: 序号, 重点任务, 具体内容, 牵头单位, 配合单位,
 * 进展情况, 完成状态, 存在问题.
 */
@Service
@Transactional(readOnly = true)
class PlanLedger {

	/** The columns, by message key. */
	static final List<String> HEADER = List.of("plan.ledger.seq", "plan.ledger.task", "plan.ledger.content",
			"plan.ledger.lead", "plan.ledger.co", "plan.ledger.progress", "plan.ledger.status", "plan.ledger.problems");

	private final PlanQueries queries;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	PlanLedger(PlanQueries queries, JdbcClient jdbc, MessageSource messages) {
		this.queries = queries;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/** The ledger of the plan's tasks in the scope, its headings and states in the reader's language. */
	byte[] workbook(long planId, Scope scope, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		for (Views.TaskView task : queries.tasks(planId, scope)) {
			String leads = names(task, UnitRole.LEAD);
			String cos = names(task, UnitRole.CO);
			List<String> progress = new ArrayList<>();
			List<String> problems = new ArrayList<>();
			for (Views.AssignmentRow a : task.assignments()) {
				jdbc.sql("""
						select text, problems, percent from plan.progress_report
						where assignment_id = :a and status <> 'RETURNED' order by period desc, id desc limit 1
						""").param("a", a.id()).query((rs, n) -> {
					String who = a.departmentName() != null ? a.departmentName() : a.writtenName();
					progress.add(who + "（" + rs.getInt(3) + "%）：" + rs.getString(1));
					if (rs.getString(2) != null && !rs.getString(2).isBlank()) {
						problems.add(who + "：" + rs.getString(2));
					}
					return null;
				}).list();
			}
			rows.add(List.of(String.valueOf(task.seq()), "（" + task.number() + "）" + task.title(), task.content(), leads,
					cos, String.join("\n", progress),
					messages.getMessage("plan.assignmentStatus." + task.status().name(), null, locale),
					String.join("\n", problems)));
		}
		return Spreadsheets.write(messages.getMessage("plan.ledger.sheet", null, locale),
				HEADER.stream().map(key -> messages.getMessage(key, null, locale)).toList(), rows);
	}

	private static String names(Views.TaskView task, UnitRole role) {
		return task.assignments()
			.stream()
			.filter(a -> a.role() == role)
			.map(a -> a.departmentName() != null ? a.departmentName() : a.writtenName())
			.collect(Collectors.joining("、"));
	}

}
