package org.chengxiang.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chengxiang.platform.web.MapProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Web security: form login for people, HTTP Basic for scripts on {@code /api/**}, the same session
 * for both, CSRF on every form and browser request, security headers, and roles checked on methods.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:%s; "
			+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

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
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json) throws Exception {
		http.securityMatcher("/api/**", "/api-docs/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/api-docs/**").permitAll()
				.requestMatchers(org.springframework.http.HttpMethod.POST, "/api/residents").permitAll()
				.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(
					(request, response, ex) -> problem(json, response, HttpStatus.UNAUTHORIZED,
							ex instanceof LockedException ? "账户已锁定，请 15 分钟后再试 / account locked, try again later"
									: "需要登录 / authentication required",
							true)))
			.exceptionHandling(handling -> handling.accessDeniedHandler((request, response, ex) -> problem(json,
					response, HttpStatus.FORBIDDEN, "无权访问 / access denied", false)))
			// Scripts authenticating with a header cannot be forged cross-site; browser calls carry the token.
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null)
				.ignoringRequestMatchers(request -> "POST".equals(request.getMethod())
						&& "/api/residents".equals(request.getRequestURI())))
			.headers(this::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http, SecurityProperties properties,
			org.springframework.core.env.Environment environment) throws Exception {
		SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					org.springframework.security.core.Authentication authentication)
					throws IOException, jakarta.servlet.ServletException {
				request.getSession().setMaxInactiveInterval((int) properties.idleTimeout().toSeconds());
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
		success.setDefaultTargetUrl("/");
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/register", "/error", "/error/**", "/css/**", "/js/**", "/images/**",
					"/webjars/**", "/favicon.ico", "/actuator/health", "/actuator/health/**", "/actuator/info",
					"/swagger-ui/**", "/swagger-ui.html")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(success)
				.failureHandler((request, response, ex) -> response.sendRedirect(
						request.getContextPath() + (ex instanceof LockedException ? "/login?locked" : "/login?error"))))
			// the session cookie goes with the session: otherwise the login page would take the browser's stale
			// cookie for a timed-out session and say so instead of "logged out"
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?logout")
				.deleteCookies(environment.getProperty("server.servlet.session.cookie.name", "JSESSIONID")))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
				.invalidSessionUrl("/login?expired"))
			.httpBasic(Customizer.withDefaults())
			.headers(this::headers);
		return http.build();
	}

	private void headers(
			org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.xssProtection(xss -> xss.headerValue(XXssProtectionHeaderWriter.HeaderValue.DISABLED))
			.permissionsPolicyHeader(policy -> policy.policy("geolocation=(self), camera=(), microphone=()"));
	}

	private static void problem(JsonMapper json, HttpServletResponse response, HttpStatus status, String detail,
			boolean challenge) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		if (challenge) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Chengxiang\"");
		}
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

}
