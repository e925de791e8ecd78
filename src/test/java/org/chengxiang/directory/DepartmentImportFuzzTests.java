package org.chengxiang.directory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

/**
 * Excel imports: the sheet reader every import shares ({@link Spreadsheets#read}) and the department sheet on
 * top of it. A sheet either gives its non-blank data rows, numbered as Excel shows them and as wide as the header,
 * or is refused on {@code file}; a well-formed workbook is never called invalid. The department rows either give
 * commands that are valid, one per code, with the sort order exactly the whole number the cell holds, or are
 * refused naming the rows. The seeds under {@code DepartmentImportFuzzTestsInputs} run in every build.
 */
class DepartmentImportFuzzTests {

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	private static final String[] WORDS = { "编码", "全称", "简称", "类型", "区划代码", "别名", "启用", "排序", "GA", "FGJ-01",
			"市公安局", "公安局", "BUREAU", "township", "Township", "OFFICE", "210882001000", "公安、派出所", "是", "3", "-1",
			"NaN", "Infinity", "1e3", "2.5", "0x1p3", "7d", "99999", "100000", "" };

	@FuzzTest(maxDuration = "5s")
	void departmentSheet(FuzzedDataProvider data) throws IOException {
		byte[] xlsx = workbook(data);
		boolean damaged = data.consumeBoolean() && damage(xlsx, data);
		List<Spreadsheets.SheetRow> rows;
		try {
			rows = Spreadsheets.read(new ByteArrayInputStream(xlsx));
		}
		catch (RuleBroken ex) {
			assertThat(ex.problems()).singleElement().satisfies((problem) -> {
				assertThat(problem.field()).isEqualTo("file");
				if (!damaged) {
					assertThat(problem.text().key()).as("a well-formed workbook is readable").doesNotContain("not a valid");
				}
			});
			return;
		}
		int previous = 1;
		for (Spreadsheets.SheetRow row : rows) {
			assertThat(row.number()).isGreaterThan(previous);
			previous = row.number();
			assertThat(row.values()).anySatisfy((value) -> assertThat(value).isNotEmpty());
			assertThat(row.values()).allSatisfy((value) -> assertThat(value).isNotNull().isEqualTo(value.strip()));
		}
		assertThat(rows).hasSizeLessThanOrEqualTo(Spreadsheets.MAX_ROWS);
		assertThat(rows.stream().map((row) -> row.values().size()).distinct()).hasSizeLessThanOrEqualTo(1);

		List<SaveDepartment> commands;
		try {
			commands = DepartmentSheet.commands(rows, VALIDATOR);
		}
		catch (RuleBroken ex) {
			Set<String> named = new HashSet<>();
			rows.forEach((row) -> named.add("row " + row.number()));
			named.add("file");
			assertThat(ex.problems()).isNotEmpty()
				.allSatisfy((problem) -> assertThat(named).contains(problem.field()))
				.allSatisfy((problem) -> assertThat(problem.text().key()).isNotBlank());
			return;
		}
		assertThat(commands).hasSameSizeAs(rows);
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < commands.size(); i++) {
			SaveDepartment command = commands.get(i);
			Spreadsheets.SheetRow row = rows.get(i);
			assertThat(VALIDATOR.validate(command)).isEmpty();
			assertThat(codes.add(command.code())).as("one row per code").isTrue();
			assertThat(command.kind().name()).isEqualTo(row.get(3).strip().toUpperCase(Locale.ROOT));
			String written = row.get(7).strip();
			if (written.isEmpty()) {
				assertThat(command.sortOrder()).isNull();
			}
			else {
				assertThat(new BigDecimal(written).compareTo(BigDecimal.valueOf(command.sortOrder())))
					.as("sort order %s taken as %s", written, command.sortOrder())
					.isZero();
			}
		}
	}

	/** A sheet in the export's layout: a header, then rows of words, free text and numbers, rows left out. */
	private static byte[] workbook(FuzzedDataProvider data) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("部门 Departments");
			int rows = data.consumeInt(0, 12);
			for (int r = 0; r < rows; r++) {
				Row row = sheet.createRow(data.consumeBoolean() ? r : data.consumeInt(0, 60));
				int cells = data.consumeInt(0, 9);
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

	private static boolean damage(byte[] file, FuzzedDataProvider data) {
		int times = data.consumeInt(1, 4);
		boolean changed = false;
		for (int i = 0; i < times && file.length > 0; i++) {
			int at = data.consumeInt(0, file.length - 1);
			byte value = data.consumeByte();
			changed |= file[at] != value;
			file[at] = value;
		}
		return changed;
	}

}
