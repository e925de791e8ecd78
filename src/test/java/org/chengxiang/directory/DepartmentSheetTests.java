package org.chengxiang.directory;

import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.web.Spreadsheets.SheetRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DepartmentSheetTests {

	private static ValidatorFactory factory;

	private static Validator validator;

	@BeforeAll
	static void createValidator() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void closeValidator() {
		factory.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "NaN", "Infinity", "-Infinity", "2.5", "0x1p3", "7d", "1e400" })
	void refusesASortOrderThatIsNotAWholeNumber(String sortOrder) {
		List<SheetRow> rows = List.of(row(2, sortOrder));
		assertThatExceptionOfType(RuleBroken.class).isThrownBy(() -> DepartmentSheet.commands(rows, validator))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement()
				.satisfies((problem) -> assertThat(problem.field()).isEqualTo("row 2")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "12", "12.0", "1.2e1", " 12 " })
	void takesTheWholeNumberTheCellHolds(String sortOrder) {
		assertThat(DepartmentSheet.commands(List.of(row(2, sortOrder)), validator)).singleElement()
			.satisfies((command) -> assertThat(command.sortOrder()).isEqualTo(12));
	}

	private static SheetRow row(int number, String sortOrder) {
		return new SheetRow(number, List.of("GA", "大石桥市公安局", "公安局", "bureau", "", "", "是", sortOrder));
	}

}
