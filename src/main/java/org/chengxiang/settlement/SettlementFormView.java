package org.chengxiang.settlement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

import org.chengxiang.directory.PlaceChoices;
import org.chengxiang.platform.crypto.Masking;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.services.FormView;
import org.chengxiang.services.FormView.Row;
import org.chengxiang.services.FormView.Section;
import org.chengxiang.services.FormView.Value;

/**
 * A settlement application as its paper form reads, for the application's page: every field of
 * {@link SettlementForm}, in words.
 */
final class SettlementFormView {

	private SettlementFormView() {
	}

	static FormView of(SettlementForm form, PlaceChoices places, LongFunction<Optional<String>> gridCellName) {
		List<Section> sections = new ArrayList<>();
		sections.add(Section.of("settlement.view.application",
				new Row("settlement.form.category",
						form.category() == null ? Value.none() : Value.word("settlement.category." + form.category().name())),
				new Row("settlement.form.origin", Value.text(form.originHukouAddress()))));
		SettlementForm.Destination destination = form.destination();
		List<Row> where = new ArrayList<>();
		String code = destination == null ? null : destination.divisionCode();
		where.add(new Row("settlement.form.destination", code == null ? Value.none()
				: Value.text(places.place(code).map(PlaceChoices.Place::fullName).orElse(code))));
		if (destination != null && destination.gridCellId() != null) {
			where.add(new Row("settlement.view.gridCell", Value.text(
					gridCellName.apply(destination.gridCellId()).orElse(String.valueOf(destination.gridCellId())))));
		}
		where.add(new Row("settlement.form.address", Value.text(destination == null ? null : destination.addressLine())));
		sections.add(new Section("settlement.view.destination", where, null));
		List<List<Value>> members = form.members()
			.stream()
			.filter(member -> member != null)
			.map(member -> List.of(Value.text(member.name()), Value.text(masked(member.idNumber())),
					member.relation() == null ? Value.none() : Value.word("settlement.relation." + member.relation().name())))
			.toList();
		sections.add(new Section("settlement.view.members", List.of(),
				new FormView.Table(List.of("field.displayName", "settlement.view.idNumber", "settlement.form.relation"),
						members, "settlement.view.noMembers")));
		List<Row> evidence = new ArrayList<>();
		evidence.add(new Row("settlement.form.evidence", Value.text(form.evidence())));
		if (form.residenceMonths() != null) {
			evidence.add(new Row("settlement.form.residenceMonths", Value.text(String.valueOf(form.residenceMonths()))));
		}
		if (form.socialInsuranceMonths() != null) {
			evidence.add(new Row("settlement.form.socialInsuranceMonths",
					Value.text(String.valueOf(form.socialInsuranceMonths()))));
		}
		sections.add(new Section("settlement.view.evidence", evidence, null));
		SettlementForm.RuralRights rights = form.ruralRights();
		sections.add(Section.of("settlement.view.ruralRights",
				new Row("settlement.form.right.hasLandContract", Value.yesOrNo(rights == null ? null : rights.hasLandContract())),
				new Row("settlement.form.right.hasHomestead", Value.yesOrNo(rights == null ? null : rights.hasHomestead())),
				new Row("settlement.form.right.hasCollectiveIncome",
						Value.yesOrNo(rights == null ? null : rights.hasCollectiveIncome())),
				new Row("settlement.ruralRights.statement", Value.text(rights == null ? null : rights.statement()))));
		return new FormView(sections);
	}

	// the full number is for the police review, which audits who sees it
	private static String masked(String idNumber) {
		String id = PersonalDataProtector.normalizeIdNumber(idNumber);
		return id == null || id.isEmpty() ? null : Masking.idNumber(id);
	}

}
