package org.chengxiang.cityops.sensors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chengxiang.platform.domain.Text;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * The telemetry endpoint answers to gateways only, not to people: HTTP Basic with the gateway's code and key,
 * no session, no cookie (so no CSRF token either). A staff member's password does not open it, and a gateway key
 * opens nothing else.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurity {

	static final String PATH = "/api/cityops/telemetry";

	static final String AUTHORITY = "TELEMETRY_GATEWAY";

	private static final String PRINCIPAL_PREFIX = "gateway:";

	/** The code of the gateway a telemetry request was authenticated as. */
	static String gatewayCode(org.springframework.security.core.Authentication authentication) {
		String name = authentication == null ? "" : authentication.getName();
		if (!name.startsWith(PRINCIPAL_PREFIX)) {
			throw new IllegalStateException("not a gateway's request");
		}
		return name.substring(PRINCIPAL_PREFIX.length());
	}

	@Bean
	@Order(0)
	SecurityFilterChain telemetrySecurity(HttpSecurity http, Gateways gateways, JsonMapper json,
			MessageSource messages, LocaleResolver locales) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> unauthorized(json, messages,
				locales.resolveLocale(request), response);
		http.securityMatcher(PATH)
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.anonymous(anonymous -> anonymous.disable())
			.addFilterBefore(new GatewayFilter(gateways, unauthorized), AuthorizationFilter.class)
			.authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(AUTHORITY))
			.exceptionHandling(handling -> handling
				.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler((request, response, ex) -> unauthorized.commence(request, response, null)));
		return http.build();
	}

	/** Worded in the reader's language as the application resolves it (cookie, else Chinese): filters run before it. */
	private static void unauthorized(JsonMapper json, MessageSource messages, Locale locale,
			HttpServletResponse response) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
				messages.getMessage(Text.of("cityops.telemetry.unauthorized.detail"), locale));
		problem.setTitle(messages.getMessage(Text.of("cityops.telemetry.unauthorized.title"), locale));
		response.setHeader("WWW-Authenticate", "Basic realm=\"Chengxiang telemetry\"");
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

	/** Checks the Basic credentials against the gateways; a wrong pair answers 401 at once. */
	static final class GatewayFilter extends OncePerRequestFilter {

		private final Gateways gateways;

		private final AuthenticationEntryPoint unauthorized;

		GatewayFilter(Gateways gateways, AuthenticationEntryPoint unauthorized) {
			this.gateways = gateways;
			this.unauthorized = unauthorized;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader("Authorization");
			if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
				String decoded;
				try {
					decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
				}
				catch (IllegalArgumentException ex) {
					unauthorized.commence(request, response, null);
					return;
				}
				int colon = decoded.indexOf(':');
				String code = colon < 0 ? decoded : decoded.substring(0, colon);
				String key = colon < 0 ? "" : decoded.substring(colon + 1);
				if (!gateways.authenticate(code, key)) {
					unauthorized.commence(request, response, null);
					return;
				}
				var context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(PRINCIPAL_PREFIX + code, null,
						List.of(new SimpleGrantedAuthority(AUTHORITY))));
				SecurityContextHolder.setContext(context);
			}
			chain.doFilter(request, response);
		}

	}

}
