package org.chengxiang.cityops.sensors;

import java.time.Duration;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * What the embedded broker would log with a stack trace for every message a client sends it, put in one line a
 * minute per client: a message above the size limit or one the MQTT decoder cannot read (the broker closes the
 * connection either way), and a message on a topic the client may not publish to (which {@link EmbeddedBroker}
 * counts and logs itself). A client repeating either thousands of times would otherwise fill the log with the same
 * 40 lines.
 */
final class MoquetteLogFilter extends TurboFilter {

	private static final String HANDLER = "io.moquette.broker.NewNettyMQTTHandler";

	private static final String POST_OFFICE = "io.moquette.broker.PostOffice";

	private static final org.slf4j.Logger log = LoggerFactory.getLogger(MqttTelemetry.class);

	private final int maxBytes;

	private final RateLimitedLog lines = new RateLimitedLog(Duration.ofMinutes(1));

	private MoquetteLogFilter(int maxBytes) {
		this.maxBytes = maxBytes;
	}

	/** Puts the filter in front of the broker's loggers, when the logging is Logback's; answers it, or null. */
	static MoquetteLogFilter install(int maxBytes) {
		if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
			return null;
		}
		MoquetteLogFilter filter = new MoquetteLogFilter(maxBytes);
		filter.setName("moquette-oversized");
		filter.start();
		context.addTurboFilter(filter);
		return filter;
	}

	void uninstall() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
			context.getTurboFilterList().remove(this);
		}
		stop();
	}

	@Override
	public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
			Throwable thrown) {
		if (logger == null || format == null) {
			return FilterReply.NEUTRAL;
		}
		String name = logger.getName();
		if (POST_OFFICE.equals(name) && format.contains("is not authorized to publish")) {
			return FilterReply.DENY;
		}
		if (!HANDLER.equals(name)) {
			return FilterReply.NEUTRAL;
		}
		Throwable cause = thrown != null ? thrown
				: params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
		Throwable decoding = decoding(cause);
		if (decoding == null) {
			return FilterReply.NEUTRAL;
		}
		String client = params != null && params.length > 0 && params[0] instanceof String id ? id : "?";
		long held = lines.permit(client);
		if (held >= 0 && decoding.getClass().getSimpleName().equals("TooLongFrameException")) {
			log.warn("MQTT: refused a message over {} bytes from client {} and closed its connection ({} more from it "
					+ "not logged since the last line)", maxBytes, client, held);
		}
		else if (held >= 0) {
			log.warn("MQTT: refused a malformed message from client {} and closed its connection: {} ({} more from it "
					+ "not logged since the last line)", client, decoding.getMessage(), held);
		}
		return FilterReply.DENY;
	}

	/** What the MQTT decoder refused (too long, a bad client id …) that made the broker close the connection. */
	private static Throwable decoding(Throwable thrown) {
		int depth = 0;
		for (Throwable t = thrown; t != null && depth < 10; t = t.getCause(), depth++) {
			if (t.getClass().getName().startsWith("io.netty.handler.codec.")) {
				return t;
			}
		}
		return null;
	}

}
