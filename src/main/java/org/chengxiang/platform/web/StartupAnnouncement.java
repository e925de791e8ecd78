package org.chengxiang.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says where the platform answers once it is ready and, on the embedded default, every demo login.
 */
@Component
class StartupAnnouncement {

	private static final Logger log = LoggerFactory.getLogger(StartupAnnouncement.class);

	private final Environment environment;

	private final ObjectProvider<DemoLogins> demoLogins;

	StartupAnnouncement(Environment environment, ObjectProvider<DemoLogins> demoLogins) {
		this.environment = environment;
		this.demoLogins = demoLogins;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		String port = environment.getProperty("local.server.port");
		if (port != null) {
			String path = environment.getProperty("server.servlet.context-path", "");
			log.info("Chengxiang is ready: http://localhost:{}{}/  (API docs: http://localhost:{}{}/swagger-ui)", port,
					path, port, path);
		}
		demoLogins.ifAvailable(logins -> log.info(demoLine(logins)));
	}

	static String demoLine(DemoLogins logins) {
		return "Demo logins (embedded default only, password " + logins.password() + " for all): "
				+ String.join(", ", logins.usernames());
	}

}
