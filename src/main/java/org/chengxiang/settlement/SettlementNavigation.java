package org.chengxiang.settlement;

import java.util.List;

import org.chengxiang.platform.web.Navigation;
import org.chengxiang.platform.web.NavigationEntry;

import org.springframework.stereotype.Component;

import static org.chengxiang.platform.web.NavigationEntry.everyone;
import static org.chengxiang.platform.web.NavigationEntry.link;

/**
 * Settlement in the menu, under the services heading: the rules for everyone, the household registry for the
 * police department's clerks and lead.
 */
@Component
class SettlementNavigation implements Navigation {

	private final PoliceDepartment police;

	SettlementNavigation(PoliceDepartment police) {
		this.police = police;
	}

	@Override
	public List<NavigationEntry> entries() {
		return List.of(link(170, "nav.settlementPolicies", "/settlement/policies", everyone()),
				link(180, "nav.settlementRegistry", "/settlement/registry", police::includes));
	}

}
