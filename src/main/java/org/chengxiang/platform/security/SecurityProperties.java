package org.chengxiang.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings: idle timeout, the lockout after failed logins (counted per account and client address), the
 * captcha, the limits per client address on logins and registrations, the cache of verified HTTP Basic
 * credentials, and who may read the API documentation.
 *
 * @param idleTimeout a session without requests for this long ends, however it was made
 * @param maxFailedLogins failed logins in a row, for one account from one address, that stop logins from there
 * @param lockout how long such a stop lasts; failures older than this are forgotten
 * @param captchaAfter failed logins, for one account from one address, after which the form asks for a captcha
 * @param loginLimit logins (form posts and HTTP Basic credentials not yet verified) one address may try per period
 * @param loginLimitPeriod the period of {@code loginLimit}
 * @param registrationLimit registration requests (and codes confirmed) one address or phone may send per period
 * @param registrationLimitPeriod the period of {@code registrationLimit}
 * @param basicCredentialsTtl how long verified HTTP Basic credentials are taken without hashing the password again
 * @param apiDocsPublic whether the OpenAPI document and Swagger UI are open to everyone (otherwise administrators)
 */
@ConfigurationProperties("chengxiang.security")
public record SecurityProperties(@DefaultValue("30m") Duration idleTimeout, @DefaultValue("5") int maxFailedLogins,
		@DefaultValue("15m") Duration lockout, @DefaultValue("3") int captchaAfter,
		@DefaultValue("60") int loginLimit, @DefaultValue("1m") Duration loginLimitPeriod,
		@DefaultValue("10") int registrationLimit, @DefaultValue("1h") Duration registrationLimitPeriod,
		@DefaultValue("5m") Duration basicCredentialsTtl, @DefaultValue("false") boolean apiDocsPublic) {
}
