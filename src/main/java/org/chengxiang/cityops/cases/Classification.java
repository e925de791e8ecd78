package org.chengxiang.cityops.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.chengxiang.directory.DepartmentSummary;
import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.calendar.WorkingDayCalendar;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.NoSuchRecord;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The classification of components (部件) and events (事件) with each subclass's department and handling time
 * limit, and the dispatch rules (class × grid) that override the department in a township or community.
 */
@Service
@Transactional(readOnly = true)
class Classification {

	private final JdbcClient jdbc;

	private final DepartmentCodes departments;

	private final WorkingDayCalendar calendar;

	private final AuditTrail audit;

	private final Clock clock;

	Classification(JdbcClient jdbc, DepartmentCodes departments, WorkingDayCalendar calendar, AuditTrail audit,
			Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.departments = departments;
		this.calendar = calendar;
		this.audit = audit;
	}

	/**
	 * The major classes (大类) of GB/T 30428, by the first two digits of a subclass code: C for components (部件), E for
	 * events (事件). Readers see them by the messages {@code cityops.class.category.<code>} and
	 * {@code cityops.class.kind.<kind>}.
	 */
	public enum Category {

		C01("C-01"), C02("C-02"), C03("C-03"), C04("C-04"), C05("C-05"), C06("C-06"), E01("E-01"), E02("E-02"),
		E03("E-03"), E04("E-04"), E05("E-05"), E06("E-06");

		private final String code;

		Category(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}

		/** {@code COMPONENT} (部件) or {@code EVENT} (事件). */
		public String kind() {
			return code.startsWith("C") ? "COMPONENT" : "EVENT";
		}

		static Optional<Category> of(String code) {
			if (code == null || code.length() < 4) {
				return Optional.empty();
			}
			String prefix = code.substring(0, 4);
			return Arrays.stream(values()).filter(c -> c.code.equals(prefix)).findFirst();
		}

	}

	/** How a time limit is counted. */
	public enum LimitUnit {

		/** 小时. */
		HOURS,
		/** 工作日 (on the holiday calendar). */
		WORKING_DAYS

	}

	List<CaseClass> classes() {
		return jdbc.sql("select * from cityops.case_class order by code").query((rs, n) -> caseClass(rs.getString("code"),
				rs.getString("name"), rs.getString("department_code"), rs.getInt("limit_value"),
				LimitUnit.valueOf(rs.getString("limit_unit")), rs.getBoolean("active"))).list();
	}

	List<CaseClass> activeClasses() {
		return classes().stream().filter(CaseClass::active).toList();
	}

	Optional<CaseClass> find(String code) {
		return jdbc.sql("select * from cityops.case_class where code = :code")
			.param("code", code)
			.query((rs, n) -> caseClass(rs.getString("code"), rs.getString("name"), rs.getString("department_code"),
					rs.getInt("limit_value"), LimitUnit.valueOf(rs.getString("limit_unit")), rs.getBoolean("active")))
			.optional();
	}

	/** An active class for a new report. @throws RuleBroken on {@code classCode} otherwise */
	CaseClass reportable(String code) {
		return find(code == null ? "" : code.strip()).filter(CaseClass::active)
			.orElseThrow(() -> RuleBroken.at("classCode", "cityops.class.rule.notReportable"));
	}

	/** Creates or changes a subclass (administrators). */
	@Transactional
	CaseClass save(SaveClass command) {
		if (Category.of(command.code()).isEmpty()) {
			throw RuleBroken.at("code", "cityops.class.rule.codeCategory");
		}
		if (departments.byCode(command.departmentCode()).isEmpty()) {
			throw RuleBroken.at("departmentCode", "cityops.case.rule.noSuchDepartment");
		}
		Optional<CaseClass> before = find(command.code());
		try {
			jdbc.sql("""
					insert into cityops.case_class (code, name, department_code, limit_value, limit_unit, active)
					values (:code, :name, :department, :limit, :unit, :active)
					on conflict (code) do update set name = excluded.name, department_code = excluded.department_code,
					    limit_value = excluded.limit_value, limit_unit = excluded.limit_unit, active = excluded.active,
					    version = cityops.case_class.version + 1
					""")
				.param("code", command.code())
				.param("name", command.name().strip())
				.param("department", command.departmentCode())
				.param("limit", command.limitValue())
				.param("unit", command.limitUnit().name())
				.param("active", command.active())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw RuleBroken.at("name", "cityops.class.rule.nameInUse");
		}
		CaseClass after = find(command.code()).orElseThrow();
		audit.record(AuditEvent.of(before.isEmpty() ? "case-class.created" : "case-class.updated", "case_class",
				command.code(), before.orElse(null), after));
		return after;
	}

	List<Rule> rules() {
		return jdbc.sql("select * from cityops.dispatch_rule order by coalesce(class_code, category_code), division_code")
			.query((rs, n) -> new Rule(rs.getLong("id"), rs.getString("class_code"), rs.getString("category_code"),
					rs.getString("division_code"), rs.getString("department_code"),
					departments.byCode(rs.getString("department_code")).map(DepartmentSummary::shortName).orElse(null)))
			.list();
	}

	/** Adds an override: a subclass or a major class, in a township or community, goes to another department. */
	@Transactional
	Rule addRule(SaveRule command, java.util.function.Predicate<String> divisionExists) {
		boolean byClass = command.classCode() != null && !command.classCode().isBlank();
		boolean byCategory = command.categoryCode() != null && !command.categoryCode().isBlank();
		if (byClass == byCategory) {
			throw RuleBroken.at("classCode", "cityops.class.rule.target");
		}
		if (byClass && find(command.classCode()).isEmpty()) {
			throw RuleBroken.at("classCode", "cityops.class.rule.noSuchClass");
		}
		if (byCategory && Arrays.stream(Category.values()).noneMatch(c -> c.code().equals(command.categoryCode()))) {
			throw RuleBroken.at("categoryCode", "cityops.class.rule.noSuchCategory");
		}
		if (!divisionExists.test(command.divisionCode())) {
			throw RuleBroken.at("divisionCode", "cityops.class.rule.noSuchDivision");
		}
		if (departments.byCode(command.departmentCode()).isEmpty()) {
			throw RuleBroken.at("departmentCode", "cityops.case.rule.noSuchDepartment");
		}
		long id;
		try {
			id = jdbc.sql("""
					insert into cityops.dispatch_rule (class_code, category_code, division_code, department_code)
					values (:class, :category, :division, :department) returning id
					""")
				.param("class", byClass ? command.classCode() : null)
				.param("category", byCategory ? command.categoryCode() : null)
				.param("division", command.divisionCode())
				.param("department", command.departmentCode())
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw RuleBroken.at("divisionCode", "cityops.class.rule.ruleExists");
		}
		Rule rule = rules().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
		audit.record(AuditEvent.of("dispatch-rule.added", "dispatch_rule", id, null, rule));
		return rule;
	}

	@Transactional
	void removeRule(long id) {
		Rule rule = rules().stream().filter(r -> r.id() == id).findFirst()
			.orElseThrow(() -> new NoSuchRecord("dispatch rule " + id));
		jdbc.sql("delete from cityops.dispatch_rule where id = :id").param("id", id).update();
		audit.record(AuditEvent.of("dispatch-rule.removed", "dispatch_rule", id, rule, null));
	}

	/**
	 * The department a case of the class at the place goes to: the most specific rule (subclass before major
	 * class, community before township), else the subclass's own department.
	 */
	Optional<DepartmentSummary> departmentFor(String classCode, String communityCode, String townshipCode) {
		CaseClass caseClass = find(classCode).orElseThrow(() -> new NoSuchRecord("case class " + classCode));
		String category = Category.of(classCode).map(Category::code).orElse("");
		Optional<String> rule = jdbc.sql("""
				select department_code from cityops.dispatch_rule
				where (class_code = :class or category_code = :category) and division_code in (:community, :township)
				order by (case when class_code is not null then 2 else 0 end)
				       + (case when division_code = :community then 1 else 0 end) desc
				limit 1
				""")
			.param("class", classCode)
			.param("category", category)
			.param("community", communityCode)
			.param("township", townshipCode == null ? communityCode : townshipCode)
			.query(String.class)
			.optional();
		return departments.byCode(rule.orElse(caseClass.departmentCode()));
	}

	/** When the department must have handled a case of the class dispatched at {@code from}. */
	Instant handlingDue(CaseClass caseClass, Instant from) {
		if (caseClass.limitUnit() == LimitUnit.HOURS) {
			return from.plus(Duration.ofHours(caseClass.limitValue()));
		}
		LocalDateTime start = LocalDateTime.ofInstant(from, clock.getZone());
		return calendar.addWorkingDays(start.toLocalDate(), caseClass.limitValue())
			.atTime(start.toLocalTime())
			.atZone(clock.getZone())
			.toInstant();
	}

	Map<String, DepartmentSummary> departments() {
		return departments.all();
	}

	private CaseClass caseClass(String code, String name, String departmentCode, int limit, LimitUnit unit,
			boolean active) {
		Category category = Category.of(code).orElseThrow();
		return new CaseClass(code, name, category.kind(), category.code(), departmentCode,
				departments.byCode(departmentCode).map(DepartmentSummary::shortName).orElse(departmentCode), limit, unit,
				active);
	}

	/**
	 * A subclass (小类).
	 *
	 * @param code e.g. C-0103
	 * @param name e.g. 雨水井盖
	 * @param kind COMPONENT (部件) or EVENT (事件)
	 * @param categoryCode its major class, e.g. C-01 (公用设施)
	 * @param departmentCode the responsible department's directory code
	 * @param departmentName its short name
	 * @param limitValue the handling time limit
	 * @param limitUnit hours or working days
	 * @param active whether new reports may use it
	 */
	public record CaseClass(String code, String name, String kind, String categoryCode,
			String departmentCode, String departmentName, int limitValue, LimitUnit limitUnit, boolean active) {
	}

	/** A dispatch rule (派遣规则). */
	public record Rule(long id, String classCode, String categoryCode, String divisionCode, String departmentCode,
			String departmentName) {
	}

	/** Create or change a subclass. */
	public record SaveClass(
			@NotBlank(message = "{cityops.class.rule.codeRequired}") @Pattern(regexp = "^[CE]-0[1-6][0-9]{2}$",
					message = "{cityops.class.rule.codeFormat}") String code,
			@NotBlank(message = "{cityops.class.rule.nameRequired}") @Size(max = 50) String name,
			@NotBlank(message = "{cityops.class.rule.departmentRequired}") String departmentCode,
			@NotNull(message = "{cityops.class.rule.limitRequired}") @Min(value = 1, message = "{cityops.class.rule.limitRange}")
			@Max(value = 720, message = "{cityops.class.rule.limitRange}") Integer limitValue,
			@NotNull(message = "{cityops.class.rule.unitRequired}") LimitUnit limitUnit, boolean active) {
	}

	/** Add a dispatch rule. */
	public record SaveRule(String classCode, String categoryCode,
			@NotBlank(message = "{cityops.class.rule.divisionRequired}") String divisionCode,
			@NotBlank(message = "{cityops.class.rule.departmentRequired}") String departmentCode) {
	}

}
