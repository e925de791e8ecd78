package org.chengxiang.directory;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.web.BadInputException;
import org.chengxiang.platform.web.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UserAccountTests {

	private static final Instant NOW = Instant.parse("2020-11-24T02:00:00Z");

	private static final Duration LOCKOUT = Duration.ofMinutes(15);

	private UserAccount clerk() {
		return UserAccount.staff("police", "{noop}x", "张警官", Role.CLERK, 3L, null, NOW);
	}

	@Test
	void fifthFailedLoginLocksForFifteenMinutes() {
		UserAccount account = clerk();
		for (int i = 0; i < 4; i++) {
			assertThat(account.recordFailedLogin(NOW, 5, LOCKOUT)).isFalse();
		}
		assertThat(account.isLocked(NOW)).isFalse();
		assertThat(account.recordFailedLogin(NOW, 5, LOCKOUT)).isTrue();
		assertThat(account.isLocked(NOW.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(account.isLocked(NOW.plus(LOCKOUT))).isFalse();
	}

	@Test
	void countingStartsAgainAfterTheLockRunsOut() {
		UserAccount account = clerk();
		for (int i = 0; i < 5; i++) {
			account.recordFailedLogin(NOW, 5, LOCKOUT);
		}
		Instant later = NOW.plus(Duration.ofMinutes(16));
		assertThat(account.recordFailedLogin(later, 5, LOCKOUT)).isFalse();
		assertThat(account.getFailedLogins()).isEqualTo(1);
		assertThat(account.isLocked(later)).isFalse();
	}

	@Test
	void successfulLoginClearsTheCount() {
		UserAccount account = clerk();
		account.recordFailedLogin(NOW, 5, LOCKOUT);
		assertThat(account.recordSuccessfulLogin()).isTrue();
		assertThat(account.getFailedLogins()).isZero();
		assertThat(account.recordSuccessfulLogin()).isFalse();
	}

	@Test
	void staffCannotBecomeResidentsNorLoseTheirDepartment() {
		UserAccount account = clerk();
		assertThatExceptionOfType(BadInputException.class).isThrownBy(() -> account.assign(Role.RESIDENT, null));
		assertThatExceptionOfType(BadInputException.class).isThrownBy(() -> account.assign(Role.CLERK, null));
		account.assign(Role.DEPARTMENT_LEAD, 4L);
		assertThat(account.getRole()).isEqualTo(Role.DEPARTMENT_LEAD);
		assertThat(account.getDepartmentId()).isEqualTo(4L);
	}

	@Test
	void residentsCannotBecomeStaff() {
		UserAccount resident = UserAccount.resident("resident", "{noop}x", "王小明",
				new UserAccount.Protected(new byte[] { 1 }, new byte[] { 2 }), null, NOW);
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> resident.assign(Role.CLERK, 3L));
	}

}
