package org.chengxiang.platform.web;

import java.util.List;

import org.chengxiang.platform.security.Role;

import org.springframework.stereotype.Component;

import static org.chengxiang.platform.web.NavigationEntry.everyone;
import static org.chengxiang.platform.web.NavigationEntry.heading;
import static org.chengxiang.platform.web.NavigationEntry.link;
import static org.chengxiang.platform.web.NavigationEntry.roles;
import static org.chengxiang.platform.web.NavigationEntry.staff;

/**
 * The platform's own menu: the home page first, the audit trail and the working-day calendar for staff, and the
 * person's own pages last.
 */
@Component
class PlatformNavigation implements Navigation {

	@Override
	public List<NavigationEntry> entries() {
		return List.of(link(0, "nav.home", "/", everyone()),
				heading(500, "nav.group.platform", staff()),
				link(510, "nav.audit", "/audit", roles(Role.ADMIN, Role.SUPERVISOR)),
				link(520, "nav.calendar", "/calendar", staff()),
				heading(900, "nav.group.me", everyone()),
				link(910, "nav.account", "/account", everyone()),
				link(920, "nav.api", "/swagger-ui/index.html", roles(Role.ADMIN)));
	}

}
