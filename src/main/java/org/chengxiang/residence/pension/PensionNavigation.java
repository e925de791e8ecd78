package org.chengxiang.residence.pension;

import java.util.List;

import org.chengxiang.platform.web.Navigation;
import org.chengxiang.platform.web.NavigationEntry;

import org.springframework.stereotype.Component;

import static org.chengxiang.platform.web.NavigationEntry.everyone;
import static org.chengxiang.platform.web.NavigationEntry.link;

/** The contribution base bands in the menu, for everyone. */
@Component
class PensionNavigation implements Navigation {

	@Override
	public List<NavigationEntry> entries() {
		return List.of(link(196, "nav.residencePensionBands", "/residence/pension/bands", everyone()));
	}

}
