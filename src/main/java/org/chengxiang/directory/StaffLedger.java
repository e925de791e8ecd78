package org.chengxiang.directory;

import java.io.InputStream;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Validator;

import org.chengxiang.platform.web.Spreadsheets;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff ledger as an Excel sheet: exported for administrators, and imported in the same layout to create and
 * update staff accounts in one go.
 */
@Service
@Transactional(readOnly = true)
class StaffLedger {

	private final UserAccounts accounts;

	private final Departments departments;

	private final StaffAdministration staff;

	private final MessageSource messages;

	StaffLedger(UserAccounts accounts, Departments departments, StaffAdministration staff, MessageSource messages) {
		this.accounts = accounts;
		this.departments = departments;
		this.staff = staff;
		this.messages = messages;
	}

	/**
	 * Staff accounts as a ledger, its headings in the reader's language; personal identifiers and passwords are
	 * never exported.
	 */
	byte[] exportStaff(Locale locale) {
		Map<Long, String> codes = new HashMap<>();
		departments.findAll().forEach(d -> codes.put(d.getId(), d.getCode()));
		List<List<String>> rows = accounts.findAll()
			.stream()
			.filter(account -> account.getRole().isStaff())
			.sorted(Comparator.comparing(UserAccount::getId))
			.map(account -> List.of(account.getUsername(), account.getDisplayName(), account.getRole().name(),
					codes.getOrDefault(account.getDepartmentId(), ""), SheetLayout.yesNo(account.isEnabled(), messages, locale), ""))
			.toList();
		return Spreadsheets.write(SheetLayout.STAFF.sheetName(messages, locale),
				SheetLayout.STAFF.header(messages, locale), rows);
	}

	/**
	 * Creates staff from a sheet in the export's layout (headings in either language), or updates name, role and department of known
	 * usernames. A new account needs its initial password; every row is checked before anything is written.
	 */
	@Transactional
	int importStaff(InputStream in, Validator validator) {
		Spreadsheets.ReadSheet sheet = Spreadsheets.readSheet(in);
		SheetLayout.STAFF.check(sheet.header(), messages);
		List<SaveStaff> commands = StaffSheet.commands(sheet.rows(), validator,
				(code) -> departments.findByCode(code).map(Department::getId), accounts::existsByUsername);
		for (SaveStaff command : commands) {
			Optional<UserAccount> existing = accounts.findByUsername(command.username());
			if (existing.isPresent()) {
				staff.updateStaff(existing.get().getId(), command);
			}
			else {
				staff.createStaff(command);
			}
		}
		return commands.size();
	}

}
