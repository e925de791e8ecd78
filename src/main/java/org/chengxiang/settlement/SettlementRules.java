package org.chengxiang.settlement;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.domain.StaleVersion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The settlement rules of every category, and the police department's changes to them.
 */
@Service
@Transactional(readOnly = true)
class SettlementRules {

	private static final String COLUMNS = """
			category, name, required_evidence, min_residence_months, min_social_insurance_months, active, version""";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	SettlementRules(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	List<SettlementRule> all() {
		return jdbc.sql("select " + COLUMNS + " from settlement.policy")
			.query(SettlementRules::rule)
			.list()
			.stream()
			.sorted((a, b) -> a.category().compareTo(b.category()))
			.toList();
	}

	Optional<SettlementRule> find(SettlementCategory category) {
		return jdbc.sql("select " + COLUMNS + " from settlement.policy where category = :category")
			.param("category", category.name())
			.query(SettlementRules::rule)
			.optional();
	}

	/**
	 * Changes a category's rule, recording the rule before and after in the audit trail.
	 * @throws StaleVersion when someone changed it since the given version
	 */
	@Transactional
	SettlementRule change(SettlementCategory category, ChangeRule change) {
		SettlementRule before = find(category)
			.orElseThrow(() -> new NoSuchRecord("settlement policy " + category));
		int updated = jdbc.sql("""
				update settlement.policy
				set name = :name, required_evidence = :evidence, min_residence_months = :residence,
					min_social_insurance_months = :insurance, active = :active, version = version + 1
				where category = :category and version = :version
				""")
			.param("name", change.name().strip())
			.param("evidence", change.requiredEvidence().stream().map(String::strip).toArray(String[]::new))
			.param("residence", change.minResidenceMonths())
			.param("insurance", change.minSocialInsuranceMonths())
			.param("active", change.active())
			.param("category", category.name())
			.param("version", change.version())
			.update();
		if (updated == 0) {
			throw new StaleVersion();
		}
		SettlementRule after = find(category).orElseThrow();
		audit.record(AuditEvent.of("settlement.policy.changed", "SettlementPolicy", category.name(), before, after));
		return after;
	}

	private static SettlementRule rule(ResultSet rs, int row) throws SQLException {
		Array evidence = rs.getArray("required_evidence");
		return new SettlementRule(SettlementCategory.valueOf(rs.getString("category")), rs.getString("name"),
				Arrays.asList((String[]) evidence.getArray()), rs.getInt("min_residence_months"),
				rs.getInt("min_social_insurance_months"), rs.getBoolean("active"), rs.getInt("version"));
	}

}
