package org.chengxiang.training;

import java.util.Locale;
import java.util.regex.Pattern;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The occupation catalogue the bureau keeps as reference data: an occupation added, deactivated (no new classes of
 * it; the classes and claims that name it stay) and reactivated. Rows of reference data, not an aggregate.
 */
@Service
@Transactional
class OccupationDesk {

	/** 大类-中类-小类-细类 of the national catalogue, e.g. 4-10-01-05. */
	private static final Pattern NATIONAL = Pattern.compile("[1-8]-\\d{2}-\\d{2}-\\d{2}");

	/** What the database allows for a province's own codes. */
	private static final Pattern PROVINCIAL = Pattern.compile("[0-9A-Z][0-9A-Z-]{2,19}");

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	OccupationDesk(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Adds an occupation; answers its code as stored. */
	String add(OccupationForm form) {
		String code = form.code().strip().toUpperCase(Locale.ROOT);
		String name = form.name().strip();
		boolean national = form.kind() == OccupationKind.OCCUPATION;
		if (national ? !NATIONAL.matcher(code).matches() : !PROVINCIAL.matcher(code).matches()) {
			throw RuleBroken.at("code", national ? "training.occupation.code.national" : "training.occupation.code.format");
		}
		int added = jdbc.sql("""
				insert into training.occupation (code, name, kind) values (:code, :name, :kind)
				on conflict (code) do nothing
				""").param("code", code).param("name", name).param("kind", form.kind().name()).update();
		if (added == 0) {
			throw RuleBroken.at("code", "training.occupation.code.taken");
		}
		audit.record(AuditEvent.of("training.occupation.added", "TrainingOccupation", code, null,
				new State(code, name, form.kind(), true)));
		return code;
	}

	void deactivate(String code) {
		activate(code, false);
	}

	void reactivate(String code) {
		activate(code, true);
	}

	private void activate(String code, boolean active) {
		State before = jdbc.sql("select code, name, kind, active from training.occupation where code = :code for update")
			.param("code", code)
			.query((rs, n) -> new State(rs.getString(1), rs.getString(2), OccupationKind.valueOf(rs.getString(3)),
					rs.getBoolean(4)))
			.optional()
			.orElseThrow(() -> new NoSuchRecord("occupation " + code));
		if (before.active() == active) {
			throw StepRefused.because(active ? "training.occupation.alreadyActive" : "training.occupation.alreadyInactive");
		}
		jdbc.sql("update training.occupation set active = :active where code = :code")
			.param("active", active)
			.param("code", code)
			.update();
		audit.record(AuditEvent.of(active ? "training.occupation.reactivated" : "training.occupation.deactivated",
				"TrainingOccupation", code, before, new State(before.code(), before.name(), before.kind(), active)));
	}

	/** An occupation as the audit trail keeps it. */
	record State(String code, String name, OccupationKind kind, boolean active) {
	}

}
