package org.chengxiang.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says where the platform answers once it is ready.
 */
@Component
class StartupAnnouncement {

	private static final Logger log = LoggerFactory.getLogger(StartupAnnouncement.class);

	private final Environment environment;

	StartupAnnouncement(Environment environment) {
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		String port = environment.getProperty("local.server.port");
		if (port != null) {
			String path = environment.getProperty("server.servlet.context-path", "");
			log.info("城乡 Chengxiang is ready: http://localhost:{}{}/  (API docs: http://localhost:{}{}/swagger-ui)", port,
					path, port, path);
		}
	}

}
