package org.chengxiang.residence.schools;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chengxiang.directory.Directory;
import org.chengxiang.directory.GridCellSummary;
import org.chengxiang.platform.crypto.Masking;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.crypto.ResidentIdNumbers;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.RuleBroken.Problem;
import org.chengxiang.services.FormView;
import org.chengxiang.services.FormView.Row;
import org.chengxiang.services.FormView.Section;
import org.chengxiang.services.FormView.Value;
import org.chengxiang.services.ServiceItemHandler;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a guardian's application for a child's school place for the one-stop core, naming every problem at once:
 * the child's name and ID number, a grade the child's age fits on the round's cut-off date, a round of the year that
 * still takes applications, a school teaching the grade with places in that year, the home grid cell and the start
 * of registered residence. Eligibility (the guardian's permit or local hukou) is judged by the round on its
 * reference date, not here.
 */
@Component
class SchoolPlaceHandler implements ServiceItemHandler {

	/** The catalogue code of the school place item. */
	static final String ITEM_CODE = "SCHOOL_PLACE";

	private final JsonMapper json;

	private final Grades grades;

	private final Schools schools;

	private final AllocationRounds rounds;

	private final Directory directory;

	private final Clock clock;

	private final SchoolPlaceApplications applications;

	private final PersonalDataProtector protector;

	SchoolPlaceHandler(JsonMapper json, Grades grades, Schools schools, AllocationRounds rounds, Directory directory,
			Clock clock, SchoolPlaceApplications applications, PersonalDataProtector protector) {
		this.applications = applications;
		this.protector = protector;
		this.json = json;
		this.grades = grades;
		this.schools = schools;
		this.rounds = rounds;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	public String itemCode() {
		return ITEM_CODE;
	}

	@Override
	public List<Problem> validate(String formJson, Applicant applicant) {
		SchoolPlaceForm form;
		try {
			form = SchoolPlaceForm.read(json, formJson);
		}
		catch (RuleBroken ex) {
			return ex.problems();
		}
		List<Problem> problems = new ArrayList<>();
		if (form.childName() == null || form.childName().isBlank()) {
			problems.add(Problem.at("childName", "residence.schools.form.childName.required"));
		}
		else if (form.childName().strip().length() > 50) {
			problems.add(Problem.at("childName", "residence.schools.form.childName.tooLong"));
		}
		LocalDate birth = null;
		var refusal = ResidentIdNumbers.refusal(form.childIdNumber());
		if (refusal.isPresent()) {
			problems.add(new Problem("childIdNumber", refusal.get()));
		}
		else if (PersonalDataProtector.normalizeIdNumber(form.childIdNumber())
			.equals(PersonalDataProtector.normalizeIdNumber(applicant.idNumber()))) {
			problems.add(Problem.at("childIdNumber", "residence.schools.form.childIsGuardian"));
		}
		else {
			birth = ResidentIdNumbers.birthDate(form.childIdNumber());
		}
		Optional<AllocationRound> round = Optional.empty();
		if (form.year() == null) {
			problems.add(Problem.at("year", "residence.schools.form.year.required"));
		}

		else {
			round = rounds.findByYear(form.year());
			if (round.isEmpty()) {
				problems.add(Problem.at("year", "residence.schools.form.year.noRound", String.valueOf(form.year())));
			}
			else if (!round.get().takesApplications()) {
				problems.add(Problem.at("year", "residence.schools.form.year.closed", String.valueOf(form.year())));
			}
		}
		if (birth != null && form.year() != null && applications.childApplied(form.year(),
				protector.personKey(PersonalDataProtector.normalizeIdNumber(form.childIdNumber())).bytes())) {
			// the other guardian applied first: a child takes part in a round once
			problems.add(Problem.at("childIdNumber", "residence.schools.form.childApplied",
					String.valueOf(form.year())));
		}
		Optional<Grade> grade = form.grade() == null ? Optional.empty() : grades.find(form.grade());
		if (grade.isEmpty()) {
			problems.add(Problem.at("grade", "residence.schools.form.grade.required"));
		}
		else if (birth != null && round.isPresent() && !grade.get().fits(birth, round.get().cutoffDate())) {
			problems.add(Problem.at("grade", "residence.schools.form.grade.age", String.valueOf(grade.get().minAge()),
					String.valueOf(grade.get().maxAge()), round.get().cutoffDate().toString()));
		}
		Optional<School> school = form.schoolId() == null ? Optional.empty() : schools.findById(form.schoolId());
		if (school.isEmpty()) {
			problems.add(Problem.at("schoolId", "residence.schools.form.school.required"));
		}
		else if (grade.isPresent() && form.year() != null
				&& school.get().places(form.year(), grade.get().code()).orElse(0) == 0) {
			problems.add(Problem.at("schoolId", "residence.schools.form.school.noPlaces"));
		}
		if (form.gridCellId() == null || directory.gridCell(form.gridCellId()).isEmpty()) {
			problems.add(Problem.at("gridCellId", "residence.schools.form.gridCell.required"));
		}
		LocalDate since = form.residenceStart();
		if (since == null) {
			problems.add(Problem.at("residenceSince", "residence.schools.form.residenceSince.required"));
		}
		else if (since.isAfter(LocalDate.now(clock)) || since.getYear() < 1900) {
			problems.add(Problem.at("residenceSince", "residence.schools.form.residenceSince.range"));
		}
		return problems;
	}

	/** The form as people read it: the grade, school and grid cell by name, the child's ID number masked. */
	@Override
	public Optional<FormView> describe(String formJson) {
		SchoolPlaceForm form;
		try {
			form = SchoolPlaceForm.read(json, formJson);
		}
		catch (RuleBroken ex) {
			return Optional.empty();
		}
		String childId = form.childIdNumber() == null ? null : Masking.idNumber(form.childIdNumber());
		return Optional.of(new FormView(List.of(Section.of(null,
				new Row("residence.schools.form.childName", Value.text(form.childName())),
				new Row("residence.schools.form.childIdNumber", Value.text(childId)),
				new Row("residence.schools.year", Value.text(form.year() == null ? null : String.valueOf(form.year()))),
				new Row("residence.schools.places.grade",
						(form.grade() == null ? Optional.<Grade>empty() : grades.find(form.grade()))
							.map(grade -> Value.word(grade.nameKey()))
							.orElse(Value.none())),
				new Row("residence.schools.form.school",
						(form.schoolId() == null ? Optional.<School>empty() : schools.findById(form.schoolId()))
							.map(school -> Value.text(school.name()))
							.orElse(Value.none())),
				new Row("residence.schools.form.gridCell",
						(form.gridCellId() == null ? Optional.<GridCellSummary>empty()
								: directory.gridCell(form.gridCellId()))
							.map(cell -> Value.text(cell.name()))
							.orElse(Value.none())),
				new Row("residence.schools.form.residenceSince",
						Value.text(form.residenceStart() == null ? null : form.residenceStart().toString())),
				new Row("residence.schools.form.sibling", Value.yesOrNo(form.sibling()))))));
	}

}
