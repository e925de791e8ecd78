package org.chengxiang.cityops.sensors;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most one log line per key (a client, a gateway) per period: what a hostile or broken sender repeats thousands
 * of times a minute is worth one line, with the number of those not written since.
 */
final class RateLimitedLog {

	/** Most keys remembered; past that all are forgotten, so that made-up keys cannot fill the memory. */
	private static final int MAX_KEYS = 10_000;

	private final long periodNanos;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	RateLimitedLog(Duration period) {
		this.periodNanos = period.toNanos();
	}

	/**
	 * Whether a line may be written for the key now: answers how many were held back since its last line, or -1
	 * when this one is to be held back as well.
	 */
	long permit(String key) {
		if (windows.size() > MAX_KEYS) {
			windows.clear();
		}
		long now = System.nanoTime();
		long[] answer = { -1 };
		windows.compute(key, (k, window) -> {
			if (window == null || now - window.startedAt() >= periodNanos) {
				answer[0] = window == null ? 0 : window.held();
				return new Window(now, 0);
			}
			return new Window(window.startedAt(), window.held() + 1);
		});
		return answer[0];
	}

	private record Window(long startedAt, long held) {
	}

}
