package org.chengxiang.residence.schools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chengxiang.directory.Directory;
import org.chengxiang.directory.PlaceChoices;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supply against demand in a year: places beside applications, offers, acceptances and the waiting list, per school
 * and per town (the town each school's community or village lies in), and the year's counts for the plan.
 */
@Service
@Transactional(readOnly = true)
class SupplyQueries {

	private final JdbcClient jdbc;

	private final Directory directory;

	SupplyQueries(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	Supply of(int year) {
		PlaceChoices places = directory.placeChoices();
		Map<String, String> townNames = new LinkedHashMap<>();
		places.towns().forEach(t -> townNames.put(t.code(), t.name()));
		List<Line> schools = new ArrayList<>();
		Map<String, long[]> towns = new LinkedHashMap<>();
		jdbc.sql("""
				select s.id, s.name, s.division_code,
					coalesce((select sum(p.places) from residence.school_places p where p.school = s.id and p.year = :year), 0) as places,
					count(a.id) filter (where a.status <> 'WITHDRAWN') as applied,
					count(a.id) filter (where a.status in ('OFFERED', 'ACCEPTED', 'DECLINED')) as offered,
					count(a.id) filter (where a.status = 'ACCEPTED') as accepted,
					count(a.id) filter (where a.status = 'WAITING') as waiting
				from residence.school s
				left join residence.school_application a on a.school = s.id and a.year = :year
				group by s.id order by s.name
				""").param("year", year).query((rs, n) -> {
					Line line = new Line(rs.getString("name"), rs.getLong("places"), rs.getLong("applied"),
							rs.getLong("offered"), rs.getLong("accepted"), rs.getLong("waiting"));
					schools.add(line);
					String town = places.townOf(rs.getString("division_code"));
					long[] sums = towns.computeIfAbsent(town == null ? "" : town, t -> new long[5]);
					sums[0] += line.places();
					sums[1] += line.applied();
					sums[2] += line.offered();
					sums[3] += line.accepted();
					sums[4] += line.waiting();
					return line;
				}).list();
		List<Line> byTown = new ArrayList<>();
		towns.forEach((code, s) -> byTown.add(new Line(townNames.getOrDefault(code, code), s[0], s[1], s[2], s[3], s[4])));
		return new Supply(year, schools, byTown);
	}

	/** The year's applications (not withdrawn) and places offered, for the plan's indicators. */
	long[] appliedAndOffered(int year) {
		return jdbc.sql("""
				select count(*) filter (where status <> 'WITHDRAWN'),
					count(*) filter (where status in ('OFFERED', 'ACCEPTED', 'DECLINED'))
				from residence.school_application where year = :year
				""").param("year", year).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
	}

	/** A year's supply and demand. */
	record Supply(int year, List<Line> schools, List<Line> towns) {
	}

	/**
	 * One school's or town's figures.
	 *
	 * @param offered places offered, whether accepted, declined or still to answer
	 */
	record Line(String name, long places, long applied, long offered, long accepted, long waiting) {
	}

}
