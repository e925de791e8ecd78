package org.chengxiang.cityops.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.Text;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A case's timeline (办理过程): every step, who took it, when, and its note. A note a person wrote is kept as
 * written; a note the platform writes is kept as a message key and its arguments and worded for each reader.
 * Saving a case after a step also writes the step here and in the audit trail.
 */
@Component
class CaseTimeline {

	private final Cases cases;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	CaseTimeline(Cases cases, AuditTrail audit, JdbcClient jdbc, Clock clock) {
		this.cases = cases;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Saves the case after a step (publishing what it registered; a stale version is refused), and writes the step
	 * with a person's note, or none.
	 *
	 * @return the step, for the photos taken at it
	 */
	long save(Case c, String actor, String action, CaseStatus before, String note) {
		cases.save(c);
		long stepId = write(c.id(), actor, action, before, c.status(), note, null);
		audited(c, action, before, note == null ? "" : note);
		return stepId;
	}

	/** Saves the case after a step, and writes the step with the platform's note. */
	long save(Case c, String actor, String action, CaseStatus before, Text note) {
		cases.save(c);
		long stepId = write(c.id(), actor, action, before, c.status(), null, note);
		audited(c, action, before, note.toString());
		return stepId;
	}

	/** A step that changes nothing on the case itself: a merged report, an alarm, an escalation. */
	long note(long caseId, String actor, String action, CaseStatus from, CaseStatus to, Text note) {
		return write(caseId, actor, action, from, to, null, note);
	}

	private void audited(Case c, String action, CaseStatus before, String note) {
		audit.record(AuditEvent.of("case." + action, "case", c.number(), Map.of("status", before.name()),
				Map.of("status", c.status().name(), "note", note)));
	}

	private long write(long caseId, String actor, String action, CaseStatus from, CaseStatus to, String written,
			Text text) {
		return jdbc.sql("""
				insert into cityops.case_step (case_id, at, actor, action, from_status, to_status, note, note_key, note_args)
				values (:case, :at, :actor, :action, :from, :to, :note, :key, cast(:args as jsonb)) returning id
				""")
			.param("case", caseId)
			.param("at", Timestamp.from(clock.instant()))
			.param("actor", actor)
			.param("action", action)
			.param("from", from == null ? null : from.name())
			.param("to", to.name())
			.param("note", written)
			.param("key", text == null ? null : text.key())
			.param("args", text == null ? null : StoredTexts.args(text))
			.query(Long.class)
			.single();
	}

}
