package org.chengxiang.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.crypto.Masking;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.security.Scope;
import org.chengxiang.platform.security.LoginFailures;
import org.chengxiang.platform.domain.NoSuchRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.HashMap;

/**
 * Users: sign-in and department-scoped queries. Personal identifiers are masked on the way out and shown in clear
 * only through an audited reveal. Staff administration is {@link StaffAdministration}, the staff ledger
 * {@link StaffLedger}, residents' self-registration {@link ResidentRegistrations}.
 */
@Service
@Transactional(readOnly = true)
class UserDirectory implements UserDetailsService {

	static final int MAX_PAGE = 100;

	private final UserAccounts accounts;

	private final Departments departments;

	private final JdbcClient jdbc;

	private final PersonalDataProtector protector;

	private final AuditTrail audit;

	private final LoginFailures loginFailures;

	UserDirectory(UserAccounts accounts, Departments departments, JdbcClient jdbc,
			PersonalDataProtector protector, AuditTrail audit, LoginFailures loginFailures) {
		this.accounts = accounts;
		this.departments = departments;
		this.jdbc = jdbc;
		this.protector = protector;
		this.audit = audit;
		this.loginFailures = loginFailures;
	}

	@Override
	public CurrentUser loadUserByUsername(String username) {
		UserAccount account = accounts.findByUsername(username == null ? "" : username.strip().toLowerCase())
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		String departmentName = account.getDepartmentId() == null ? null
				: departments.findById(account.getDepartmentId()).map(Department::getShortName).orElse(null);
		return new CurrentUser(account.getId(), account.getUsername(), account.getDisplayName(),
				account.getPasswordHash(), account.getRole(), account.getDepartmentId(), departmentName,
				account.isEnabled(), false);
	}

	/**
	 * Users visible in the scope, a keyset page after {@code afterId}: all for administrators; staff of
	 * their own department for everyone else who may list users.
	 */
	List<UserView> page(Scope scope, UserFilter filter, long afterId, int size) {
		int limit = Math.max(1, Math.min(size, MAX_PAGE));
		Long department = scope.is(Role.ADMIN) ? filter.departmentId() : scope.departmentFilter();
		if (scope.is(Role.SUPERVISOR) && filter.departmentId() != null) {
			department = filter.departmentId();
		}
		String query = filter.query() == null ? "" : filter.query().strip().toLowerCase();
		List<UserView> users = jdbc.sql("""
				select u.*, d.short_name as department_name from directory.app_user u
				left join directory.department d on d.id = u.department_id
				where u.id > :after
				  and (cast(:department as bigint) is null or u.department_id = :department)
				  and (:residents or u.role <> 'RESIDENT')
				  and (cast(:role as varchar) is null or u.role = :role)
				  and (:query = '' or u.username like :like or u.display_name like :like)
				order by u.id
				limit :limit
				""")
			.param("after", afterId)
			.param("department", department)
			.param("residents", scope.is(Role.ADMIN))
			.param("role", filter.role() == null ? null : filter.role().name())
			.param("query", query)
			.param("like", "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
			.param("limit", limit)
			.query(this::mapView)
			.list();
		return withStops(users);
	}

	private List<UserView> withStops(List<UserView> users) {
		java.util.Set<String> stopped = loginFailures.stoppedAmong(users.stream().map(UserView::username).toList());
		return users.stream()
			.map(u -> stopped.contains(u.username()) ? new UserView(u.id(), u.username(), u.displayName(), u.role(),
					u.departmentId(), u.departmentName(), u.idNumberMasked(), u.phoneMasked(), u.enabled(), true,
					u.createdAt()) : u)
			.toList();
	}

	/** One user, if visible in the scope; otherwise not found, so that no one can probe for accounts. */
	UserView get(long id, Scope scope) {
		return find(id, scope).orElseThrow(() -> new NoSuchRecord("user " + id));
	}

	Optional<UserView> find(long id, Scope scope) {
		if (scope.userId() == id) {
			return accounts.findById(id).map(this::view);
		}
		if (!canList(scope)) {
			return Optional.empty();
		}
		return accounts.findById(id).map(this::view).filter(user -> visible(user, scope));
	}

	/** Finds a user by ID number through the blind index (the edge lets only administrators ask). */
	Optional<UserView> findByIdNumber(String idNumber) {
		byte[] index = protector.blindIndex(PersonalDataProtector.normalizeIdNumber(idNumber));
		return jdbc.sql("""
				select u.*, d.short_name as department_name from directory.app_user u
				left join directory.department d on d.id = u.department_id where u.id_number_idx = :idx
				""").param("idx", index).query(this::mapView).optional();
	}

	/** The names of the given users, by login; logins the directory does not know are left out. */
	Map<String, PersonName> names(java.util.Collection<String> usernames) {
		List<String> wanted = usernames.stream().filter(java.util.Objects::nonNull).distinct().toList();
		if (wanted.isEmpty()) {
			return Map.of();
		}
		Map<String, PersonName> names = new HashMap<>();
		jdbc.sql("""
				select u.username, u.display_name, d.short_name from directory.app_user u
				left join directory.department d on d.id = u.department_id where u.username in (:names)
				""")
			.param("names", wanted)
			.query((rs, n) -> new PersonName(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list()
			.forEach(name -> names.put(name.username(), name));
		return names;
	}

	/** The enabled staff of a department, by name. */
	List<PersonName> staffOf(long departmentId) {
		return jdbc.sql("""
				select u.username, u.display_name, d.short_name from directory.app_user u
				join directory.department d on d.id = u.department_id
				where u.department_id = :d and u.enabled and u.role <> 'RESIDENT' order by u.display_name, u.username
				""")
			.param("d", departmentId)
			.query((rs, n) -> new PersonName(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	boolean isStaffOf(String username, long departmentId) {
		return accounts.findByUsername(username)
			.filter(account -> account.isEnabled() && account.getDepartmentId() != null
					&& account.getDepartmentId() == departmentId)
			.isPresent();
	}

	Optional<ResidentIdentity> residentIdentity(long userId) {
		return accounts.findById(userId)
			.filter(account -> account.getRole() == Role.RESIDENT && account.getIdNumberEnc() != null)
			.map(account -> new ResidentIdentity(account.getId(), account.getDisplayName(),
					protector.decrypt(account.getIdNumberEnc()),
					account.getPhoneEnc() == null ? null : protector.decrypt(account.getPhoneEnc())));
	}

	/**
	 * The identifiers in clear: for administrators and for the user themself; always audited. The check stays here
	 * because it compares the reader with the record (a role alone does not decide it).
	 */
	@Transactional
	RevealedIdentifiers reveal(long id, Scope scope, String reason) {
		if (!scope.is(Role.ADMIN) && scope.userId() != id) {
			throw new org.springframework.security.access.AccessDeniedException("not allowed to reveal personal data");
		}
		UserAccount account = accounts.findById(id).orElseThrow(() -> new NoSuchRecord("user " + id));
		String idNumber = account.getIdNumberEnc() == null ? null : protector.decrypt(account.getIdNumberEnc());
		String phone = account.getPhoneEnc() == null ? null : protector.decrypt(account.getPhoneEnc());
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("fields", List.of("idNumber", "phone"));
		detail.put("reason", reason == null ? "" : reason);
		audit.record(AuditEvent.of("personal-data.revealed", "user", id, null, detail));
		return new RevealedIdentifiers(id, idNumber, phone);
	}

	boolean canList(Scope scope) {
		return switch (scope.role()) {
			case ADMIN, SUPERVISOR, DEPARTMENT_LEAD, CLERK -> true;
			default -> false;
		};
	}

	private boolean visible(UserView user, Scope scope) {
		if (scope.is(Role.ADMIN)) {
			return true;
		}
		if (user.role() == Role.RESIDENT) {
			return false;
		}
		return scope.covers(user.departmentId());
	}

	/** The view of an account; "locked" while its logins are stopped from some address. */
	UserView view(UserAccount account) {
		String departmentName = account.getDepartmentId() == null ? null
				: departments.findById(account.getDepartmentId()).map(Department::getShortName).orElse(null);
		return new UserView(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
				account.getDepartmentId(), departmentName, masked(account.getIdNumberEnc(), true),
				masked(account.getPhoneEnc(), false), account.isEnabled(),
				!loginFailures.stoppedAmong(List.of(account.getUsername())).isEmpty(), account.getCreatedAt());
	}

	private UserView mapView(ResultSet rs, int row) throws SQLException {
		long department = rs.getLong("department_id");
		return new UserView(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.wasNull() ? null : department,
				rs.getString("department_name"), masked(rs.getBytes("id_number_enc"), true),
				masked(rs.getBytes("phone_enc"), false), rs.getBoolean("enabled"), false,
				rs.getTimestamp("created_at").toInstant());
	}

	private String masked(byte[] ciphertext, boolean idNumber) {
		if (ciphertext == null) {
			return null;
		}
		String clear = protector.decrypt(ciphertext);
		return idNumber ? Masking.idNumber(clear) : Masking.phone(clear);
	}

	/** Filters of the user list. */
	record UserFilter(Long departmentId, Role role, String query) {

		static UserFilter none() {
			return new UserFilter(null, null, null);
		}

	}

}
