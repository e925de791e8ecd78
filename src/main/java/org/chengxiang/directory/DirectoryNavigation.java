package org.chengxiang.directory;

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
 * The organisation in the menu: departments and users for the offices, divisions and the grid also for the
 * operations centre and the grid officers.
 */
@Component
class DirectoryNavigation implements Navigation {

	@Override
	public List<NavigationEntry> entries() {
		Predicate<CurrentUser> offices = roles(Role.ADMIN, Role.SUPERVISOR, Role.DEPARTMENT_LEAD, Role.CLERK);
		Predicate<CurrentUser> places = roles(Role.ADMIN, Role.OPERATOR, Role.GRID_OFFICER, Role.SUPERVISOR);
		// Operators and grid officers see no organisation heading: divisions and the grid follow the city
		// operations links they work with.
		return List.of(heading(400, "nav.group.directory", offices),
				link(410, "nav.departments", "/directory/departments", offices),
				link(420, "nav.users", "/directory/users", offices),
				link(430, "nav.divisions", "/directory/divisions", places),
				link(440, "nav.grid", "/directory/grid", places));
	}

}
