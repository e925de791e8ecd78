package org.chengxiang.directory;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UserAccountTests {

	private static final Instant NOW = Instant.parse("2020-11-24T02:00:00Z");

	private UserAccount clerk() {
		return UserAccount.staff("police", "{noop}x", "张警官", Role.CLERK, 3L, null, NOW);
	}

	@Test
	void staffCannotBecomeResidentsNorLoseTheirDepartment() {
		UserAccount account = clerk();
		assertThatExceptionOfType(RuleBroken.class).isThrownBy(() -> account.assign(Role.RESIDENT, null));
		assertThatExceptionOfType(RuleBroken.class).isThrownBy(() -> account.assign(Role.CLERK, null));
		account.assign(Role.DEPARTMENT_LEAD, 4L);
		assertThat(account.getRole()).isEqualTo(Role.DEPARTMENT_LEAD);
		assertThat(account.getDepartmentId()).isEqualTo(4L);
	}

	@Test
	void residentsCannotBecomeStaff() {
		UserAccount resident = UserAccount.resident("resident", "{noop}x", "王小明",
				new UserAccount.Protected(new byte[] { 1 }, new byte[] { 2 }), null, NOW);
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> resident.assign(Role.CLERK, 3L));
	}

}
