package org.chengxiang.directory;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.chengxiang.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class FirstAdministratorTests {

	private final UserAccounts accounts = mock(UserAccounts.class);

	private final DepartmentCatalog departments = mock(DepartmentCatalog.class);

	private final UserDirectory users = mock(UserDirectory.class);

	@Test
	void createsTheFirstAdministratorOnAnEmptyDatabase() {
		when(accounts.count()).thenReturn(0L);
		Department office = Department.create("GOV-OFFICE", "人民政府办公室", "人民政府办公室", DepartmentKind.GOVERNMENT_OFFICE,
				null, java.util.List.of(), 10);
		when(departments.lookup("人民政府办公室")).thenReturn(Optional.empty());
		when(departments.create(any())).thenReturn(office);
		new FirstAdministrator(accounts, departments, users, new DirectoryProperties("Strong@Pass1", "人民政府办公室"))
			.run(null);
		verify(users).createStaff(new SaveStaff("admin", "系统管理员", Role.ADMIN, null, null, "Strong@Pass1"));
	}

	@Test
	void doesNothingWhenUsersExistOrNoPasswordIsSet() {
		when(accounts.count()).thenReturn(3L);
		new FirstAdministrator(accounts, departments, users, new DirectoryProperties("Strong@Pass1", "x")).run(null);
		when(accounts.count()).thenReturn(0L);
		new FirstAdministrator(accounts, departments, users, new DirectoryProperties(null, "x")).run(null);
		verify(users, never()).createStaff(any());
	}

	@Test
	void refusesAWeakInitialPassword() {
		when(accounts.count()).thenReturn(0L);
		assertThatIllegalStateException()
			.isThrownBy(() -> new FirstAdministrator(accounts, departments, users, new DirectoryProperties("weak", "x"))
				.run(null));
	}

}
