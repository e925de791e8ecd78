package org.chengxiang.residence;

import java.util.List;

import org.chengxiang.platform.web.Navigation;
import org.chengxiang.platform.web.NavigationEntry;

import org.springframework.stereotype.Component;

import static org.chengxiang.platform.web.NavigationEntry.link;

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
		return List.of(link(187, "nav.residence.registrations", "/residence/registrations", police::includes));
	}

}
