package org.chengxiang.platform.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.chengxiang.platform.audit.AuditActor;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the security layer and every module see them.
 */
public final class CurrentUser implements UserDetails, AuditActor {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private final String displayName;

	private final transient String passwordHash;

	private final Role role;

	private final Long departmentId;

	private final String departmentName;

	private final boolean enabled;

	private final boolean locked;

	public CurrentUser(long id, String username, String displayName, String passwordHash, Role role,
			Long departmentId, String departmentName, boolean enabled, boolean locked) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.departmentId = departmentId;
		this.departmentName = departmentName;
		this.enabled = enabled;
		this.locked = locked;
	}

	public long id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	public Long departmentId() {
		return departmentId;
	}

	public String departmentName() {
		return departmentName;
	}

	public Scope scope() {
		return new Scope(id, role, departmentId);
	}

	public boolean hasRole(Role other) {
		return role == other;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public String auditName() {
		return username;
	}

	@Override
	public String auditDepartment() {
		return departmentName;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser that && that.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "CurrentUser[" + username + ", " + role + "]";
	}

}
