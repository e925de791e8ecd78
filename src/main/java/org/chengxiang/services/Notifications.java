package org.chengxiang.services;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chengxiang.platform.domain.Text;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.AsWritten;
import org.chengxiang.platform.web.ReaderTexts;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells applicants what happened: in-app always, and by every {@link MessageSender} (SMS, e-mail) configured. A
 * notification is stored as a message key and its arguments and worded in the reader's language when shown; sent
 * outside the platform, it is worded in Chinese.
 */
@Component
class Notifications {

	private final JdbcClient jdbc;

	private final List<MessageSender> senders;

	private final Clock clock;

	private final MessageSource messages;

	private final AsWritten asWritten;

	Notifications(JdbcClient jdbc, List<MessageSender> senders, Clock clock, MessageSource messages,
			AsWritten asWritten) {
		this.asWritten = asWritten;
		this.jdbc = jdbc;
		this.senders = senders;
		this.clock = clock;
		this.messages = messages;
	}

	/** Tells the user; the arguments of the text are kept as strings. */
	void tell(long userId, Long applicationId, Text text) {
		String[] args = Arrays.stream(text.args()).map(String::valueOf).toArray(String[]::new);
		jdbc.sql("""
				insert into services.notification (user_id, application_id, message_key, message_args, created_at)
				values (:u, :a, :key, :args, :at)
				""")
			.param("u", userId)
			.param("a", applicationId)
			.param("key", text.key())
			.param("args", args)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		String worded = messages.getMessage(text, Locale.SIMPLIFIED_CHINESE);
		senders.forEach(sender -> sender.send(userId, worded));
	}

	/** The user's latest messages (in-app notifications), newest first, in the reader's language. */
	List<Message> latest(CurrentUser user) {
		return jdbc.sql("""
				select n.message, n.message_key, n.message_args, n.created_at, n.application_id
				from services.notification n where n.user_id = :u order by n.id desc limit 20
				""").param("u", user.id()).query((rs, n) -> {
			String key = rs.getString(2);
			Array args = rs.getArray(3);
			// what the arguments hold (numbers, names, what a clerk typed) is data, shown as written in either language
			String html = key == null ? HtmlUtils.htmlEscape(rs.getString(1))
					: ReaderTexts.of(asWritten.marked(Text.of(key, args == null ? new Object[0]
							: (Object[]) args.getArray())));
			long application = rs.getLong(5);
			return new Message(html, rs.getTimestamp(4).toInstant(), rs.wasNull() ? null : application);
		}).list();
	}

	/** An in-app message, worded, as HTML: its data in elements marked {@code translate="no"}, escaped. */
	record Message(String html, Instant at, Long applicationId) {
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
