package org.chengxiang.residence.schools;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chengxiang.platform.crypto.PersonKey;
import org.chengxiang.residence.ResidencePermits;
import org.chengxiang.residence.schools.Allocation.Candidate;
import org.chengxiang.residence.schools.Allocation.Outcome;
import org.chengxiang.residence.schools.Allocation.Slot;
import org.chengxiang.settlement.LocalHukou;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The draw of a round: reads the round's applications, asks once for all guardians whether they held a valid permit
 * or local hukou on the reference date, allocates by {@link Allocation} and writes every outcome in one statement.
 * The round itself is marked drawn by the caller, in the same transaction.
 */
@Component
class RoundDraw {

	private final JdbcClient jdbc;

	private final ResidencePermits permits;

	private final LocalHukou hukou;

	RoundDraw(JdbcClient jdbc, ResidencePermits permits, LocalHukou hukou) {
		this.jdbc = jdbc;
		this.permits = permits;
		this.hukou = hukou;
	}

	/** Draws the year's round with the seed; the places offered. */
	List<SchoolPlaceAllocated> draw(int year, LocalDate reference, String seed, Instant at) {
		List<Row> rows = jdbc.sql("""
				select id, application_id, guardian_user_id, guardian_key, school, grade, grid_cell_id, residence_since,
					sibling_declared
				from residence.school_application where year = :year and status = 'APPLIED'
				""")
			.param("year", year)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), PersonKey.of(rs.getBytes(4)),
					rs.getLong(5), rs.getString(6), rs.getLong(7), rs.getObject(8, LocalDate.class), rs.getBoolean(9)))
			.list();
		Set<PersonKey> guardians = new HashSet<>();
		rows.forEach(r -> guardians.add(r.guardian()));
		Set<PersonKey> eligible = new HashSet<>(hukou.holders(guardians));
		guardians.removeAll(eligible);
		eligible.addAll(permits.validOn(guardians, reference));

		Set<Slot> catchment = new HashSet<>(jdbc.sql("select school, grid_cell_id from residence.school_catchment")
			.query((rs, n) -> new Slot(rs.getLong(1), String.valueOf(rs.getLong(2))))
			.list());
		Set<String> siblings = new HashSet<>(jdbc.sql("""
				select distinct encode(guardian_key, 'hex') || ':' || school from residence.school_application
				where year < :year and status = 'ACCEPTED'
				""").param("year", year).query(String.class).list());
		Map<Slot, Integer> places = new HashMap<>();
		jdbc.sql("select school, grade, places from residence.school_places where year = :year")
			.param("year", year)
			.query((rs, n) -> places.put(new Slot(rs.getLong(1), rs.getString(2)), rs.getInt(3)))
			.list();

		List<Candidate> candidates = new ArrayList<>(rows.size());
		Map<Long, Boolean> inCatchment = new HashMap<>();
		Map<Long, Boolean> withSibling = new HashMap<>();
		Map<Long, Long> lotteries = new HashMap<>();
		for (Row r : rows) {
			boolean home = catchment.contains(new Slot(r.school(), String.valueOf(r.gridCell())));
			boolean sibling = r.siblingDeclared() || siblings.contains(r.guardian().hex() + ":" + r.school());
			long lottery = Allocation.lottery(seed, r.id());
			inCatchment.put(r.id(), home);
			withSibling.put(r.id(), sibling);
			lotteries.put(r.id(), lottery);
			candidates.add(new Candidate(r.id(), r.school(), r.grade(), eligible.contains(r.guardian()), home,
					Allocation.months(r.residenceSince(), reference), sibling, lottery));
		}
		List<Outcome> outcomes = Allocation.allocate(candidates, slot -> places.getOrDefault(slot, 0));
		write(outcomes, inCatchment, withSibling, lotteries, at);

		Map<Long, Row> byId = new HashMap<>();
		rows.forEach(r -> byId.put(r.id(), r));
		return outcomes.stream()
			.filter(o -> o.status() == PlaceStatus.OFFERED)
			.map(o -> byId.get(o.id()))
			.map(r -> new SchoolPlaceAllocated(year, r.school(), r.grade(), r.applicationId(), r.guardianUserId(), at))
			.toList();
	}

	private void write(List<Outcome> outcomes, Map<Long, Boolean> catchment, Map<Long, Boolean> sibling,
			Map<Long, Long> lottery, Instant at) {
		int n = outcomes.size();
		Long[] ids = new Long[n];
		String[] statuses = new String[n];
		Integer[] ranks = new Integer[n];
		Boolean[] homes = new Boolean[n];
		Boolean[] siblings = new Boolean[n];
		Long[] lotteries = new Long[n];
		for (int i = 0; i < n; i++) {
			Outcome o = outcomes.get(i);
			ids[i] = o.id();
			statuses[i] = o.status().name();
			ranks[i] = o.rank();
			homes[i] = catchment.get(o.id());
			siblings[i] = sibling.get(o.id());
			lotteries[i] = lottery.get(o.id());
		}
		jdbc.sql("""
				update residence.school_application a
				set status = d.status, priority_rank = d.priority_rank, catchment = d.catchment, sibling = d.sibling,
					lottery = d.lottery, offered_at = case when d.status = 'OFFERED' then :at end,
					version = a.version + 1
				from unnest(cast(:ids as bigint[]), cast(:statuses as varchar[]), cast(:ranks as integer[]),
					cast(:homes as boolean[]), cast(:siblings as boolean[]), cast(:lotteries as bigint[]))
					as d(id, status, priority_rank, catchment, sibling, lottery)
				where a.id = d.id and a.status = 'APPLIED'
				""")
			.param("ids", ids)
			.param("statuses", statuses)
			.param("ranks", ranks)
			.param("homes", homes)
			.param("siblings", siblings)
			.param("lotteries", lotteries)
			.param("at", java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
			.update();
	}

	private record Row(long id, long applicationId, long guardianUserId, PersonKey guardian, long school, String grade,
			long gridCell, LocalDate residenceSince, boolean siblingDeclared) {
	}

}
