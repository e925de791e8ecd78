package org.chengxiang.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.chengxiang.platform.security.Scope;
import org.chengxiang.platform.web.Spreadsheets;

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

	static final List<String> HEADER = List.of("序号", "重点任务", "具体内容", "牵头单位", "配合单位", "进展情况", "完成状态",
			"存在问题");

	private final PlanQueries queries;

	private final JdbcClient jdbc;

	PlanLedger(PlanQueries queries, JdbcClient jdbc) {
		this.queries = queries;
		this.jdbc = jdbc;
	}

	byte[] workbook(long planId, Scope scope) {
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
					cos, String.join("\n", progress), statusLabel(task.status()), String.join("\n", problems)));
		}
		return Spreadsheets.write("台账", HEADER, rows);
	}

	private static String names(Views.TaskView task, UnitRole role) {
		return task.assignments()
			.stream()
			.filter(a -> a.role() == role)
			.map(a -> a.departmentName() != null ? a.departmentName() : a.writtenName())
			.collect(Collectors.joining("、"));
	}

	static String statusLabel(AssignmentStatus status) {
		return switch (status) {
			case NOT_STARTED -> "未启动";
			case IN_PROGRESS -> "推进中";
			case COMPLETED -> "已完成";
			case DELAYED -> "滞后";
		};
	}

}
