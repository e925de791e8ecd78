package org.chengxiang.platform.audit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Turns on {@code @PreAuthorize} for the audit tests; the platform's security configuration does
 * the same for the application.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurityForTests {

}
