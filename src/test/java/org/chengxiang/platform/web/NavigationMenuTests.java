package org.chengxiang.platform.web;

import java.util.List;

import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.chengxiang.platform.web.NavigationEntry.everyone;
import static org.chengxiang.platform.web.NavigationEntry.heading;
import static org.chengxiang.platform.web.NavigationEntry.link;
import static org.chengxiang.platform.web.NavigationEntry.roles;
import static org.chengxiang.platform.web.NavigationEntry.staff;

class NavigationMenuTests {

	private static final Navigation PLATFORM = () -> List.of(link(0, "home", "/", everyone()),
			heading(900, "me", everyone()), link(910, "account", "/account", everyone()));

	private static final Navigation SERVICES = () -> List.of(heading(100, "services", everyone()),
			link(110, "catalogue", "/services", everyone()), link(150, "inbox", "/services/inbox", roles(Role.CLERK)));

	private static final Navigation CITYOPS = () -> List.of(link(130, "report", "/cityops/cases/new", roles(Role.RESIDENT)),
			heading(200, "cityops", roles(Role.OPERATOR, Role.GRID_OFFICER, Role.CLERK)),
			link(210, "cases", "/cityops/cases", roles(Role.OPERATOR, Role.CLERK)),
			link(220, "gateways", "/cityops/gateways", roles(Role.ADMIN)));

	private static final Navigation DIRECTORY = () -> List.of(heading(400, "directory", roles(Role.CLERK)),
			link(410, "departments", "/directory/departments", roles(Role.CLERK)),
			link(430, "grid", "/directory/grid", roles(Role.CLERK, Role.GRID_OFFICER)),
			heading(500, "platform", staff()), link(520, "calendar", "/calendar", staff()));

	private final NavigationMenu menu = new NavigationMenu(List.of(DIRECTORY, PLATFORM, CITYOPS, SERVICES));

	@Test
	void showsTheEntriesOfEveryModuleInTheirOrder() {
		assertThat(keys(user(Role.CLERK))).containsExactly("home", "services", "catalogue", "inbox", "cityops", "cases",
				"directory", "departments", "grid", "platform", "calendar", "me", "account");
	}

	@Test
	void aModuleSlotsItsLinkUnderAnotherModulesHeading() {
		assertThat(keys(user(Role.RESIDENT))).containsExactly("home", "services", "catalogue", "report", "me",
				"account");
	}

	@Test
	void hidesAHeadingWhoseLinksThePersonDoesNotSee() {
		// the city operations heading is meant for grid officers too, but none of its links is
		assertThat(keys(user(Role.GRID_OFFICER))).doesNotContain("cityops");
	}

	@Test
	void hidesAHeadingThePersonIsNotMeantToSeeAndKeepsItsLinksTheyMay() {
		assertThat(keys(user(Role.ADMIN))).containsExactly("home", "services", "catalogue", "gateways", "platform",
				"calendar", "me", "account");
	}

	@Test
	void linksUnderAHeadingThePersonDoesNotSeeFollowThePreviousHeading() {
		assertThat(keys(user(Role.GRID_OFFICER))).containsExactly("home", "services", "catalogue", "grid", "platform",
				"calendar", "me", "account");
	}

	@Test
	void givesLinksTheirPaths() {
		assertThat(menu.entriesFor(user(Role.CLERK))).filteredOn(entry -> !entry.isHeading())
			.extracting(NavigationEntry::path)
			.startsWith("/", "/services", "/services/inbox", "/cityops/cases");
	}

	@Test
	void showsNothingToSomeoneNotSignedIn() {
		assertThat(menu.entriesFor("anonymousUser")).isEmpty();
		assertThat(menu.entriesFor(null)).isEmpty();
	}

	@Test
	void refusesTwoEntriesInOnePlace() {
		Navigation clash = () -> List.of(link(110, "other", "/other", everyone()));
		assertThatIllegalStateException().isThrownBy(() -> new NavigationMenu(List.of(SERVICES, clash)))
			.withMessageContaining("110")
			.withMessageContaining("catalogue")
			.withMessageContaining("other");
	}

	@Test
	void refusesAPathThatIsNotWithinTheApplication() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> link(1, "away", "https://example.org", everyone()));
	}

	private List<String> keys(CurrentUser user) {
		return menu.entriesFor(user).stream().map(NavigationEntry::messageKey).toList();
	}

	private static CurrentUser user(Role role) {
		return new CurrentUser(1, "someone", "Someone", "", role, role.isStaff() ? 7L : null, null, true, false);
	}

}
