package org.chengxiang.residence.pension;

import java.util.List;
import java.util.Optional;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StaleVersion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contribution base bands, one a year, and the bureau's changes to them.
 */
@Service
@Transactional(readOnly = true)
class PensionBands {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	PensionBands(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	List<PensionBand> all() {
		return jdbc.sql("select * from residence.pension_band order by year desc")
			.query((rs, n) -> new PensionBand(rs.getInt("year"), rs.getInt("lower_base"), rs.getInt("upper_base"),
					rs.getInt("version")))
			.list();
	}

	Optional<PensionBand> of(int year) {
		return jdbc.sql("select * from residence.pension_band where year = :year")
			.param("year", year)
			.query((rs, n) -> new PensionBand(rs.getInt("year"), rs.getInt("lower_base"), rs.getInt("upper_base"),
					rs.getInt("version")))
			.optional();
	}

	/**
	 * Publishes a year's band, or changes it from the version given, recording it in the audit trail.
	 * @throws RuleBroken when the upper base is below the lower
	 * @throws StaleVersion when the year's band changed since the given version, or was published meanwhile
	 */
	@Transactional
	PensionBand publish(int year, PublishBand band) {
		if (year < 2000 || year > 2100) {
			throw RuleBroken.at("year", "residence.pension.band.year");
		}
		if (band.upperBase() < band.lowerBase()) {
			throw RuleBroken.at("upperBase", "residence.pension.band.upperBelowLower");
		}
		Optional<PensionBand> before = of(year);
		int written;
		if (before.isEmpty()) {
			written = jdbc.sql("""
					insert into residence.pension_band (year, lower_base, upper_base) values (:year, :lower, :upper)
					on conflict (year) do nothing
					""")
				.param("year", year).param("lower", band.lowerBase()).param("upper", band.upperBase()).update();
		}
		else {
			written = band.version() == null ? 0 : jdbc.sql("""
					update residence.pension_band set lower_base = :lower, upper_base = :upper, version = version + 1
					where year = :year and version = :version
					""")
				.param("year", year).param("lower", band.lowerBase()).param("upper", band.upperBase())
				.param("version", band.version()).update();
		}
		if (written == 0) {
			throw new StaleVersion();
		}
		PensionBand after = of(year).orElseThrow();
		audit.record(AuditEvent.of("residence.pension.band.published", "PensionBand", year, before.orElse(null),
				after));
		return after;
	}

}
