package org.chengxiang.plan;

import java.util.ArrayList;
import java.util.List;

import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.web.Workbench;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The home page's counts from plan supervision: the person's open tasks in active plans, supervision notices and
 * reminders not yet dealt with, and for the supervision office the reports waiting for its review. The same
 * counts as the to-do page.
 */
@Component
@Order(3)
class PlanWorkbench implements Workbench {

	private static final String TODO = "/plans/todo";

	private final PlanCatalog catalog;

	private final PlanQueries queries;

	PlanWorkbench(PlanCatalog catalog, PlanQueries queries) {
		this.catalog = catalog;
		this.queries = queries;
	}

	@Override
	public List<Item> items(CurrentUser user) {
		Role role = user.role();
		if (role != Role.CLERK && role != Role.DEPARTMENT_LEAD && role != Role.SUPERVISOR && role != Role.ADMIN) {
			return List.of();
		}
		long tasks = catalog.plans()
			.stream()
			.filter(p -> "ACTIVE".equals(p.status()))
			.flatMap(p -> queries.assignments(p.id(), user.scope()).stream())
			.filter(a -> a.stage() != AssignmentStage.ARCHIVED)
			.count();
		List<Item> items = new ArrayList<>();
		items.add(new Item("home.work.plan.tasks", tasks, TODO, false));
		items.add(new Item("home.work.plan.notices", queries.openNotices(user.scope()).size(), TODO, true));
		items.add(new Item("home.work.plan.reminders", queries.unreadReminders(user.scope()).size(), TODO, false));
		if (role == Role.SUPERVISOR) {
			items.add(new Item("home.work.plan.review", queries.awaitingSupervision().size(), TODO, false));
		}
		return items;
	}

}
