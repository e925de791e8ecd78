package org.chengxiang.cityops.cases;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * How times read in messages and on pages: Beijing time to the minute.
 */
final class Views {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(Classification.ZONE);

	private Views() {
	}

	static String format(Instant instant) {
		return instant == null ? "—" : MINUTES.format(instant);
	}

}
