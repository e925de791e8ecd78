package org.chengxiang.directory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins so that repeated guessing locks the account for a while.
 */
@Component
class LoginAttempts {

	private final UserDirectory users;

	LoginAttempts(UserDirectory users) {
		this.users = users;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		users.recordFailedLogin(String.valueOf(event.getAuthentication().getName()).strip().toLowerCase());
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		users.recordSuccessfulLogin(event.getAuthentication().getName());
	}

}
