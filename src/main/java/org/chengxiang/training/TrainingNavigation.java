package org.chengxiang.training;

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
 * The training module in the menu: its own heading for the two bureaus, provider staff, administrators and the
 * supervision office, each page for those its controller lets in; a resident's own trainings under the services
 * heading.
 */
@Component
class TrainingNavigation implements Navigation {

	private final HumanResourcesBureau bureau;

	private final FinanceBureau finance;

	TrainingNavigation(HumanResourcesBureau bureau, FinanceBureau finance) {
		this.bureau = bureau;
		this.finance = finance;
	}

	@Override
	public List<NavigationEntry> entries() {
		Predicate<CurrentUser> hrss = bureau::includes;
		Predicate<CurrentUser> fin = finance::includes;
		Predicate<CurrentUser> provider = roles(Role.PROVIDER);
		Predicate<CurrentUser> oversight = roles(Role.ADMIN, Role.SUPERVISOR);
		return List.of(heading(600, "nav.group.training", hrss.or(fin).or(provider).or(oversight)),
				link(610, "nav.training.classes", "/training/classes", provider.or(hrss)),
				link(620, "nav.training.claims", "/training/claims", provider.or(hrss).or(fin)),
				link(630, "nav.training.disbursements", "/training/disbursements", fin.or(hrss)),
				link(640, "nav.training.reports", "/training/reports", hrss.or(fin).or(oversight)),
				link(650, "nav.training.providers", "/training/providers", hrss.or(oversight)),
				link(660, "nav.training.catalogue", "/training/catalogue", hrss),
				link(188, "nav.training.mine", "/training/mine", roles(Role.RESIDENT)));
	}

}
