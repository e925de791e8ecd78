package org.chengxiang.directory;

import java.io.InputStream;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Validator;

import org.chengxiang.platform.web.Spreadsheets;

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

	StaffLedger(UserAccounts accounts, Departments departments, StaffAdministration staff) {
		this.accounts = accounts;
		this.departments = departments;
		this.staff = staff;
	}

	static final List<String> SHEET_HEADER = List.of("用户名 Username", "姓名 Name", "角色 Role", "部门编码 Department code",
			"启用 Enabled", "初始密码 Initial password");

	/** Staff accounts as a ledger; personal identifiers and passwords are never exported. */
	byte[] exportStaff() {
		Map<Long, String> codes = new HashMap<>();
		departments.findAll().forEach(d -> codes.put(d.getId(), d.getCode()));
		List<List<String>> rows = accounts.findAll()
			.stream()
			.filter(account -> account.getRole().isStaff())
			.sorted(Comparator.comparing(UserAccount::getId))
			.map(account -> List.of(account.getUsername(), account.getDisplayName(), account.getRole().name(),
					codes.getOrDefault(account.getDepartmentId(), ""), account.isEnabled() ? "是" : "否", ""))
			.toList();
		return Spreadsheets.write("工作人员 Staff", SHEET_HEADER, rows);
	}

	/**
	 * Creates staff from a sheet in the export's layout, or updates name, role and department of known
	 * usernames. A new account needs its initial password; every row is checked before anything is written.
	 */
	@Transactional
	int importStaff(InputStream in, Validator validator) {
		List<SaveStaff> commands = StaffSheet.commands(Spreadsheets.read(in), validator,
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
