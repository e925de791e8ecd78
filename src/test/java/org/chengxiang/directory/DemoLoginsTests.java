package org.chengxiang.directory;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.chengxiang.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

class DemoLoginsTests {

	private final DemoDirectory demo = new DemoDirectory(null, null, null, null, null, null, null, null, null);

	@Test
	void theAnnouncedLoginsAreTheDemoUsersOfEveryRoleIncludingTheGridOfficerAndTheResident() {
		assertThat(demo.usernames()).containsExactly("admin", "supervisor", "drc", "police", "hrss", "finance", "edu",
				"health", "zjj", "operator", "grid01", "school01", "resident", "migrant");
		Set<Role> roles = DemoDirectory.STAFF.stream().map(DemoDirectory.DemoStaff::role).collect(Collectors.toSet());
		roles.add(Role.RESIDENT);
		assertThat(roles).isEqualTo(EnumSet.allOf(Role.class));
		assertThat(demo.password()).isEqualTo(PASSWORD);
	}

}
