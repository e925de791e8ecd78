package org.chengxiang.directory;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Validator;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.RuleBroken.Problem;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.web.Spreadsheets;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maintains departments and resolves the names documents use for them.
 */
@Service
@Transactional(readOnly = true)
class DepartmentCatalog {

	private final Departments departments;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Validator validator;

	private final MessageSource messages;

	DepartmentCatalog(Departments departments, JdbcClient jdbc, AuditTrail audit, Validator validator,
			MessageSource messages) {
		this.departments = departments;
		this.jdbc = jdbc;
		this.audit = audit;
		this.validator = validator;
		this.messages = messages;
	}

	List<Department> all() {
		return departments.findAllOrdered();
	}

	Optional<Department> find(long id) {
		return departments.findById(id);
	}

	Department get(long id) {
		return find(id).orElseThrow(() -> new NoSuchRecord("department " + id));
	}

	/** Finds a department by any of its names, with or without the city's prefix in front (see DepartmentNames). */
	Optional<Department> lookup(String name) {
		for (String candidate : DepartmentNames.candidates(name)) {
			Optional<Department> found = departments.findByAlias(candidate);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	Optional<Department> findByCode(String code) {
		return departments.findByCode(code);
	}

	@Transactional
	Department create(SaveDepartment command) {
		if (departments.findByCode(command.code()).isPresent()) {
			throw RuleBroken.at("code", "directory.department.codeTaken");
		}
		Department department = Department.create(command.code(), command.name(), command.shortName(), command.kind(),
				command.divisionCode(), command.aliasList(),
				command.sortOrder() != null ? command.sortOrder() : Math.min(departments.lastSortOrder() + 10, 99999));
		checkNames(department, null);
		Department saved = departments.save(department);
		audit.record(AuditEvent.of("department.created", "department", saved.getId(), null, saved.summary()));
		return saved;
	}

	@Transactional
	Department update(long id, SaveDepartment command) {
		Department department = get(id);
		DepartmentSummary before = department.summary();
		if (!department.getCode().equals(command.code())) {
			throw RuleBroken.at("code", "directory.department.codeFixed");
		}
		department.describe(command.name(), command.shortName(), command.kind(), command.divisionCode(),
				command.aliasList());
		if (command.sortOrder() != null) {
			department.placeAt(command.sortOrder());
		}
		checkNames(department, id);
		Department saved = departments.save(department);
		audit.record(AuditEvent.of("department.updated", "department", id, before, saved.summary()));
		return saved;
	}

	@Transactional
	Department addAlias(long id, String alias) {
		Department department = get(id);
		if (DepartmentNames.normalize(alias).isEmpty()) {
			throw RuleBroken.at("alias", "directory.department.aliasRequired");
		}
		DepartmentSummary before = department.summary();
		List<String> extra = new ArrayList<>(department.extraAliases());
		extra.add(alias);
		department.describe(department.getName(), department.getShortName(), department.getKind(),
				department.getDivisionCode(), extra);
		checkNames(department, id);
		Department saved = departments.save(department);
		audit.record(AuditEvent.of("department.alias-added", "department", id, before, saved.summary()));
		return saved;
	}

	@Transactional
	void setActive(long id, boolean active) {
		Department department = get(id);
		if (department.isActive() == active) {
			return;
		}
		if (active) {
			department.activate();
		}
		else {
			department.deactivate();
		}
		departments.save(department);
		audit.record(AuditEvent.of(active ? "department.activated" : "department.deactivated", "department", id,
				Map.of("active", !active), Map.of("active", active)));
	}

	/** Names must not belong to another department; the database constraint stays the last guard. */
	private void checkNames(Department department, Long ownId) {
		List<String> aliases = department.aliasNames();
		List<String> taken = jdbc
			.sql("select alias from directory.department_alias where alias in (:aliases) and department_id <> :own")
			.param("aliases", aliases)
			.param("own", ownId == null ? -1L : ownId)
			.query(String.class)
			.list();
		if (!taken.isEmpty()) {
			throw RuleBroken.at("aliases", "directory.department.namesTaken", String.join("、", taken));
		}
		if (department.getDivisionCode() != null && jdbc.sql("select count(*) from directory.division where code = :code")
			.param("code", department.getDivisionCode())
			.query(Integer.class)
			.single() == 0) {
			throw RuleBroken.at("divisionCode", "directory.division.unknown");
		}
		Integer sameName = jdbc.sql("select count(*) from directory.department where name = :name and id <> :own")
			.param("name", department.getName())
			.param("own", ownId == null ? -1L : ownId)
			.query(Integer.class)
			.single();
		if (sameName > 0) {
			throw RuleBroken.at("name", "directory.department.nameTaken");
		}
	}

	/** The departments as a sheet with its headings in the reader's language. */
	byte[] export(Locale locale) {
		List<List<String>> rows = all().stream()
			.map(d -> List.of(d.getCode(), d.getName(), d.getShortName(), d.getKind().name(),
					d.getDivisionCode() == null ? "" : d.getDivisionCode(),
					String.join("、", d.extraAliases()),
					SheetLayout.yesNo(d.isActive(), messages, locale), String.valueOf(d.getSortOrder())))
			.toList();
		return Spreadsheets.write(SheetLayout.DEPARTMENTS.sheetName(messages, locale),
				SheetLayout.DEPARTMENTS.header(messages, locale), rows);
	}

	/**
	 * Creates or updates departments by code from an uploaded sheet in the export's layout, its headings in either
	 * language. All rows
	 * are checked first; one bad row rejects the whole upload, naming every bad row.
	 */
	@Transactional
	ImportResult importSheet(InputStream in) {
		Spreadsheets.ReadSheet sheet = Spreadsheets.readSheet(in);
		SheetLayout.DEPARTMENTS.check(sheet.header(), messages);
		List<Spreadsheets.SheetRow> rows = sheet.rows();
		List<SaveDepartment> commands = DepartmentSheet.commands(rows, validator);
		int created = 0;
		int updated = 0;
		for (int i = 0; i < commands.size(); i++) {
			SaveDepartment command = commands.get(i);
			int rowNumber = rows.get(i).number();
			try {
				Optional<Department> existing = departments.findByCode(command.code());
				if (existing.isPresent()) {
					update(existing.get().getId(), command);
					updated++;
				}
				else {
					create(command);
					created++;
				}
			}
			catch (RuleBroken ex) {
				List<Problem> rowProblems = ex.problems()
					.stream()
					.map(p -> Problem.at("row " + rowNumber, "directory.sheet.rowProblem", rowNumber, p.text()))
					.toList();
				throw new RuleBroken(rowProblems);
			}
		}
		return new ImportResult(created, updated);
	}

	/** What an upload changed. */
	record ImportResult(int created, int updated) {
	}

}
