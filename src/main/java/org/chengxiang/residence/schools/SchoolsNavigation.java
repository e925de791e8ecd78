package org.chengxiang.residence.schools;

import java.util.List;

import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.web.Navigation;
import org.chengxiang.platform.web.NavigationEntry;

import org.springframework.stereotype.Component;

import static org.chengxiang.platform.web.NavigationEntry.link;
import static org.chengxiang.platform.web.NavigationEntry.roles;

/**
 * School places in the menu, under the services heading: the children's applications and offers for residents,
 * the schools, rounds and supply for the education bureau.
 */
@Component
class SchoolsNavigation implements Navigation {

	private final EducationBureau education;

	SchoolsNavigation(EducationBureau education) {
		this.education = education;
	}

	@Override
	public List<NavigationEntry> entries() {
		return List.of(link(182, "nav.residenceSchoolsMine", "/residence/schools/mine", roles(Role.RESIDENT)),
				link(186, "nav.residenceSchools", "/residence/schools", education::includes));
	}

}
