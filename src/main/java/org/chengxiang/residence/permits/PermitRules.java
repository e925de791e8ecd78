package org.chengxiang.residence.permits;

import java.sql.Array;
import java.util.Arrays;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.StaleVersion;
import org.chengxiang.residence.RegistrationBasis;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The permit rules in force, and the police department's changes to them (audited). */
@Service
@Transactional(readOnly = true)
class PermitRules {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	PermitRules(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	PermitRule current() {
		return jdbc.sql("select min_residence_months, accepted_bases, max_child_age, version from residence.permit_rules")
			.query((rs, n) -> {
				Array bases = rs.getArray("accepted_bases");
				return new PermitRule(rs.getInt("min_residence_months"),
						Arrays.stream((String[]) bases.getArray()).map(RegistrationBasis::valueOf).toList(),
						rs.getInt("max_child_age"), rs.getInt("version"));
			})
			.single();
	}

	/**
	 * Changes the rules, recording them before and after in the audit trail.
	 * @throws StaleVersion when someone changed them since the given version
	 */
	@Transactional
	PermitRule change(ChangePermitRule change) {
		PermitRule before = current();
		int updated = jdbc.sql("""
				update residence.permit_rules set min_residence_months = :months, accepted_bases = :bases,
					version = version + 1
				where version = :version
				""")
			.param("months", change.minResidenceMonths())
			.param("bases", change.acceptedBases().stream().distinct().sorted().map(Enum::name).toArray(String[]::new))
			.param("version", change.version())
			.update();
		if (updated == 0) {
			throw new StaleVersion();
		}
		PermitRule after = current();
		audit.record(AuditEvent.of("residence.permit.rules-changed", "ResidencePermitRules", "1", before, after));
		return after;
	}

}
