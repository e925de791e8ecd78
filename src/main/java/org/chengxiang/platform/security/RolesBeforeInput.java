package org.chengxiang.platform.security;

import java.lang.reflect.Method;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks a handler's {@code @PreAuthorize} (on the method, or else on its class) before its arguments are read, so
 * that someone without the role gets 403 and learns nothing of the endpoint's input rules: no body is parsed, no
 * path variable converted and no field validated for them. The method-security proxy checks the same expression
 * again when the handler runs, so the rule is written once, on the handler, and holds for pages and API alike.
 *
 * <p>
 * The expressions are evaluated without the handler's arguments, which none of them reads.
 */
class RolesBeforeInput implements HandlerInterceptor {

	private final PreAuthorizeAuthorizationManager authorization = new PreAuthorizeAuthorizationManager();

	RolesBeforeInput(ApplicationContext context, RoleHierarchy roles) {
		DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
		expressions.setApplicationContext(context);
		expressions.setRoleHierarchy(roles);
		this.authorization.setExpressionHandler(expressions);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method) {
			Method target = method.getMethod();
			AuthorizationResult result = this.authorization.authorize(
					() -> SecurityContextHolder.getContext().getAuthentication(),
					new SimpleMethodInvocation(method.getBean(), target, new Object[target.getParameterCount()]));
			if (result != null && !result.isGranted()) {
				throw new AccessDeniedException("Access Denied");
			}
		}
		return true;
	}

	/** Registers the check after every other interceptor, so that the locale is known when it refuses. */
	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class Registration implements WebMvcConfigurer {

		private final RolesBeforeInput check;

		Registration(ApplicationContext context, RoleHierarchy roles) {
			this.check = new RolesBeforeInput(context, roles);
		}

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			registry.addInterceptor(this.check).order(Ordered.LOWEST_PRECEDENCE);
		}

	}

}
