package org.chengxiang.services;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells applicants what happened: in-app always, and by every {@link MessageSender} (SMS, e-mail) configured.
 */
@Component
class Notifications {

	private final JdbcClient jdbc;

	private final List<MessageSender> senders;

	private final Clock clock;

	Notifications(JdbcClient jdbc, List<MessageSender> senders, Clock clock) {
		this.jdbc = jdbc;
		this.senders = senders;
		this.clock = clock;
	}

	void tell(long userId, Long applicationId, String message) {
		jdbc.sql("insert into services.notification (user_id, application_id, message, created_at) values (:u, :a, :m, :at)")
			.param("u", userId)
			.param("a", applicationId)
			.param("m", message)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		senders.forEach(sender -> sender.send(userId, message));
	}

	/**
	 * Sends a message outside the platform. The default writes to the log; an SMS or e-mail gateway is a bean
	 * implementing this.
	 */
	interface MessageSender {

		void send(long userId, String message);

	}

	/** The default sender: the log. */
	@Component
	static class LoggingSender implements MessageSender {

		private static final Logger log = LoggerFactory.getLogger(LoggingSender.class);

		@Override
		public void send(long userId, String message) {
			log.info("Message to user {}: {}", userId, message);
		}

	}

}
