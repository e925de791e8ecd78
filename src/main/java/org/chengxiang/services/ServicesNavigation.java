package org.chengxiang.services;

import java.util.List;

import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.web.Navigation;
import org.chengxiang.platform.web.NavigationEntry;

import org.springframework.stereotype.Component;

import static org.chengxiang.platform.web.NavigationEntry.everyone;
import static org.chengxiang.platform.web.NavigationEntry.heading;
import static org.chengxiang.platform.web.NavigationEntry.link;
import static org.chengxiang.platform.web.NavigationEntry.roles;

/**
 * The one-stop services in the menu: the catalogue for everyone, a resident's applications, a clerk's inbox, the
 * ratings report and its follow-ups. Other modules put their residents' and clerks' links under this heading
 * (places 100 to 199).
 */
@Component
class ServicesNavigation implements Navigation {

	@Override
	public List<NavigationEntry> entries() {
		return List.of(heading(100, "nav.group.services", everyone()),
				link(110, "nav.services", "/services", everyone()),
				link(120, "nav.servicesMine", "/services/mine", roles(Role.RESIDENT)),
				link(150, "nav.servicesInbox", "/services/inbox", roles(Role.CLERK, Role.DEPARTMENT_LEAD)),
				link(160, "nav.servicesRatings", "/services/ratings",
						roles(Role.ADMIN, Role.SUPERVISOR, Role.DEPARTMENT_LEAD)),
				link(190, "nav.servicesFollowUps", "/services/ratings/follow-ups",
						roles(Role.CLERK, Role.DEPARTMENT_LEAD, Role.SUPERVISOR, Role.ADMIN)));
	}

}
