package org.chengxiang.residence.housing;

import java.util.List;

import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.web.Navigation;
import org.chengxiang.platform.web.NavigationEntry;

import org.springframework.stereotype.Component;

import static org.chengxiang.platform.web.NavigationEntry.everyone;
import static org.chengxiang.platform.web.NavigationEntry.link;
import static org.chengxiang.platform.web.NavigationEntry.roles;

/**
 * Public rental housing in the menu: the rules for everyone, the applicant's own places for residents, the waiting
 * list and stock for the housing bureau.
 */
@Component
class HousingNavigation implements Navigation {

	private final HousingBureau bureau;

	HousingNavigation(HousingBureau bureau) {
		this.bureau = bureau;
	}

	@Override
	public List<NavigationEntry> entries() {
		return List.of(link(183, "nav.residenceHousingMine", "/residence/housing/mine", roles(Role.RESIDENT)),
				link(187, "nav.residenceHousing", "/residence/housing", bureau::includes),
				link(195, "nav.residenceHousingRules", "/residence/housing/rules", everyone()));
	}

}
