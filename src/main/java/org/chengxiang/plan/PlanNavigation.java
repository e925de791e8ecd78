package org.chengxiang.plan;

import java.util.List;
import java.util.function.Predicate;

import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.web.Navigation;
import org.chengxiang.platform.web.NavigationEntry;

import org.springframework.stereotype.Component;

import static org.chengxiang.platform.web.NavigationEntry.heading;
import static org.chengxiang.platform.web.NavigationEntry.link;
import static org.chengxiang.platform.web.NavigationEntry.roles;

/**
 * Supervision in the menu: the plans and the person's to-do, for the supervision office and the departments.
 */
@Component
class PlanNavigation implements Navigation {

	@Override
	public List<NavigationEntry> entries() {
		Predicate<CurrentUser> planPeople = roles(Role.ADMIN, Role.SUPERVISOR, Role.DEPARTMENT_LEAD, Role.CLERK);
		return List.of(heading(300, "nav.group.plan", planPeople), link(310, "nav.plans", "/plans", planPeople),
				link(320, "nav.planTodo", "/plans/todo", planPeople));
	}

}
