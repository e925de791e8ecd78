package org.chengxiang.cityops.sensors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.chengxiang.cityops.AlarmSeverity;
import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StaleVersion;
import org.chengxiang.platform.domain.NoSuchRecord;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Threshold rules per device type: data the operations centre keeps, not code.
 */
@Service
@Transactional
class Rules {

	private static final String COLUMNS = "id, type_code, comparison, threshold, duration_minutes, severity, active, version";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	Rules(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** A rule as entered. */
	record SaveRule(@NotBlank(message = "{cityops.sensor.problem.typeRequired}") String typeCode,
			@NotNull(message = "{cityops.rule.problem.comparisonRequired}") Rule.Comparison comparison,
			@NotNull(message = "{cityops.rule.problem.thresholdRequired}") Double threshold,
			@NotNull(message = "{cityops.rule.problem.durationRequired}") @Min(value = 0,
					message = "{cityops.rule.problem.durationRange}") @Max(value = 1440,
							message = "{cityops.rule.problem.durationRange}") Integer durationMinutes,
			@NotNull(message = "{cityops.rule.problem.severityRequired}") AlarmSeverity severity, Boolean active,
			Integer version) {

		/** Active unless said otherwise. */
		boolean isActive() {
			return !Boolean.FALSE.equals(active);
		}

	}

	@Transactional(readOnly = true)
	List<Rule> all() {
		return jdbc.sql("""
				select r.%s from cityops.rule r join cityops.device_type t on t.code = r.type_code
				order by t.position, r.comparison, r.threshold
				""".formatted(COLUMNS.replace(", ", ", r."))).query(Rules::map).list();
	}

	@Transactional(readOnly = true)
	Rule get(long id) {
		return jdbc.sql("select " + COLUMNS + " from cityops.rule where id = :id")
			.param("id", id)
			.query(Rules::map)
			.optional()
			.orElseThrow(() -> new NoSuchRecord("rule " + id));
	}

	Rule create(SaveRule command) {
		check(command);
		try {
			long id = jdbc.sql("""
					insert into cityops.rule (type_code, comparison, threshold, duration_minutes, severity, active)
					values (:type, :comparison, :threshold, :duration, :severity, :active) returning id
					""")
				.param("type", command.typeCode())
				.param("comparison", command.comparison().name())
				.param("threshold", command.threshold())
				.param("duration", command.durationMinutes())
				.param("severity", command.severity().name())
				.param("active", command.isActive())
				.query(Long.class)
				.single();
			Rule rule = get(id);
			audit.record(AuditEvent.of("rule.created", "rule", id, null, rule));
			return rule;
		}
		catch (DuplicateKeyException ex) {
			throw duplicate();
		}
	}

	Rule update(long id, SaveRule command) {
		check(command);
		Rule before = get(id);
		if (!before.typeCode().equals(command.typeCode())) {
			throw RuleBroken.at("typeCode", "cityops.rule.problem.typeFixed");
		}
		try {
			int updated = jdbc.sql("""
					update cityops.rule set comparison = :comparison, threshold = :threshold, duration_minutes = :duration,
					    severity = :severity, active = :active, version = version + 1
					where id = :id and version = :version
					""")
				.param("comparison", command.comparison().name())
				.param("threshold", command.threshold())
				.param("duration", command.durationMinutes())
				.param("severity", command.severity().name())
				.param("active", command.isActive())
				.param("id", id)
				.param("version", command.version() == null ? before.version() : command.version())
				.update();
			if (updated == 0) {
				throw new StaleVersion();
			}
		}
		catch (DuplicateKeyException ex) {
			throw duplicate();
		}
		// a changed rule starts its conditions afresh: what held under the old threshold says nothing now
		jdbc.sql("delete from cityops.rule_state where rule_id = :id").param("id", id).update();
		Rule after = get(id);
		audit.record(AuditEvent.of("rule.changed", "rule", id, before, after));
		return after;
	}

	private void check(SaveRule command) {
		boolean known = jdbc.sql("select count(*) from cityops.device_type where code = :code")
			.param("code", command.typeCode())
			.query(Integer.class)
			.single() == 1;
		if (!known) {
			throw RuleBroken.at("typeCode", "cityops.sensor.problem.typeUnknown");
		}
		if (!Double.isFinite(command.threshold())) {
			throw RuleBroken.at("threshold", "cityops.rule.problem.thresholdFinite");
		}
	}

	private static RuleBroken duplicate() {
		return RuleBroken.at("severity", "cityops.rule.problem.duplicate");
	}

	/** The active rules by device type, for the evaluation of one batch. */
	static Map<String, List<Rule>> activeByType(JdbcClient jdbc) {
		Map<String, List<Rule>> byType = new HashMap<>();
		jdbc.sql("select " + COLUMNS + " from cityops.rule where active order by id")
			.query(Rules::map)
			.list()
			.forEach(rule -> byType.computeIfAbsent(rule.typeCode(), k -> new java.util.ArrayList<>()).add(rule));
		return byType;
	}

	static Rule map(ResultSet rs, int n) throws SQLException {
		return new Rule(rs.getLong("id"), rs.getString("type_code"), Rule.Comparison.valueOf(rs.getString("comparison")),
				rs.getDouble("threshold"), rs.getInt("duration_minutes"), AlarmSeverity.valueOf(rs.getString("severity")),
				rs.getBoolean("active"), rs.getInt("version"));
	}

}
