package org.chengxiang.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings: idle timeout, and when and for how long repeated failed logins lock an account.
 *
 * @param idleTimeout a session without requests for this long ends
 * @param maxFailedLogins failed logins in a row that lock the account
 * @param lockout how long a locked account stays locked
 */
@ConfigurationProperties("chengxiang.security")
public record SecurityProperties(@DefaultValue("30m") Duration idleTimeout, @DefaultValue("5") int maxFailedLogins,
		@DefaultValue("15m") Duration lockout) {
}
