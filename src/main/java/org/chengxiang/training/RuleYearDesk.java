package org.chengxiang.training;

import java.time.Clock;
import java.util.Objects;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.StaleVersion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bureau's claim rules per year, set or changed on the catalogue page; every change audited. */
@Service
@Transactional
class RuleYearDesk {

	private final RuleYears rules;

	private final AuditTrail audit;

	private final Clock clock;

	RuleYearDesk(RuleYears rules, AuditTrail audit, Clock clock) {
		this.rules = rules;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Sets the year's rules. The version is the one the bureau saw, {@code null} when the year had none: anything
	 * else someone changed in between is refused as stale.
	 */
	RuleYear change(int year, RulesForm form, String by) {
		StandardDesk.checkYear(year);
		RuleYear current = rules.findById(year).orElse(null);
		if (!Objects.equals(current == null ? null : current.version(), form.version())) {
			throw new StaleVersion();
		}
		State before = current == null ? null : State.of(current);
		RuleYear changed = current;
		if (changed == null) {
			changed = RuleYear.set(year, form.yearlyCap(), form.attendancePercent(), by, clock.instant());
		}
		else {
			changed.change(form.yearlyCap(), form.attendancePercent(), by, clock.instant());
		}
		RuleYear saved = rules.save(changed);
		audit.record(AuditEvent.of("training.rules.changed", "TrainingRules", year, before, State.of(saved)));
		return saved;
	}

	/** The rules as the audit trail keeps them. */
	record State(int yearlyCap, java.math.BigDecimal attendanceShare) {

		static State of(RuleYear rules) {
			return new State(rules.yearlyCap(), rules.attendanceShare());
		}

	}

}
