package org.chengxiang.cityops.sensors;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Readings a gateway sent for devices that are not its own: refused, and counted on the gateway so that its page
 * shows how many, when last and for which device. The broker notes them on its network threads, where nothing may
 * wait for the database; the telemetry writer writes the tallies out between its batches. An HTTP batch writes
 * its own at once.
 */
@Component
class GatewayRefusals {

	private static final Logger log = LoggerFactory.getLogger(GatewayRefusals.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Map<String, Tally> pending = new ConcurrentHashMap<>();

	private final RateLimitedLog lines = new RateLimitedLog(Duration.ofMinutes(1));

	GatewayRefusals(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	private record Tally(long readings, Instant lastAt, String lastDevice) {

		Tally plus(Tally later) {
			return new Tally(readings + later.readings, later.lastAt, later.lastDevice);
		}

	}

	/** Notes refused readings, to be written by the next {@link #flush()}. */
	void note(String gateway, String device, long readings) {
		String shown = device != null && device.length() > 40 ? device.substring(0, 40) + "…" : device;
		pending.merge(gateway, new Tally(readings, clock.instant(), shown), Tally::plus);
		long held = lines.permit(gateway);
		if (held >= 0) {
			log.warn("Telemetry: gateway {} sent {} reading(s) for device {}, which is not its own: refused ({} such "
					+ "refusals not logged since the last line)", gateway, readings, shown, held);
		}
	}

	/** Notes refused readings and writes them at once. */
	void record(String gateway, String device, long readings) {
		note(gateway, device, readings);
		flush();
	}

	/** Writes the tallies noted so far. */
	void flush() {
		for (String gateway : pending.keySet()) {
			Tally tally = pending.remove(gateway);
			if (tally != null) {
				jdbc.sql("""
						update cityops.gateway set refused_readings = refused_readings + :n, last_refused_at = :at,
						    last_refused_device = :device
						where code = :code
						""")
					.param("n", tally.readings())
					.param("at", Timestamp.from(tally.lastAt()))
					.param("device", tally.lastDevice())
					.param("code", gateway)
					.update();
			}
		}
	}

}
