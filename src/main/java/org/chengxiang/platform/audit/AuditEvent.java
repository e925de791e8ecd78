package org.chengxiang.platform.audit;

import java.util.Objects;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What happened, to be recorded by {@link AuditTrail#record(AuditEvent)}: the action on a subject
 * and its state before and after, usually as compact JSON.
 *
 * @param action a verb naming the change, e.g. {@code "application.approved"} or
 * {@code "person.id-number.revealed"}
 * @param subjectType what kind of thing changed, e.g. {@code "Application"}
 * @param subjectId which one
 * @param before its state before, {@code null} when it did not exist or nothing is worth keeping
 * @param after its state after, {@code null} when it was removed
 * @param detail free text, e.g. a reason given for a rejection
 */
public record AuditEvent(String action, String subjectType, String subjectId, String before, String after,
		String detail) {

	/** Longest action, subject type and subject id the table holds. */
	public static final int MAX_NAME_LENGTH = 100;

	// Deliberately not the application's mapper bean: a static factory cannot have one injected, and
	// what an entry says should not change when the web API's JSON settings do. Sorted keys keep
	// the same state serialized the same way.
	private static final JsonMapper STATE_MAPPER = JsonMapper.builder()
		.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		// records: creator properties would otherwise come first, in declaration order
		.disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	public AuditEvent {
		action = requireName(action, "action");
		subjectType = requireName(subjectType, "subjectType");
		subjectId = requireName(subjectId, "subjectId");
	}

	/**
	 * An event whose states are serialized to JSON unless they are already strings. A typed id (a
	 * record with one component, such as {@code ApplicationId(UUID value)}) is recorded as its value.
	 */
	public static AuditEvent of(String action, String subjectType, Object subjectId, Object before, Object after) {
		return new AuditEvent(action, subjectType, idText(subjectId), state(before), state(after), null);
	}

	/** The same event with free-text detail, e.g. the reason given. */
	public AuditEvent withDetail(String detail) {
		return new AuditEvent(action, subjectType, subjectId, before, after, detail);
	}

	private static String state(Object state) {
		if (state == null || state instanceof String) {
			return (String) state;
		}
		return STATE_MAPPER.writeValueAsString(state);
	}

	private static String idText(Object id) {
		Objects.requireNonNull(id, "subjectId must not be null");
		if (id instanceof Record record && record.getClass().getRecordComponents().length == 1) {
			try {
				var accessor = record.getClass().getRecordComponents()[0].getAccessor();
				accessor.setAccessible(true);
				return idText(accessor.invoke(record));
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalArgumentException("Cannot read the value of typed id " + record, ex);
			}
		}
		return id.toString();
	}

	private static String requireName(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
		if (value.length() > MAX_NAME_LENGTH) {
			throw new IllegalArgumentException(name + " must be at most " + MAX_NAME_LENGTH + " characters");
		}
		return value;
	}

}
