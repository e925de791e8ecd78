package org.chengxiang.directory;

import java.time.Instant;

import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who signs in: a resident, or a member of staff in one department. Personal identifiers
 * are held only as ciphertext and blind index.
 */
@Table(schema = "directory", name = "app_user")
class UserAccount {

	@Id
	private Long id;

	private String username;

	private String passwordHash;

	private String displayName;

	private Role role;

	private Long departmentId;

	private byte[] idNumberEnc;

	private byte[] idNumberIdx;

	private byte[] phoneEnc;

	private byte[] phoneIdx;

	private int failedLogins;

	private Instant lockedUntil;

	private boolean enabled;

	private Instant createdAt;

	@Version
	private Integer version;

	@PersistenceCreator
	UserAccount(Long id, String username, String passwordHash, String displayName, Role role, Long departmentId,
			byte[] idNumberEnc, byte[] idNumberIdx, byte[] phoneEnc, byte[] phoneIdx, int failedLogins,
			Instant lockedUntil, boolean enabled, Instant createdAt, Integer version) {
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.departmentId = departmentId;
		this.idNumberEnc = idNumberEnc;
		this.idNumberIdx = idNumberIdx;
		this.phoneEnc = phoneEnc;
		this.phoneIdx = phoneIdx;
		this.failedLogins = failedLogins;
		this.lockedUntil = lockedUntil;
		this.enabled = enabled;
		this.createdAt = createdAt;
		this.version = version;
	}

	static UserAccount resident(String username, String passwordHash, String displayName, Protected idNumber,
			Protected phone, Instant now) {
		return new UserAccount(null, username, passwordHash, displayName, Role.RESIDENT, null, idNumber.ciphertext(),
				idNumber.index(), phone == null ? null : phone.ciphertext(), phone == null ? null : phone.index(), 0,
				null, true, now, null);
	}

	static UserAccount staff(String username, String passwordHash, String displayName, Role role, long departmentId,
			Protected phone, Instant now) {
		if (!role.isStaff()) {
			throw new IllegalArgumentException("Residents register themselves");
		}
		return new UserAccount(null, username, passwordHash, displayName, role, departmentId, null, null,
				phone == null ? null : phone.ciphertext(), phone == null ? null : phone.index(), 0, null, true, now,
				null);
	}

	/** Clears the lock of the account itself, which logins no longer set (they are stopped per address). */
	void unlock() {
		failedLogins = 0;
		lockedUntil = null;
	}

	/** Moves a member of staff to another role or department; residents stay residents. */
	void assign(Role newRole, Long newDepartmentId) {
		if (!role.isStaff()) {
			throw StepRefused.because("directory.user.residentNotStaff");
		}
		if (!newRole.isStaff()) {
			throw RuleBroken.at("role", "directory.user.staffNotResident");
		}
		if (newDepartmentId == null) {
			throw RuleBroken.at("departmentId", "directory.user.staffNeedDepartment");
		}
		this.role = newRole;
		this.departmentId = newDepartmentId;
	}

	void rename(String newDisplayName) {
		this.displayName = newDisplayName.strip();
	}

	void changePhone(Protected phone) {
		this.phoneEnc = phone == null ? null : phone.ciphertext();
		this.phoneIdx = phone == null ? null : phone.index();
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
	}

	Long getId() {
		return id;
	}

	String getUsername() {
		return username;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	String getDisplayName() {
		return displayName;
	}

	Role getRole() {
		return role;
	}

	Long getDepartmentId() {
		return departmentId;
	}

	byte[] getIdNumberEnc() {
		return idNumberEnc;
	}

	byte[] getPhoneEnc() {
		return phoneEnc;
	}

	int getFailedLogins() {
		return failedLogins;
	}

	Instant getLockedUntil() {
		return lockedUntil;
	}

	boolean isEnabled() {
		return enabled;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	/** A personal identifier as stored: ciphertext plus blind index. */
	record Protected(byte[] ciphertext, byte[] index) {
	}

}
