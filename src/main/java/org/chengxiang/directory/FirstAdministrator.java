package org.chengxiang.directory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chengxiang.platform.security.PasswordPolicy;
import org.chengxiang.platform.security.Role;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives a new production database its first administrator, who then imports departments and staff.
 * The embedded default has demo users instead, so this runs after the demo data and finds users there.
 */
@Component
@Order(20)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final UserAccounts accounts;

	private final DepartmentCatalog departments;

	private final StaffAdministration staff;

	private final DirectoryProperties properties;

	FirstAdministrator(UserAccounts accounts, DepartmentCatalog departments, StaffAdministration staff,
			DirectoryProperties properties) {
		this.accounts = accounts;
		this.departments = departments;
		this.staff = staff;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.count() > 0) {
			return;
		}
		String password = properties.initialAdminPassword();
		if (password == null || password.isBlank()) {
			log.warn("No user exists yet. Set CHENGXIANG_DIRECTORY_INITIAL_ADMIN_PASSWORD to create the first "
					+ "administrator 'admin', then remove it.");
			return;
		}
		PasswordPolicy.refusal(password, "admin").ifPresent(problem -> {
			throw new IllegalStateException(
					"chengxiang.directory.initial-admin-password does not satisfy the password policy: " + problem.key());
		});
		String name = properties.initialAdminDepartment();
		Department department = departments.lookup(name)
			.orElseGet(() -> departments.create(new SaveDepartment("GOV-OFFICE", name, name,
					DepartmentKind.GOVERNMENT_OFFICE, "", "", null)));
		staff.createStaff(new SaveStaff("admin", properties.initialAdminName(), Role.ADMIN, department.getId(), null, password));
		log.info("Created the first administrator 'admin' in {}", department.getName());
	}

}
