package org.chengxiang.plan;

import java.util.List;

import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.web.Workbench;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The home page's counts from plan supervision, the same lists as the to-do page: for a department its open
 * assignments in active plans, the notices it must answer and its unread reminders; for the supervision office
 * what waits for it (reports, measures and extensions to decide), answers to read and overdue assignments.
 */
@Component
@Order(3)
class PlanWorkbench implements Workbench {

	private static final String TODO = "/plans/todo";

	private final PlanTodos todos;

	PlanWorkbench(PlanTodos todos) {
		this.todos = todos;
	}

	@Override
	public List<Item> items(CurrentUser user) {
		Role role = user.role();
		if (role != Role.CLERK && role != Role.DEPARTMENT_LEAD && role != Role.SUPERVISOR && role != Role.ADMIN) {
			return List.of();
		}
		PlanTodos.Todo todo = todos.todo(user.scope());
		if (todo.supervision()) {
			return List.of(new Item("home.work.plan.review", PlanTodos.Todo.count(todo.review()), TODO, false),
					new Item("home.work.plan.answered", PlanTodos.Todo.count(todo.answered()), TODO, false),
					new Item("home.work.plan.overdue", PlanTodos.Todo.count(todo.overdue()), TODO, true));
		}
		return List.of(new Item("home.work.plan.tasks", PlanTodos.Todo.count(todo.assignments()), TODO, false),
				new Item("home.work.plan.notices", PlanTodos.Todo.count(todo.notices()), TODO, true),
				new Item("home.work.plan.reminders", PlanTodos.Todo.count(todo.reminders()), TODO, false));
	}

}
