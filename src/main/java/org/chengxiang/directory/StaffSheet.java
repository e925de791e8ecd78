package org.chengxiang.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.validation.Validator;

import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.RuleBroken.Problem;
import org.chengxiang.platform.domain.Text;
import org.chengxiang.platform.web.Spreadsheets;

/**
 * The rows of an uploaded staff sheet, in the export's layout, read into commands. Every row is checked before
 * any is taken; one bad row refuses the sheet, naming the first twenty problems.
 */
final class StaffSheet {

	static final int MAX_PROBLEMS = 20;

	private StaffSheet() {
	}

	/**
	 * The commands the rows hold, in row order.
	 * @param departmentByCode the id of the department with a code
	 * @param accountExists whether a username is taken, so that a row without a password updates it
	 * @throws RuleBroken naming the bad rows, on {@code file} when there is no row at all
	 */
	static List<SaveStaff> commands(List<Spreadsheets.SheetRow> rows, Validator validator,
			Function<String, Optional<Long>> departmentByCode, Predicate<String> accountExists) {
		if (rows.isEmpty()) {
			throw RuleBroken.at("file", "directory.sheet.noRows");
		}
		List<Problem> problems = new ArrayList<>();
		List<SaveStaff> commands = new ArrayList<>();
		for (Spreadsheets.SheetRow row : rows) {
			int where = row.number();
			Role role;
			try {
				role = Role.valueOf(row.get(2).strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(Problem.at("row " + where, "directory.sheet.unknownRole", where));
				continue;
			}
			Long department = departmentByCode.apply(row.get(3).strip()).orElse(null);
			if (department == null) {
				problems.add(Problem.at("row " + where, "directory.sheet.unknownDepartment", where, row.get(3)));
				continue;
			}
			SaveStaff command = new SaveStaff(row.get(0).strip().toLowerCase(Locale.ROOT), row.get(1), role,
					department, null, row.get(5).isBlank() ? null : row.get(5));
			validator.validate(command)
				.forEach(v -> problems.add(Problem.at("row " + where, "directory.sheet.rowProblem", where, v.getMessage())));
			if (!role.isStaff()) {
				problems.add(Problem.at("row " + where, "directory.sheet.rowProblem", where, Text.of("directory.user.residentsRegister")));
			}
			if (command.passwordOrNull() == null && !accountExists.test(command.username())) {
				problems.add(Problem.at("row " + where, "directory.sheet.initialPassword", where));
			}
			commands.add(command);
		}
		if (!problems.isEmpty()) {
			throw new RuleBroken(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
		}
		return commands;
	}

}
