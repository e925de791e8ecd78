package org.chengxiang.training;

import java.util.Optional;

import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which provider's records a user may see: staff of a provider their own provider's, the two bureaus every
 * provider's (a {@code null} filter), anyone else none. Queries take the filter as a bind parameter.
 */
@Component("trainingProviders")
class ProviderScope {

	/** A provider id no provider has: the filter of someone who sees none. */
	static final long NONE = -1L;

	private final JdbcClient jdbc;

	private final HumanResourcesBureau bureau;

	private final FinanceBureau finance;

	ProviderScope(JdbcClient jdbc, HumanResourcesBureau bureau, FinanceBureau finance) {
		this.jdbc = jdbc;
		this.bureau = bureau;
		this.finance = finance;
	}

	/** The provider the user works for, if they are provider staff of an approved or suspended provider. */
	Optional<Long> providerOf(CurrentUser user) {
		if (user == null || !user.hasRole(Role.PROVIDER) || user.departmentId() == null) {
			return Optional.empty();
		}
		return jdbc.sql("select id from training.provider where department_id = :department")
			.param("department", user.departmentId())
			.query(Long.class)
			.optional();
	}

	/**
	 * The provider to restrict a query to: {@code null} for the bureaus, administrators and the supervision office,
	 * which see all; the user's own provider for its staff; {@link #NONE} for everyone else.
	 */
	Long filter(CurrentUser user) {
		if (user.hasRole(Role.ADMIN) || user.hasRole(Role.SUPERVISOR) || bureau.includes(user) || finance.includes(user)) {
			return null;
		}
		return providerOf(user).orElse(NONE);
	}

	/** Whether the user may see records of the provider. */
	boolean covers(CurrentUser user, long providerId) {
		Long filter = filter(user);
		return filter == null || filter == providerId;
	}

	/** Method security by name: whether the user is staff of an approved provider. */
	public boolean isProvider(Object principal) {
		return principal instanceof CurrentUser user && providerOf(user).isPresent();
	}

}
