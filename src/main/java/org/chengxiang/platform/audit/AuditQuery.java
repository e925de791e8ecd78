package org.chengxiang.platform.audit;

import java.time.Instant;

/**
 * Filters and keyset cursor for {@link AuditTrail#search(AuditQuery)}; {@code null} filters match
 * everything. Results come newest first.
 *
 * @param from earliest time, inclusive
 * @param to latest time, exclusive
 * @param beforeId only entries with a smaller id: the last id of the previous page
 * @param size at most this many entries, 1 to {@value #MAX_SIZE}
 */
public record AuditQuery(String actor, String action, String subjectType, String subjectId, Instant from,
		Instant to, Long beforeId, int size) {

	/** Largest page. */
	public static final int MAX_SIZE = 200;

	/** Page size when none is asked for. */
	public static final int DEFAULT_SIZE = 50;

	public AuditQuery {
		if (size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", was " + size);
		}
		if (from != null && to != null && from.isAfter(to)) {
			throw new IllegalArgumentException("from " + from + " is after to " + to);
		}
		actor = blankToNull(actor);
		action = blankToNull(action);
		subjectType = blankToNull(subjectType);
		subjectId = blankToNull(subjectId);
	}

	/** The newest entries, unfiltered. */
	public static AuditQuery latest(int size) {
		return new AuditQuery(null, null, null, null, null, null, null, size);
	}

	/** The newest entries about one subject. */
	public static AuditQuery ofSubject(String subjectType, String subjectId, int size) {
		return new AuditQuery(null, null, subjectType, subjectId, null, null, null, size);
	}

	/** The next page after one that ended with {@code lastId}. */
	public AuditQuery before(long lastId) {
		return new AuditQuery(actor, action, subjectType, subjectId, from, to, lastId, size);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
