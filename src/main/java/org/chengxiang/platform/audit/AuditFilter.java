package org.chengxiang.platform.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * The audit page's filter as typed, so that a date that cannot be read comes back to the form unchanged.
 *
 * @param from first day, {@code yyyy-MM-dd}, inclusive
 * @param to last day, {@code yyyy-MM-dd}, inclusive
 */
record AuditFilter(String actor, String action, String subjectType, String subjectId, String from, String to) {

	/**
	 * The query for one page of entries, or empty with the problems put on {@code errors} by field. Days are
	 * calendar days in {@code cityZone}, whatever zone the server runs in.
	 */
	Optional<AuditQuery> query(Long beforeId, int size, Errors errors, ZoneId cityZone) {
		LocalDate firstDay = day("from", from, errors);
		LocalDate lastDay = day("to", to, errors);
		if (firstDay != null && lastDay != null && firstDay.isAfter(lastDay)) {
			errors.rejectValue("from", "audit.error.fromAfterTo", "from must not be after to");
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new AuditQuery(actor, action, subjectType, subjectId, startOf(firstDay, cityZone),
				(lastDay == null) ? null : startOf(lastDay.plusDays(1), cityZone), beforeId, size));
	}

	private static LocalDate day(String field, String text, Errors errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			Object label = new DefaultMessageSourceResolvable(new String[] { "field." + field }, field);
			errors.rejectValue(field, "audit.error.date", new Object[] { label },
					field + " must be a date written yyyy-MM-dd");
			return null;
		}
	}

	private static Instant startOf(LocalDate day, ZoneId cityZone) {
		return (day == null) ? null : day.atStartOfDay(cityZone).toInstant();
	}

}
