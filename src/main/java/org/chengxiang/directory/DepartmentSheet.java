package org.chengxiang.directory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.RuleBroken.Problem;
import org.chengxiang.platform.web.Spreadsheets;

/**
 * The rows of an uploaded department sheet, in the export's layout, read into commands. Every row is checked
 * before any is taken; one bad row refuses the sheet, naming every bad row.
 */
final class DepartmentSheet {

	private DepartmentSheet() {
	}

	/**
	 * The commands the rows hold, in row order.
	 * @throws RuleBroken naming each bad row, on {@code file} when there is no row at all
	 */
	static List<SaveDepartment> commands(List<Spreadsheets.SheetRow> rows, Validator validator) {
		if (rows.isEmpty()) {
			throw RuleBroken.at("file", "directory.sheet.noRows");
		}
		List<Problem> problems = new ArrayList<>();
		List<SaveDepartment> commands = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (Spreadsheets.SheetRow row : rows) {
			DepartmentKind kind = null;
			try {
				kind = DepartmentKind.valueOf(row.get(3).strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(Problem.at("row " + row.number(), "directory.sheet.unknownKind", row.number(), row.get(3)));
				continue;
			}
			Integer sortOrder = null;
			String place = row.get(7) == null ? "" : row.get(7).strip();
			if (!place.isEmpty()) {
				try {
					// exactly the whole number written: "NaN", "2.5", "7d" or a hex float are no places in a list
					sortOrder = new BigDecimal(place).intValueExact();
				}
				catch (NumberFormatException | ArithmeticException ex) {
					problems.add(Problem.at("row " + row.number(), "directory.sheet.sortOrder", row.number()));
					continue;
				}
			}
			SaveDepartment command = new SaveDepartment(row.get(0), row.get(1), row.get(2), kind, row.get(4), row.get(5),
					sortOrder);
			for (ConstraintViolation<SaveDepartment> violation : validator.validate(command)) {
				problems.add(Problem.at("row " + row.number(), "directory.sheet.rowProblem", row.number(),
						violation.getMessage()));
			}
			if (!codes.add(row.get(0))) {
				problems.add(Problem.at("row " + row.number(), "directory.sheet.duplicateCode", row.number()));
			}
			commands.add(command);
		}
		if (!problems.isEmpty()) {
			throw new RuleBroken(problems);
		}
		return commands;
	}

}
