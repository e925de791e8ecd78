package org.chengxiang.residence.housing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The waiting list in its order and the housing stock, as the housing bureau reads them.
 */
@Service
@Transactional(readOnly = true)
class HousingQueries {

	/** The ranking, as one SQL ordering: the same as {@link WaitingList#findTop()}. */
	static final String RANK = "row_number() over (order by points desc, listed_on, id)";

	private final JdbcClient jdbc;

	HousingQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The households waiting, in their order. */
	List<WaitingRow> waiting() {
		return jdbc.sql("select id, application_id, application_number, household_size, points, listed_on, " + RANK + " as place "
				+ "from residence.housing_waiting where status = 'WAITING' order by place")
			.query((rs, n) -> new WaitingRow(rs.getLong("id"), rs.getString("application_number"),
					rs.getInt("household_size"), rs.getInt("points"), rs.getObject("listed_on", LocalDate.class),
					rs.getInt("place"), rs.getLong("application_id") > 0))
			.list();
	}

	/** The stock, by estate and unit, with the application of each unit's tenant. */
	List<UnitRow> units() {
		return jdbc.sql("""
				select u.id, u.estate, u.unit_number, u.area, u.status, u.version, w.application_number
				from residence.housing_unit u left join residence.housing_waiting w on w.id = u.tenant_id
				order by u.estate, u.unit_number
				""")
			.query((rs, n) -> new UnitRow(rs.getLong("id"), rs.getString("estate"), rs.getString("unit_number"),
					rs.getBigDecimal("area"), UnitStatus.valueOf(rs.getString("status")), rs.getInt("version"),
					rs.getString("application_number")))
			.list();
	}

	/**
	 * A household waiting.
	 *
	 * @param id the entry
	 * @param applicationNumber the application it came from
	 * @param householdSize its members
	 * @param points its points
	 * @param listedOn the day it joined the list
	 * @param place its place, 1 at the top
	 * @param online whether it came through the one-stop core (entries listed before the platform did not)
	 */
	record WaitingRow(long id, String applicationNumber, int householdSize, int points, LocalDate listedOn,
			int place, boolean online) {
	}

	/**
	 * A unit of the stock.
	 *
	 * @param id the unit
	 * @param estate its estate
	 * @param unitNumber its number
	 * @param area its area, square metres
	 * @param status free or let
	 * @param version the version a step on it names
	 * @param tenantApplication the application of the household it is let to, {@code null} while free
	 */
	record UnitRow(long id, String estate, String unitNumber, BigDecimal area, UnitStatus status, int version,
			String tenantApplication) {
	}

}
