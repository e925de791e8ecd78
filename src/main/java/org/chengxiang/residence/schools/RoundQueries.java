package org.chengxiang.residence.schools;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.chengxiang.platform.crypto.Masking;
import org.chengxiang.platform.crypto.PersonalDataProtector;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rounds and their results as pages show them: each round with its counts, a school's results with the priority
 * facts of each child (names masked), and a guardian's own children's applications, found by the guardian's id.
 */
@Service
@Transactional(readOnly = true)
class RoundQueries {

	private final JdbcClient jdbc;

	private final PersonalDataProtector protector;

	RoundQueries(JdbcClient jdbc, PersonalDataProtector protector) {
		this.jdbc = jdbc;
		this.protector = protector;
	}

	List<RoundRow> rounds() {
		return jdbc.sql("""
				select r.year, r.reference_date, r.cutoff_date, r.status, r.seed, r.seed_published_at, r.drawn_at, r.version,
					count(a.id) filter (where a.status <> 'WITHDRAWN') as applied,
					count(a.id) filter (where a.status in ('OFFERED', 'ACCEPTED', 'DECLINED')) as offered,
					count(a.id) filter (where a.status = 'ACCEPTED') as accepted,
					count(a.id) filter (where a.status = 'WAITING') as waiting,
					count(a.id) filter (where a.status = 'INELIGIBLE') as ineligible
				from residence.school_round r
				left join residence.school_application a on a.year = r.year
				group by r.id order by r.year desc
				""")
			.query((rs, n) -> new RoundRow(rs.getInt("year"), rs.getObject("reference_date", LocalDate.class),
					rs.getObject("cutoff_date", LocalDate.class), RoundStatus.valueOf(rs.getString("status")),
					rs.getString("seed"), instant(rs.getObject("seed_published_at", OffsetDateTime.class)),
					instant(rs.getObject("drawn_at", OffsetDateTime.class)), rs.getInt("version"), rs.getLong("applied"),
					rs.getLong("offered"), rs.getLong("accepted"), rs.getLong("waiting"), rs.getLong("ineligible")))
			.list();
	}

	/** A school's results in a year, by grade and priority; those without a rank last. */
	List<ResultRow> results(int year, long school) {
		return jdbc.sql("""
				select id, application_number, child_name_enc, grade, status, catchment, sibling, lottery, priority_rank
				from residence.school_application
				where year = :year and school = :school and status <> 'WITHDRAWN'
				order by grade, priority_rank nulls last, id
				""")
			.param("year", year)
			.param("school", school)
			.query((rs, n) -> new ResultRow(rs.getLong("id"), rs.getString("application_number"),
					Masking.name(protector.decrypt(rs.getBytes("child_name_enc"))), rs.getString("grade"),
					PlaceStatus.valueOf(rs.getString("status")), (Boolean) rs.getObject("catchment"),
					(Boolean) rs.getObject("sibling"), (Long) rs.getObject("lottery"),
					(Integer) rs.getObject("priority_rank")))
			.list();
	}

	/** A page of a school's results in a year, by id descending, before the given id. */
	List<ResultRow> resultsPage(int year, long school, Long beforeId, int limit) {
		return jdbc.sql("""
				select id, application_number, child_name_enc, grade, status, catchment, sibling, lottery, priority_rank
				from residence.school_application
				where year = :year and school = :school and status <> 'WITHDRAWN'
					and (cast(:before as bigint) is null or id < :before)
				order by id desc limit :limit
				""")
			.param("year", year)
			.param("school", school)
			.param("before", beforeId)
			.param("limit", limit)
			.query((rs, n) -> new ResultRow(rs.getLong("id"), rs.getString("application_number"),
					Masking.name(protector.decrypt(rs.getBytes("child_name_enc"))), rs.getString("grade"),
					PlaceStatus.valueOf(rs.getString("status")), (Boolean) rs.getObject("catchment"),
					(Boolean) rs.getObject("sibling"), (Long) rs.getObject("lottery"),
					(Integer) rs.getObject("priority_rank")))
			.list();
	}

	/** The guardian's children's applications, newest first. */
	List<OfferRow> ofGuardian(long guardianUserId) {
		return jdbc.sql("""
				select a.id, a.application_number, a.child_name_enc, a.year, a.grade, a.status, a.priority_rank,
					a.version, s.name as school_name,
					(select count(*) from residence.school_application w where w.year = a.year and w.school = a.school
						and w.grade = a.grade and w.status = 'WAITING' and w.priority_rank <= a.priority_rank) as position
				from residence.school_application a join residence.school s on s.id = a.school
				where a.guardian_user_id = :guardian
				order by a.year desc, a.id desc
				""")
			.param("guardian", guardianUserId)
			.query((rs, n) -> new OfferRow(rs.getLong("id"), rs.getString("application_number"),
					protector.decrypt(rs.getBytes("child_name_enc")), rs.getInt("year"), rs.getString("grade"),
					rs.getString("school_name"), PlaceStatus.valueOf(rs.getString("status")),
					rs.getLong("position"), rs.getInt("version")))
			.list();
	}

	private static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

	/** A round with its counts. */
	record RoundRow(int year, LocalDate referenceDate, LocalDate cutoffDate, RoundStatus status, String seed,
			Instant seedPublishedAt, Instant drawnAt, int version, long applied, long offered, long accepted,
			long waiting, long ineligible) {
	}

	/** A child's result at a school, the name masked. */
	record ResultRow(long id, String number, String child, String grade, PlaceStatus status, Boolean catchment,
			Boolean sibling, Long lottery, Integer rank) {
	}

	/**
	 * A guardian's child's application.
	 *
	 * @param waitingPosition the place on the waiting list, when waiting
	 */
	record OfferRow(long id, String number, String child, int year, String grade, String school, PlaceStatus status,
			long waitingPosition, int version) {
	}

}
