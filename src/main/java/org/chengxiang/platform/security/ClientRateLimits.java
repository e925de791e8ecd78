package org.chengxiang.platform.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.stereotype.Component;

/**
 * How often one client address may try to log in or register, and one phone number receive a registration code:
 * token buckets in memory (Bucket4j), one per kind and key, refilled greedily over the configured period. The
 * buckets of one instance are its own: behind a load balancer each instance allows the limit.
 */
@Component
public class ClientRateLimits {

	// a flood of distinct addresses must not fill the heap: past this many buckets, all start afresh
	static final int MAX_BUCKETS = 100_000;

	private final SecurityProperties properties;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	ClientRateLimits(SecurityProperties properties) {
		this.properties = properties;
	}

	/** Takes one login attempt from the address's allowance. */
	public Admission login(String address) {
		return take("login:" + address, properties.loginLimit(), properties.loginLimitPeriod());
	}

	/** Takes one registration request (or code confirmation) from the allowance of the address or phone. */
	public Admission registration(String key) {
		return take("registration:" + key, properties.registrationLimit(), properties.registrationLimitPeriod());
	}

	private Admission take(String key, int capacity, Duration period) {
		if (buckets.size() > MAX_BUCKETS) {
			buckets.clear();
		}
		Bucket bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
			.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Admission.ADMITTED
				: new Admission(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	/**
	 * Whether a request may go on and, when it may not, how long until it may.
	 *
	 * @param admitted whether the request may go on
	 * @param retryAfter how long to wait when it may not
	 */
	public record Admission(boolean admitted, Duration retryAfter) {

		static final Admission ADMITTED = new Admission(true, Duration.ZERO);

		/** Whole seconds to wait, at least one, for a {@code Retry-After} header. */
		public long retryAfterSeconds() {
			return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
		}

		/** Whole minutes to wait, at least one, for a message. */
		public long retryAfterMinutes() {
			return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
		}

	}

}
