package org.chengxiang.platform.security;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.springframework.stereotype.Component;

/**
 * Every session, however it was made (a form login, a page before login, anything else), ends after the
 * configured idle time; not only those a form login made.
 */
@Component
class SessionIdleTimeout implements HttpSessionListener {

	private final SecurityProperties properties;

	SessionIdleTimeout(SecurityProperties properties) {
		this.properties = properties;
	}

	@Override
	public void sessionCreated(HttpSessionEvent event) {
		event.getSession().setMaxInactiveInterval((int) properties.idleTimeout().toSeconds());
	}

}
