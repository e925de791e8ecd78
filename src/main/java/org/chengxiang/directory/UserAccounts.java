package org.chengxiang.directory;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/**
 * All user accounts.
 */
interface UserAccounts extends ListCrudRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	/** For counting failed logins: concurrent attempts must not lose a count. */
	@Lock(LockMode.PESSIMISTIC_WRITE)
	Optional<UserAccount> findForUpdateByUsername(String username);

	boolean existsByUsername(String username);

	@Query("select exists(select 1 from directory.app_user where id_number_idx = :index)")
	boolean existsByIdNumberIndex(@Param("index") byte[] index);

}
