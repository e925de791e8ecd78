package org.chengxiang.residence.schools;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.chengxiang.platform.domain.RuleBroken;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A school or kindergarten: where it stands (a community or village, whose town it counts under), the grid cells it
 * serves first (学区) and the places it offers per grade and year.
 */
@Table(schema = "residence", name = "school")
final class School extends AbstractAggregateRoot<School> {

	@Id
	private Long id;

	private String name;

	private SchoolKind kind;

	private String divisionCode;

	@Version
	private Integer version;

	@MappedCollection(idColumn = "school")
	private Set<Catchment> catchment = new HashSet<>();

	@MappedCollection(idColumn = "school")
	private Set<Places> places = new HashSet<>();

	private School() {
	}

	static School open(String name, SchoolKind kind, String divisionCode, Set<Long> gridCells) {
		School school = new School();
		school.describe(name, kind, divisionCode, gridCells);
		return school;
	}

	/** Name, kind, place and catchment changed together, as the clerk's form sends them. */
	void describe(String name, SchoolKind kind, String divisionCode, Set<Long> gridCells) {
		if (gridCells.isEmpty()) {
			throw RuleBroken.at("gridCells", "residence.schools.school.catchmentRequired");
		}
		this.name = name;
		this.kind = kind;
		this.divisionCode = divisionCode;
		this.catchment = new HashSet<>(gridCells.stream().map(Catchment::new).toList());
	}

	/** The places of a grade in a year set (0 offers none); a grade the kind does not teach is refused. */
	void offer(int year, Grade grade, int count) {
		if (!grade.taughtBy(kind)) {
			throw RuleBroken.at("grade", "residence.schools.places.gradeNotTaught");
		}
		places.removeIf(p -> p.year() == year && p.grade().equals(grade.code()));
		places.add(new Places(year, grade.code(), count));
	}

	Long id() {
		return id;
	}

	String name() {
		return name;
	}

	SchoolKind kind() {
		return kind;
	}

	String divisionCode() {
		return divisionCode;
	}

	Integer version() {
		return version;
	}

	Set<Long> gridCells() {
		Set<Long> cells = new HashSet<>();
		catchment.forEach(c -> cells.add(c.gridCellId()));
		return cells;
	}

	boolean serves(long gridCellId) {
		return catchment.stream().anyMatch(c -> c.gridCellId() == gridCellId);
	}

	/** The places of a year, by grade order of code. */
	List<Places> places(int year) {
		return places.stream().filter(p -> p.year() == year).sorted(Comparator.comparing(Places::grade)).toList();
	}

	Optional<Integer> places(int year, String grade) {
		return places.stream()
			.filter(p -> p.year() == year && p.grade().equals(grade))
			.map(Places::places)
			.findFirst();
	}

	/** A grid cell the school serves first. */
	@Table(schema = "residence", name = "school_catchment")
	record Catchment(@Column("grid_cell_id") long gridCellId) {
	}

	/** Places in a grade in a year. */
	@Table(schema = "residence", name = "school_places")
	record Places(int year, String grade, int places) {
	}

}
