package org.chengxiang.platform.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ScopeTests {

	@Test
	void clerkCoversOnlyTheirOwnDepartment() {
		Scope clerk = new Scope(1, Role.CLERK, 7L);
		assertThat(clerk.covers(7L)).isTrue();
		assertThat(clerk.covers(8L)).isFalse();
		assertThat(clerk.covers(null)).isFalse();
		assertThat(clerk.departmentFilter()).isEqualTo(7L);
	}

	@Test
	void administratorsAndSupervisorsSeeAllDepartments() {
		assertThat(new Scope(1, Role.ADMIN, 1L).covers(99L)).isTrue();
		assertThat(new Scope(1, Role.SUPERVISOR, 1L).departmentFilter()).isNull();
	}

	@Test
	void residentsMatchNoDepartment() {
		Scope resident = new Scope(5, Role.RESIDENT, null);
		assertThat(resident.covers(7L)).isFalse();
		assertThat(resident.departmentFilter()).isEqualTo(-1L);
	}

	@Test
	void staffScopeNeedsADepartment() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Scope(1, Role.CLERK, null));
	}

}
