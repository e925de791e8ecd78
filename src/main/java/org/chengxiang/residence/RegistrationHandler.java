package org.chengxiang.residence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chengxiang.directory.Directory;
import org.chengxiang.directory.DivisionSummary;
import org.chengxiang.directory.GridCellSummary;
import org.chengxiang.platform.crypto.PersonKey;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.RuleBroken.Problem;
import org.chengxiang.services.FormView;
import org.chengxiang.services.FormView.Row;
import org.chengxiang.services.FormView.Section;
import org.chengxiang.services.FormView.Value;
import org.chengxiang.services.ServiceItemHandler;
import org.chengxiang.settlement.LocalHukou;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Checks residence registration forms for the one-stop core: complete and well formed, an address in a community or
 * village of the city with a grid cell inside it, a start date not in the future, and an applicant who holds no local
 * hukou and has no active registration. Every problem is named at once.
 */
@Component
class RegistrationHandler implements ServiceItemHandler {

	private final JsonMapper json;

	private final Directory directory;

	private final LocalHukou localHukou;

	private final ResidenceRegistrations registrations;

	private final PersonalDataProtector protector;

	private final Clock clock;

	RegistrationHandler(JsonMapper json, Directory directory, LocalHukou localHukou,
			ResidenceRegistrations registrations, PersonalDataProtector protector, Clock clock) {
		this.json = json;
		this.directory = directory;
		this.localHukou = localHukou;
		this.registrations = registrations;
		this.protector = protector;
		this.clock = clock;
	}

	@Override
	public String itemCode() {
		return ResidenceItems.REGISTRATION;
	}

	@Override
	public List<Problem> validate(String formJson, Applicant applicant) {
		RegistrationForm form;
		try {
			form = RegistrationForm.read(json, formJson);
		}
		catch (RuleBroken ex) {
			return ex.problems();
		}
		List<Problem> problems = new ArrayList<>(form.problems());
		if (form.divisionCode() != null) {
			Optional<DivisionSummary> division = directory.division(form.divisionCode());
			if (division.isEmpty() || !division.get().isNeighbourhood()) {
				problems.add(Problem.at("divisionCode", "residence.registration.rule.divisionOutsideCity"));
			}
			else if (form.gridCellId() != null) {
				Optional<GridCellSummary> cell = directory.gridCell(form.gridCellId());
				if (cell.isEmpty() || !cell.get().divisionCode().equals(form.divisionCode())) {
					problems.add(Problem.at("gridCellId", "residence.registration.rule.gridCellOutside"));
				}
			}
		}
		if (form.startDate() != null && form.startDate().isAfter(LocalDate.now(clock))) {
			problems.add(Problem.at("startDate", "residence.registration.rule.startInFuture"));
		}
		PersonKey person = protector.personKey(applicant.idNumber());
		if (localHukou.holds(person)) {
			problems.add(Problem.at("applicant", "residence.registration.rule.localHukou"));
		}
		else if (registrations.findActive(person.bytes()).isPresent()) {
			problems.add(Problem.at("applicant", "residence.registration.rule.alreadyRegistered"));
		}
		return problems;
	}

	@Override
	public Optional<FormView> describe(String formJson) {
		RegistrationForm form;
		try {
			form = RegistrationForm.read(json, formJson);
		}
		catch (RuleBroken ex) {
			return Optional.empty();
		}
		String place = form.divisionCode() == null ? null : directory.placeLabel(form.divisionCode());
		String cell = form.gridCellId() == null ? null
				: directory.gridCell(form.gridCellId()).map(GridCellSummary::name).orElse(null);
		return Optional.of(new FormView(List.of(Section.of(null,
				new Row("residence.form.division", Value.text(place)), new Row("residence.form.gridCell", Value.text(cell)),
				new Row("residence.form.addressLine", Value.text(form.addressLine())),
				new Row("residence.form.startDate",
						Value.text(form.startDate() == null ? null : form.startDate().toString())),
				new Row("residence.form.basis",
						form.basis() == null ? Value.none() : Value.word(form.basis().messageKey())),
				new Row("residence.form.evidence", Value.text(form.evidence()))))));
	}

}
