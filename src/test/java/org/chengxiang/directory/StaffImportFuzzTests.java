package org.chengxiang.directory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.web.Spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * The staff sheet: rows either give valid commands for staff roles of known departments, each new account with
 * its initial password, or are refused naming at most twenty problems, each on a row of the sheet. The seeds
 * under {@code StaffImportFuzzTestsInputs} run in every build.
 */
class StaffImportFuzzTests {

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	private static final String[] WORDS = { "用户名", "姓名", "角色", "部门编码", "启用", "初始密码", "police", "clerk01",
			"Zhang.San", "张三", "欧阳娜娜", "CLERK", "clerk", "resident", "ADMIN", "department_lead", "GA", "FGJ", "XX",
			"是", PASSWORD, "Password1", "Zq7#mLp2vX", "", " " };

	@FuzzTest(maxDuration = "5s")
	void staffSheet(FuzzedDataProvider data) throws IOException {
		List<Spreadsheets.SheetRow> rows;
		try {
			rows = Spreadsheets.read(new ByteArrayInputStream(workbook(data)));
		}
		catch (RuleBroken ex) {
			return; // the shared reader has its own fuzz test, DepartmentImportFuzzTests
		}
		List<SaveStaff> commands;
		try {
			commands = StaffSheet.commands(rows, VALIDATOR, StaffImportFuzzTests::department, "police"::equals);
		}
		catch (RuleBroken ex) {
			List<String> named = rows.stream().map((row) -> "row " + row.number()).toList();
			assertThat(ex.problems()).isNotEmpty()
				.hasSizeLessThanOrEqualTo(StaffSheet.MAX_PROBLEMS)
				.allSatisfy((problem) -> assertThat(problem.field()).isIn(named.isEmpty() ? List.of("file") : named))
				.allSatisfy((problem) -> assertThat(problem.text().key()).isNotBlank());
			return;
		}
		assertThat(commands).hasSameSizeAs(rows);
		for (int i = 0; i < commands.size(); i++) {
			SaveStaff command = commands.get(i);
			assertThat(VALIDATOR.validate(command)).isEmpty();
			assertThat(command.role().isStaff()).isTrue();
			assertThat(command.role().name()).isEqualTo(rows.get(i).get(2).strip().toUpperCase(Locale.ROOT));
			assertThat(command.departmentId()).isEqualTo(department(rows.get(i).get(3).strip()).orElseThrow());
			assertThat(command.passwordOrNull() != null || command.username().equals("police")).isTrue();
		}
	}

	private static Optional<Long> department(String code) {
		return switch (code) {
			case "GA" -> Optional.of(1L);
			case "FGJ" -> Optional.of(2L);
			default -> Optional.empty();
		};
	}

	/** A sheet in the export's layout: a header, then rows of words, free text and numbers. */
	private static byte[] workbook(FuzzedDataProvider data) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("工作人员 Staff");
			int rows = data.consumeInt(0, 12);
			for (int r = 0; r < rows; r++) {
				Row row = sheet.createRow(r);
				int cells = data.consumeInt(0, 7);
				for (int c = 0; c < cells; c++) {
					switch (data.consumeInt(0, 3)) {
						case 0, 1 -> row.createCell(c).setCellValue(data.pickValue(WORDS));
						case 2 -> row.createCell(c).setCellValue(data.consumeString(30));
						default -> row.createCell(c).setCellValue(data.consumeDouble());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
