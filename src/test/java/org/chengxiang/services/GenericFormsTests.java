package org.chengxiang.services;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form of an item whose module does not describe it: labelled rows with values in words, never a raw
 * {@code field：value} line, ID numbers masked.
 */
class GenericFormsTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void eachFieldUnderItsLabelWithYesOrNoInWordsAndIdNumbersMasked() {
		FormView view = GenericForms.describe(json.readTree("""
				{"description":"申请临时救助","urgent":true,"byHand":"false","person":{"idNumber":"210882199001011237"},
				 "children":[{"name":"小明"},{"name":"小红"}]}
				"""));
		assertThat(view.sections()).singleElement().satisfies(section -> {
			assertThat(section.titleKey()).isNull();
			assertThat(section.rows()).extracting(FormView.Row::labelKey)
				.containsExactly("services.form.description", "services.form.urgent", "services.form.byHand",
						"services.form.idNumber", "services.form.name", "services.form.name");
			assertThat(section.rows()).extracting(FormView.Row::value)
				.containsExactly(FormView.Value.text("申请临时救助"), FormView.Value.word("services.form.yes"),
						FormView.Value.word("services.form.no"), FormView.Value.text("2108**********1237"),
						FormView.Value.text("小明"), FormView.Value.text("小红"));
		});
	}

	@Test
	void identifiersAreMaskedWhateverTheirLengthOrPadding() {
		FormView view = GenericForms.describe(json.readTree("""
				{"idNumber":"  210882199001011237 ","spouseIdNumber":"21088219900101123","phone":"138 1234 5678",
				 "note":"联系 13812345678 或 210882199001011237x"}
				"""));
		assertThat(view.sections()).singleElement().satisfies(section -> assertThat(section.rows())
			.extracting(row -> row.value().text())
			.allSatisfy(text -> assertThat(text).doesNotContain("199001011", "12345678", "1234 5678"))
			.first()
			.isEqualTo("2108**********1237"));
	}

	@Test
	void anEmptyFormHasNoRows() {
		assertThat(GenericForms.describe(json.readTree("{}")).sections()).singleElement()
			.satisfies(section -> assertThat(section.rows()).isEmpty());
	}

}
