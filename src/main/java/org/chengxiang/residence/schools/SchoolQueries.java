package org.chengxiang.residence.schools;

import java.util.List;

import org.chengxiang.directory.Directory;
import org.chengxiang.directory.PlaceChoices;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The schools as the education bureau's pages list them, with the town each counts under. */
@Service
@Transactional(readOnly = true)
class SchoolQueries {

	private final Schools schools;

	private final Directory directory;

	private final JdbcClient jdbc;

	SchoolQueries(Schools schools, Directory directory, JdbcClient jdbc) {
		this.schools = schools;
		this.directory = directory;
		this.jdbc = jdbc;
	}

	/** Every school with its places in the year. */
	List<SchoolRow> list(int year) {
		PlaceChoices places = directory.placeChoices();
		return schools.findAllByName().stream().map(s -> row(s, year, places)).toList();
	}

	SchoolRow row(School school, int year, PlaceChoices places) {
		String town = places.townOf(school.divisionCode());
		String townName = places.towns().stream().filter(t -> t.code().equals(town)).map(PlaceChoices.Town::name)
			.findFirst().orElse("");
		return new SchoolRow(school.id(), school.name(), school.kind(), school.divisionCode(),
				directory.placeLabel(school.divisionCode()), town, townName, school.gridCells().size(),
				school.places(year), school.version());
	}

	/** The years that have places or a round, newest first, and the given one. */
	List<Integer> years(int current) {
		return jdbc.sql("""
				select year from residence.school_places union select year from residence.school_round
				union select :current order by 1 desc
				""").param("current", current).query(Integer.class).list();
	}

	/**
	 * A school as listed.
	 *
	 * @param place the community or village it stands in, by name
	 * @param townCode the town it counts under, {@code null} when the place is unknown
	 * @param cells how many grid cells it serves first
	 */
	record SchoolRow(long id, String name, SchoolKind kind, String divisionCode, String place, String townCode,
			String town, int cells, List<School.Places> places, int version) {

		public int placesOf(String grade) {
			return places.stream().filter(p -> p.grade().equals(grade)).mapToInt(School.Places::places).sum();
		}

	}

}
