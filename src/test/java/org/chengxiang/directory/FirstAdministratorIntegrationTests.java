package org.chengxiang.directory;

import org.junit.jupiter.api.Test;

import org.chengxiang.platform.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.chengxiang.directory.TestRegistrations.STRONG_PASSWORD;

/**
 * The first administrator of a new production database, against the embedded one. Each test empties the users in
 * its own transaction, which is rolled back afterwards, so that the demo users of the other tests stay.
 */
@SpringBootTest
@Transactional
class FirstAdministratorIntegrationTests {

	@Autowired
	UserAccounts accounts;

	@Autowired
	DepartmentCatalog departments;

	@Autowired
	StaffAdministration staff;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcClient jdbc;

	private FirstAdministrator firstAdministrator(String password, String department) {
		return new FirstAdministrator(accounts, departments, staff, new DirectoryProperties(password, department, "系统管理员"));
	}

	private void noUsersYet() {
		jdbc.sql("delete from directory.app_user").update();
	}

	@Test
	void createsTheFirstAdministratorInTheNamedDepartmentOnAnEmptyDatabase() {
		noUsersYet();
		firstAdministrator(STRONG_PASSWORD, "大石桥市人民政府办公室").run(null);
		UserAccount admin = accounts.findByUsername("admin").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		assertThat(admin.isEnabled()).isTrue();
		assertThat(admin.getDisplayName()).isEqualTo("系统管理员");
		assertThat(passwords.matches(STRONG_PASSWORD, admin.getPasswordHash())).isTrue();
		assertThat(jdbc.sql("select code from directory.department where id = :id")
			.param("id", admin.getDepartmentId())
			.query(String.class)
			.single()).isEqualTo("GOV-OFFICE");
		assertThat(accounts.count()).isEqualTo(1);
		assertThat(jdbc.sql("""
				select count(*) from platform.audit_entry where action = 'user.created' and subject_id = :id
				""").param("id", String.valueOf(admin.getId())).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void createsTheDepartmentWhenNoneHasTheName() {
		noUsersYet();
		// a database without the demo's government office
		jdbc.sql("update directory.department set code = 'DEMO-OFFICE' where code = 'GOV-OFFICE'").update();
		firstAdministrator(STRONG_PASSWORD, "某县人民政府办公室").run(null);
		UserAccount admin = accounts.findByUsername("admin").orElseThrow();
		assertThat(jdbc.sql("select code || ' ' || name from directory.department where id = :id")
			.param("id", admin.getDepartmentId())
			.query(String.class)
			.single()).isEqualTo("GOV-OFFICE 某县人民政府办公室");
	}

	@Test
	void leavesADatabaseWithUsersAlone() {
		long before = accounts.count();
		String hash = accounts.findByUsername("admin").orElseThrow().getPasswordHash();
		firstAdministrator(STRONG_PASSWORD, "大石桥市人民政府办公室").run(null);
		assertThat(accounts.count()).isEqualTo(before);
		assertThat(accounts.findByUsername("admin").orElseThrow().getPasswordHash()).isEqualTo(hash);
	}

	@Test
	void createsNobodyWithoutAnInitialPassword() {
		noUsersYet();
		firstAdministrator(null, "大石桥市人民政府办公室").run(null);
		firstAdministrator(" ", "大石桥市人民政府办公室").run(null);
		assertThat(accounts.count()).isZero();
	}

	@Test
	void refusesAWeakInitialPasswordAndCreatesNobody() {
		noUsersYet();
		assertThatIllegalStateException()
			.isThrownBy(() -> firstAdministrator("weak", "大石桥市人民政府办公室").run(null));
		assertThat(accounts.count()).isZero();
	}

}
