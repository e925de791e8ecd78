package org.chengxiang.platform.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chengxiang.platform.web.MapProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;

/**
 * Web security: form login for people, HTTP Basic for scripts on {@code /api/**} without a session, the browser's
 * session for its own API calls, CSRF on every form and browser request, security headers (HSTS on requests that
 * came over TLS, directly or through the proxy), and roles checked on methods. Every login passes the
 * {@link LoginGuard} first.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:%s; "
			+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

	private final String contentSecurityPolicy;

	SecurityConfiguration(MapProperties map) {
		this.contentSecurityPolicy = contentSecurityPolicy(map);
	}

	/** The policy, with the configured base map's tile servers allowed as image sources. */
	static String contentSecurityPolicy(MapProperties map) {
		StringBuilder tiles = new StringBuilder();
		map.imageSources().forEach(source -> tiles.append(' ').append(source));
		return CONTENT_SECURITY_POLICY.formatted(tiles);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix().role("DEPARTMENT_LEAD").implies("CLERK").build();
	}

	@Bean
	VerifiedCredentials verifiedCredentials(UserDetailsService users, PasswordEncoder passwords,
			SecurityProperties properties, Clock clock) {
		return new VerifiedCredentials(users, passwords, properties, clock);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProperties properties, ApiProblems problems,
			LoginGuardParts guard) throws Exception {
		http.securityMatcher("/api/**", "/api-docs/**")
			.authorizeHttpRequests(requests -> {
				if (properties.apiDocsPublic()) {
					requests.requestMatchers("/api-docs/**").permitAll();
				}
				else {
					requests.requestMatchers("/api-docs/**").hasRole(Role.ADMIN.name());
				}
				requests.requestMatchers(HttpMethod.POST, "/api/residents", "/api/residents/confirmations")
					.permitAll()
					.anyRequest()
					.authenticated();
			})
			// a script's credentials hold for one request: no session, so no session outlives the idle timeout
			.httpBasic(basic -> basic.securityContextRepository(new RequestAttributeSecurityContextRepository())
				.authenticationEntryPoint((request, response, ex) -> problems.write(response, HttpStatus.UNAUTHORIZED,
						problems.authenticationRequired(), true)))
			.exceptionHandling(handling -> handling.accessDeniedHandler((request, response, ex) -> problems
				.write(response, HttpStatus.FORBIDDEN, problems.accessDenied(), false)))
			// Scripts authenticating with a header cannot be forged cross-site; browser calls carry the token.
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null)
				.ignoringRequestMatchers(request -> "POST".equals(request.getMethod())
						&& ("/api/residents".equals(request.getRequestURI())
								|| "/api/residents/confirmations".equals(request.getRequestURI()))))
			.addFilterBefore(guard.newGuard(), BasicAuthenticationFilter.class)
			.headers(this::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http, SecurityProperties properties, Environment environment,
			LoginGuardParts guard) throws Exception {
		SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws IOException, jakarta.servlet.ServletException {
				request.getSession().setMaxInactiveInterval((int) properties.idleTimeout().toSeconds());
				request.getSession().removeAttribute(LoginGuard.CAPTCHA_REQUIRED);
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
		success.setDefaultTargetUrl("/");
		http.authorizeHttpRequests(requests -> {
			requests.requestMatchers("/login", "/login/captcha", "/register", "/register/confirm", "/error",
					"/error/**", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/actuator/health",
					"/actuator/health/**", "/actuator/info")
				.permitAll();
			if (properties.apiDocsPublic()) {
				requests.requestMatchers("/swagger-ui/**", "/swagger-ui.html").permitAll();
			}
			else {
				requests.requestMatchers("/swagger-ui/**", "/swagger-ui.html").hasRole(Role.ADMIN.name());
			}
			requests.anyRequest().authenticated();
		})
			.formLogin(form -> form.loginPage("/login").successHandler(success).failureHandler((request, response,
					ex) -> {
				// the same answer for every failure; from the third for this name and address on, the captcha shows
				if (guard.failures().needsCaptcha(request.getParameter("username"), request.getRemoteAddr())) {
					LoginGuard.refuseForm(request, response);
				}
				else {
					response.sendRedirect(request.getContextPath() + "/login?error");
				}
			}))
			// the session cookie goes with the session: otherwise the login page would take the browser's stale
			// cookie for a timed-out session and say so instead of "logged out"
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?logout")
				.deleteCookies(environment.getProperty("server.servlet.session.cookie.name", "JSESSIONID")))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
				.invalidSessionUrl("/login?expired"))
			.httpBasic(basic -> basic.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.addFilterBefore(guard.newGuard(), UsernamePasswordAuthenticationFilter.class)
			.headers(this::headers);
		return http.build();
	}

	private void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.xssProtection(xss -> xss.headerValue(XXssProtectionHeaderWriter.HeaderValue.DISABLED))
			.permissionsPolicyHeader(policy -> policy.policy("geolocation=(self), camera=(), microphone=()"))
			// written only on requests that came over TLS (request.isSecure(), which the proxy's
			// X-Forwarded-Proto sets when server.forward-headers-strategy trusts it)
			.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(true));
	}

	/** What the login guards of both chains share; a guard is no bean, so that it is not a filter of every request. */
	@Bean
	LoginGuardParts loginGuardParts(ClientRateLimits limits, LoginFailures failures, LoginCaptcha captcha,
			VerifiedCredentials verified, ApiProblems problems) {
		return new LoginGuardParts(limits, failures, captcha, verified, problems);
	}

	record LoginGuardParts(ClientRateLimits limits, LoginFailures failures, LoginCaptcha captcha,
			VerifiedCredentials verified, ApiProblems problems) {

		LoginGuard newGuard() {
			return new LoginGuard(limits, failures, captcha, verified, problems);
		}

	}

}
