package org.chengxiang.platform.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StartupAnnouncementTests {

	@Test
	void listsEveryDemoLoginItIsGiven() {
		DemoLogins logins = new DemoLogins() {
			@Override
			public String password() {
				return "Demo@2020";
			}

			@Override
			public List<String> usernames() {
				return List.of("admin", "operator", "grid01", "resident");
			}
		};
		assertThat(StartupAnnouncement.demoLine(logins))
			.isEqualTo("Demo logins (embedded default only, password Demo@2020 for all): admin, operator, grid01, resident");
	}

}
