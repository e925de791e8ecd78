package org.chengxiang.residence;

import java.util.List;

import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.web.Navigation;
import org.chengxiang.platform.web.NavigationEntry;

import org.springframework.stereotype.Component;

import static org.chengxiang.platform.web.NavigationEntry.everyone;
import static org.chengxiang.platform.web.NavigationEntry.link;
import static org.chengxiang.platform.web.NavigationEntry.roles;

/**
 * The residence core in the menu, under the services heading: a resident's own registration and permits, the
 * permit rules for everyone, the registrations and permits for the police department.
 */
@Component
class ResidenceNavigation implements Navigation {

	private final ResidencePolice police;

	ResidenceNavigation(ResidencePolice police) {
		this.police = police;
	}

	@Override
	public List<NavigationEntry> entries() {
		return List.of(link(181, "nav.residence.mine", "/residence/mine", roles(Role.RESIDENT)),
				link(194, "nav.residence.rules", "/residence/rules", everyone()),
				link(184, "nav.residence.registrations", "/residence/registrations", police::includes),
				link(185, "nav.residence.permits", "/residence/permits", police::includes));
	}

}
