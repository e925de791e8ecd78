package org.chengxiang.training;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.web.Workbench.Item;
import org.chengxiang.training.ClaimFixtures.Trainee;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page's training counts: each bureau sees its own queue, a provider's staff only their own provider's
 * classes to close, and anyone else nothing from training.
 */
@SpringBootTest
class TrainingWorkbenchIntegrationTests {

	@Autowired
	TrainingWorkbench workbench;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataProtector protector;

	@Autowired
	UserDetailsService users;

	@Test
	void eachSeesTheirOwnQueueAndAProviderOnlyItsOwnClasses() {
		ClaimFixtures fixtures = new ClaimFixtures(jdbc, protector);
		long school = fixtures.provider("TP-DSQ-YG");
		long enterprise = fixtures.provider("TP-DSQ-JQ");
		long department = jdbc.sql("select department_id from training.provider where id = :id")
			.param("id", enterprise)
			.query(Long.class)
			.single();
		CurrentUser schoolStaff = (CurrentUser) users.loadUserByUsername("school01");
		CurrentUser enterpriseStaff = new CurrentUser(-8, "jq-home", "金桥职员", "x", Role.PROVIDER, department, "金桥镁材",
				true, false);
		long schoolBefore = count(workbench.items(schoolStaff), "home.work.training.toClose");
		long enterpriseBefore = count(workbench.items(enterpriseStaff), "home.work.training.toClose");

		// a class of the school past its last day, not yet closed
		long classId = fixtures.closedClass(school, fixtures.occupation(), 2024, 30, List.of(Trainee.good()));
		jdbc.sql("update training.training_class set status = 'FILED', closed_on = null where id = :id")
			.param("id", classId)
			.update();

		assertThat(count(workbench.items(schoolStaff), "home.work.training.toClose")).isEqualTo(schoolBefore + 1);
		assertThat(count(workbench.items(enterpriseStaff), "home.work.training.toClose")).isEqualTo(enterpriseBefore);
		assertThat(workbench.items((CurrentUser) users.loadUserByUsername("hrss"))).extracting(Item::labelKey)
			.containsExactly("home.work.training.toReview");
		assertThat(workbench.items((CurrentUser) users.loadUserByUsername("finance"))).extracting(Item::labelKey)
			.containsExactly("home.work.training.toApprove", "home.work.training.toBatch");
		assertThat(workbench.items((CurrentUser) users.loadUserByUsername("police"))).isEmpty();
		assertThat(workbench.items((CurrentUser) users.loadUserByUsername("resident"))).isEmpty();
	}

	private static long count(List<Item> items, String key) {
		return items.stream().filter(item -> item.labelKey().equals(key)).mapToLong(Item::count).findFirst().orElseThrow();
	}

}
