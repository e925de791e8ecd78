package org.chengxiang.residence.housing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.chengxiang.platform.domain.Text;
import org.chengxiang.platform.web.ReaderTexts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An applicant's own places on the waiting list: where they stand, their points and the reasons for them, and the
 * unit they were housed in. The query holds the applicant's user id, so nobody reads another's.
 */
@Service
@Transactional(readOnly = true)
class MyHousing {

	private final JdbcClient jdbc;

	private final HousingRules rules;

	MyHousing(JdbcClient jdbc, HousingRules rules) {
		this.jdbc = jdbc;
		this.rules = rules;
	}

	List<MyEntry> of(long userId) {
		HousingRule rule = rules.current();
		return jdbc.sql("""
				with ranked as (
					select id, %s as place from residence.housing_waiting where status = 'WAITING')
				select w.id, w.application_number, w.status, w.points, w.listed_on, w.household_size,
					w.household_income, w.housing_area, w.housed_on, r.place,
					(select count(*) from residence.housing_waiting where status = 'WAITING') as waiting,
					u.estate, u.unit_number, u.area
				from residence.housing_waiting w
				left join ranked r on r.id = w.id
				left join residence.housing_unit u on u.id = w.unit_id
				where w.applicant_user_id = :user
				order by w.id desc
				""".formatted(HousingQueries.RANK))
			.param("user", userId)
			.query((rs, n) -> {
				Household household = new Household(rs.getInt("household_size"), rs.getInt("household_income"),
						rs.getBigDecimal("housing_area"));
				List<String> reasons = HousingPoints.score(household, rule)
					.parts()
					.stream()
					.map(part -> ReaderTexts.of(Text.of(part.key(), part.messageArguments())))
					.toList();
				return new MyEntry(rs.getLong("id"), rs.getString("application_number"),
						WaitingStatus.valueOf(rs.getString("status")), rs.getInt("points"),
						rs.getObject("listed_on", LocalDate.class), rs.getObject("place") == null ? null : rs.getInt("place"),
						rs.getInt("waiting"), reasons, rs.getString("estate"), rs.getString("unit_number"),
						rs.getBigDecimal("area"), rs.getObject("housed_on", LocalDate.class));
			})
			.list();
	}

	/**
	 * One of the applicant's places on the list.
	 *
	 * @param id the entry
	 * @param applicationNumber the application it came from
	 * @param status waiting or housed
	 * @param points the points
	 * @param listedOn the day listed
	 * @param place the place on the list while waiting, 1 at the top; {@code null} once housed
	 * @param waiting how many households are waiting
	 * @param reasons where the points come from, under the rules in force, in the reader's language
	 * @param estate the estate housed in, {@code null} while waiting
	 * @param unitNumber the unit housed in
	 * @param area its area
	 * @param housedOn the day housed
	 */
	record MyEntry(long id, String applicationNumber, WaitingStatus status, int points, LocalDate listedOn,
			Integer place, int waiting, List<String> reasons, String estate, String unitNumber, BigDecimal area,
			LocalDate housedOn) {
	}

}
