package org.chengxiang.directory;

import java.time.Clock;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.security.LoginFailures;
import org.chengxiang.platform.security.PasswordPolicy;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.web.PersonalText;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff administration: creating and changing staff accounts, enabling, disabling and unlocking them. Residents
 * register themselves ({@link ResidentRegistrations}). Every change is audited with the account before and after.
 */
@Service
class StaffAdministration {

	private final UserAccounts accounts;

	private final Departments departments;

	private final UserDirectory users;

	private final PasswordEncoder passwords;

	private final PersonalDataProtector protector;

	private final AuditTrail audit;

	private final LoginFailures loginFailures;

	private final Clock clock;

	StaffAdministration(UserAccounts accounts, Departments departments, UserDirectory users,
			PasswordEncoder passwords, PersonalDataProtector protector, AuditTrail audit, LoginFailures loginFailures,
			Clock clock) {
		this.accounts = accounts;
		this.departments = departments;
		this.users = users;
		this.passwords = passwords;
		this.protector = protector;
		this.audit = audit;
		this.loginFailures = loginFailures;
		this.clock = clock;
	}

	@Transactional
	UserView createStaff(SaveStaff command) {
		String username = command.username().strip().toLowerCase();
		if (accounts.existsByUsername(username)) {
			throw RuleBroken.at("username", "directory.user.usernameTaken");
		}
		if (!command.role().isStaff()) {
			throw RuleBroken.at("role", "directory.user.residentsRegister");
		}
		if (command.passwordOrNull() == null) {
			throw RuleBroken.at("password", "directory.user.initialPasswordRequired");
		}
		requirePolicy(command.password(), username);
		requireDepartment(command.departmentId(), command.role());
		String phone = command.phoneOrNull() == null ? null : PersonalDataProtector.normalizePhone(command.phone());
		UserAccount account = accounts.save(UserAccount.staff(username, passwords.encode(command.password()),
				PersonalText.realName(command.displayName()), command.role(), command.departmentId(), protect(phone),
				clock.instant()));
		UserView view = users.view(account);
		audit.record(AuditEvent.of("user.created", "user", account.getId(), null, view));
		return view;
	}

	@Transactional
	UserView updateStaff(long id, SaveStaff command) {
		UserAccount account = accounts.findById(id).orElseThrow(() -> new NoSuchRecord("user " + id));
		if (!account.getUsername().equals(command.username().strip().toLowerCase())) {
			throw RuleBroken.at("username", "directory.user.usernameFixed");
		}
		UserView before = users.view(account);
		requireDepartment(command.departmentId(), command.role());
		account.assign(command.role(), command.departmentId());
		account.rename(PersonalText.realName(command.displayName()));
		if (command.phoneOrNull() != null) {
			account.changePhone(protect(PersonalDataProtector.normalizePhone(command.phone())));
		}
		if (command.passwordOrNull() != null) {
			requirePolicy(command.password(), account.getUsername());
			account.changePassword(passwords.encode(command.password()));
		}
		UserAccount saved = accounts.save(account);
		UserView after = users.view(saved);
		audit.record(AuditEvent.of(command.passwordOrNull() != null ? "user.updated+password" : "user.updated",
				"user", id, before, after));
		return after;
	}

	@Transactional
	UserView setEnabled(long id, boolean enabled) {
		UserAccount account = accounts.findById(id).orElseThrow(() -> new NoSuchRecord("user " + id));
		UserView before = users.view(account);
		if (enabled) {
			account.enable();
		}
		else {
			account.disable();
		}
		UserView after = users.view(accounts.save(account));
		audit.record(AuditEvent.of(enabled ? "user.enabled" : "user.disabled", "user", id, before, after));
		return after;
	}

	@Transactional
	UserView unlock(long id) {
		UserAccount account = accounts.findById(id).orElseThrow(() -> new NoSuchRecord("user " + id));
		UserView before = users.view(account);
		account.unlock();
		loginFailures.forget(account.getUsername());
		UserView after = users.view(accounts.save(account));
		audit.record(AuditEvent.of("user.unlocked", "user", id, before, after));
		return after;
	}

	private static void requirePolicy(String password, String username) {
		PasswordPolicy.refusal(password, username).ifPresent(problem -> {
			throw new RuleBroken("password", problem);
		});
	}

	/** Provider staff work for a training provider, and only they do (ADR 25). */
	private void requireDepartment(Long departmentId, Role role) {
		Department department = departmentId == null ? null : departments.findById(departmentId).orElse(null);
		if (department == null) {
			throw RuleBroken.at("departmentId", "directory.department.unknown");
		}
		boolean provider = department.getKind() == DepartmentKind.TRAINING_PROVIDER;
		if (provider != (role == Role.PROVIDER)) {
			throw RuleBroken.at("role", provider ? "directory.user.providerRoleOnly" : "directory.user.providerRoleElsewhere");
		}
	}

	private UserAccount.Protected protect(String value) {
		return value == null ? null : new UserAccount.Protected(protector.encrypt(value), protector.blindIndex(value));
	}

}
