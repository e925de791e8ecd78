package org.chengxiang.cityops.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * How times read in notices and notes: the city's time (the clock's zone) to the minute, the same in every
 * language.
 */
final class Views {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private Views() {
	}

	static String format(Instant instant, Clock clock) {
		return instant == null ? "—" : MINUTES.withZone(clock.getZone()).format(instant);
	}

}
