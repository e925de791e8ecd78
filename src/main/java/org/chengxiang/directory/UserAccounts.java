package org.chengxiang.directory;

import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

/**
 * All user accounts.
 */
interface UserAccounts extends ListCrudRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	/** For counting failed logins: concurrent attempts must not lose a count. */
	@Lock(LockMode.PESSIMISTIC_WRITE)
	Optional<UserAccount> findForUpdateByUsername(String username);

	boolean existsByUsername(String username);

	boolean existsByIdNumberIdx(byte[] idNumberIdx);

}
