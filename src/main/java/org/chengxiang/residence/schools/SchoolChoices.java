package org.chengxiang.residence.schools;

import java.util.List;

import org.chengxiang.directory.Directory;
import org.chengxiang.directory.GridCellSummary;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the guardian's application form offers to choose: the open round's year, the grades, the schools and the
 * grid cells. The one-stop core's form page renders the item's form fragment, which asks this bean by name.
 */
@Component("schoolChoices")
@Transactional(readOnly = true)
class SchoolChoices {

	private final AllocationRounds rounds;

	private final Schools schools;

	private final Grades grades;

	private final Directory directory;

	SchoolChoices(AllocationRounds rounds, Schools schools, Grades grades, Directory directory) {
		this.rounds = rounds;
		this.schools = schools;
		this.grades = grades;
		this.directory = directory;
	}

	/** The years whose round takes applications, newest first. */
	public List<Integer> openYears() {
		return rounds.findAllNewestFirst().stream().filter(AllocationRound::takesApplications)
			.map(AllocationRound::year).toList();
	}

	public List<Grade> grades() {
		return grades.all();
	}

	public List<Choice> schools() {
		return schools.findAllByName().stream().map(s -> new Choice(s.id(), s.name(), s.kind())).toList();
	}

	public List<GridCellSummary> gridCells() {
		return directory.gridCells();
	}

	/** A school to choose. */
	public record Choice(long id, String name, SchoolKind kind) {
	}

}
