package org.chengxiang.platform.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for administrators and supervisors: search it and check that it is intact.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

	private final AuditTrail trail;

	// Dates in the API are calendar days where the city is (the clock's zone), whatever zone the server runs in.
	private final ZoneId cityZone;

	AuditController(AuditTrail trail, Clock clock) {
		this.trail = trail;
		this.cityZone = clock.getZone();
	}

	/**
	 * Entries newest first. {@code from} and {@code to} are days, both inclusive; pass
	 * {@code nextBeforeId} of one page as {@code beforeId} to get the next.
	 */
	@GetMapping("/entries")
	@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR')")
	AuditPage entries(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long beforeId, @RequestParam(required = false) Integer size) {
		int pageSize = (size != null) ? size : AuditQuery.DEFAULT_SIZE;
		if (pageSize < 1 || pageSize > AuditQuery.MAX_SIZE) {
			throw new InvalidAuditParameterException("size", "audit.problem.size");
		}
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidAuditParameterException("from", "audit.problem.fromAfterTo");
		}
		if (beforeId != null && beforeId < 1) {
			throw new InvalidAuditParameterException("beforeId", "audit.problem.beforeId");
		}
		List<AuditEntry> items = trail.search(new AuditQuery(actor, action, subjectType, subjectId, startOf(from),
				startOf(to == null ? null : to.plusDays(1)), beforeId, pageSize));
		// A full page may be followed by more; an empty next page is the price of not counting.
		Long nextBeforeId = (items.size() == pageSize) ? items.get(items.size() - 1).id() : null;
		return new AuditPage(items, nextBeforeId);
	}

	/** Walks the whole chain; on a large trail this takes a while. */
	@GetMapping("/verification")
	@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR')")
	ChainVerification verification() {
		return trail.verify();
	}

	private Instant startOf(LocalDate day) {
		return (day == null) ? null : day.atStartOfDay(cityZone).toInstant();
	}

	record AuditPage(List<AuditEntry> items, Long nextBeforeId) {
	}

}
