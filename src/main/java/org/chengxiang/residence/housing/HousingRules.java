package org.chengxiang.residence.housing;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.StaleVersion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of public rental housing in force, and the housing bureau's changes to them. A change re-scores every
 * household still waiting, so that the list is always ranked by the rules in force.
 */
@Service
@Transactional(readOnly = true)
class HousingRules {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final WaitingList waitingList;

	HousingRules(JdbcClient jdbc, AuditTrail audit, WaitingList waitingList) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.waitingList = waitingList;
	}

	HousingRule current() {
		return jdbc.sql("select * from residence.housing_rules where id = 1").query(HousingRules::rule).single();
	}

	/**
	 * Changes the rules, recording them before and after in the audit trail, and re-scores the waiting list.
	 * @throws StaleVersion when someone changed them since the given version
	 */
	@Transactional
	HousingRule change(ChangeHousingRule change) {
		HousingRule before = current();
		int updated = jdbc.sql("""
				update residence.housing_rules
				set max_income_per_head = :income, max_area_per_head = :area, points_per_member = :member,
					max_members_counted = :members, points_without_housing = :without,
					points_per_income_step = :incomePoints, income_step = :incomeStep,
					points_per_area_step = :areaPoints, area_step = :areaStep, version = version + 1
				where id = 1 and version = :version
				""")
			.param("income", change.maxIncomePerHead())
			.param("area", change.maxAreaPerHead())
			.param("member", change.pointsPerMember())
			.param("members", change.maxMembersCounted())
			.param("without", change.pointsWithoutHousing())
			.param("incomePoints", change.pointsPerIncomeStep())
			.param("incomeStep", change.incomeStep())
			.param("areaPoints", change.pointsPerAreaStep())
			.param("areaStep", change.areaStep())
			.param("version", change.version())
			.update();
		if (updated == 0) {
			throw new StaleVersion();
		}
		HousingRule after = current();
		for (WaitingListEntry entry : waitingList.findWaiting()) {
			if (entry.rescore(HousingPoints.score(entry.household(), after).total())) {
				waitingList.save(entry);
			}
		}
		audit.record(AuditEvent.of("residence.housing.rules.changed", "HousingRules", "1", before, after));
		return after;
	}

	private static HousingRule rule(ResultSet rs, int row) throws SQLException {
		return new HousingRule(rs.getInt("max_income_per_head"), rs.getBigDecimal("max_area_per_head"),
				rs.getInt("points_per_member"), rs.getInt("max_members_counted"), rs.getInt("points_without_housing"),
				rs.getInt("points_per_income_step"), rs.getInt("income_step"), rs.getInt("points_per_area_step"),
				rs.getBigDecimal("area_step"), rs.getInt("version"));
	}

}
