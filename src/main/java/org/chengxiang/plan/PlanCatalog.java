package org.chengxiang.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chengxiang.directory.DepartmentSummary;
import org.chengxiang.directory.Directory;
import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.security.CurrentUsers;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.web.ReaderTexts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports plans, resolves the names they use to departments, and activates them once every name is mapped.
 */
@Service
@Transactional(readOnly = true)
class PlanCatalog {

	private final JdbcClient jdbc;

	private final Directory directory;

	private final AuditTrail audit;

	private final List<IndicatorSource> indicators;

	private final Clock clock;

	private final Assignments assignments;

	PlanCatalog(JdbcClient jdbc, Directory directory, AuditTrail audit, List<IndicatorSource> indicators,
			Clock clock, Assignments assignments) {
		this.jdbc = jdbc;
		this.assignments = assignments;
		this.directory = directory;
		this.audit = audit;
		this.indicators = indicators;
		this.clock = clock;
	}

	/** The parse with each unit resolved to a department where the directory knows the name. */
	ResolvedPlan resolve(ParsedPlan parsed) {
		List<ResolvedPlan.Chapter> chapters = new ArrayList<>();
		for (ParsedChapter chapter : parsed.chapters()) {
			List<ResolvedPlan.Task> tasks = new ArrayList<>();
			for (ParsedTask task : chapter.tasks()) {
				List<ResolvedPlan.Unit> units = task.departments()
					.stream()
					.map(unit -> new ResolvedPlan.Unit(unit.name(), unit.role(), unit.townshipGroup(),
							unit.townshipGroup() ? null
									: directory.departmentByName(unit.name()).map(DepartmentSummary::id).orElse(null)))
					.toList();
				tasks.add(new ResolvedPlan.Task(task.seq(), task.number(), task.title(), task.content(), units));
			}
			chapters.add(new ResolvedPlan.Chapter(chapter.number(), chapter.title(), tasks));
		}
		return new ResolvedPlan(parsed.title(), parsed.issuer(), parsed.issuedOn(), chapters,
				parsed.warnings().stream().map(ReaderTexts::of).toList());
	}

	/**
	 * Saves a parsed plan as a draft. 相关镇街 becomes an assignment to each township chosen (all when none
	 * are chosen). Names the directory does not know are kept as written, to be mapped before activation.
	 */
	@Transactional
	long importPlan(ParsedPlan parsed, String sourceName, Integer year, List<Long> townshipIds) {
		ResolvedPlan plan = resolve(parsed);
		int planYear = year != null ? year
				: plan.issuedOn() != null ? plan.issuedOn().getYear() : LocalDate.now(clock).getYear();
		List<DepartmentSummary> townships = directory.townships()
			.stream()
			.filter(t -> townshipIds == null || townshipIds.isEmpty() || townshipIds.contains(t.id()))
			.toList();
		String actor = CurrentUsers.current().map(u -> u.getUsername()).orElse("system");
		long planId = jdbc.sql("""
				insert into plan.plan (title, issuer, issued_on, year, status, source_name, imported_by, imported_at)
				values (:title, :issuer, :issuedOn, :year, 'DRAFT', :source, :by, :at) returning id
				""")
			.param("title", truncate(plan.title() == null || plan.title().isBlank() ? sourceName : plan.title(), 300))
			.param("issuer", truncate(plan.issuer(), 200))
			.param("issuedOn", plan.issuedOn())
			.param("year", planYear)
			.param("source", truncate(sourceName, 200))
			.param("by", actor)
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		int position = 0;
		Set<String> bound = new java.util.HashSet<>();
		for (ResolvedPlan.Chapter chapter : plan.chapters()) {
			long chapterId = jdbc.sql("""
					insert into plan.chapter (plan_id, position, number, title) values (:plan, :position, :number, :title)
					returning id
					""")
				.param("plan", planId)
				.param("position", ++position)
				.param("number", truncate(chapter.number(), 10))
				.param("title", truncate(chapter.title(), 300))
				.query(Long.class)
				.single();
			for (ResolvedPlan.Task task : chapter.tasks()) {
				long taskId = jdbc.sql("""
						insert into plan.task (plan_id, chapter_id, seq, number, title, content)
						values (:plan, :chapter, :seq, :number, :title, :content) returning id
						""")
					.param("plan", planId)
					.param("chapter", chapterId)
					.param("seq", task.seq())
					.param("number", truncate(task.number(), 10))
					.param("title", truncate(task.title(), 300))
					.param("content", task.content())
					.query(Long.class)
					.single();
				assign(taskId, task, townships);
				bindIndicators(taskId, task.title(), bound);
			}
		}
		audit.record(AuditEvent.of("plan.imported", "plan", planId, null,
				Map.of("title", plan.title() == null ? "" : plan.title(), "tasks", plan.taskCount(), "source",
						sourceName)));
		return planId;
	}

	private void assign(long taskId, ResolvedPlan.Task task, List<DepartmentSummary> townships) {
		Map<String, ResolvedPlan.Unit> byName = new LinkedHashMap<>();
		Set<Long> departments = new java.util.HashSet<>();
		for (ResolvedPlan.Unit unit : task.units()) {
			if (unit.townshipGroup()) {
				for (DepartmentSummary township : townships) {
					if (departments.add(township.id())) {
						byName.putIfAbsent(township.shortName(),
								new ResolvedPlan.Unit(township.shortName(), unit.role(), false, township.id()));
					}
				}
			}
			else if (unit.departmentId() == null || departments.add(unit.departmentId())) {
				byName.putIfAbsent(truncate(unit.name(), 100), unit);
			}
		}
		assignments.saveAll(byName.entrySet()
			.stream()
			.map(entry -> Assignment.issue(taskId, entry.getKey(), entry.getValue().departmentId(),
					entry.getValue().role()))
			.toList());
	}

	/** Binds each indicator to the first task whose title names what it measures, and to that task only. */
	private void bindIndicators(long taskId, String title, Set<String> bound) {
		for (IndicatorSource source : indicators) {
			String words = source.measuredTask();
			if (words != null && !words.isBlank() && title != null && title.contains(words) && bound.add(source.key())) {
				jdbc.sql("insert into plan.indicator_binding (task_id, indicator_key) values (:task, :key) on conflict do nothing")
					.param("task", taskId)
					.param("key", source.key())
					.update();
			}
		}
	}

	/** Names in a plan that no department is known by yet. */
	List<String> unresolvedNames(long planId) {
		return jdbc.sql("""
				select distinct a.written_name from plan.assignment a join plan.task t on t.id = a.task_id
				where t.plan_id = :plan and a.department_id is null order by 1
				""").param("plan", planId).query(String.class).list();
	}

	/**
	 * Maps a written name to a department for the whole plan, optionally teaching the directory the name
	 * as an alias so that later plans resolve it by themselves.
	 */
	@Transactional
	int mapName(long planId, String writtenName, long departmentId, boolean remember) {
		PlanSummary plan = plan(planId);
		if (!"DRAFT".equals(plan.status())) {
			throw StepRefused.because("plan.refused.mapOnlyDrafts");
		}
		DepartmentSummary department = directory.department(departmentId)
			.orElseThrow(() -> RuleBroken.at("departmentId", "plan.rule.noSuchDepartment"));
		int updated = jdbc.sql("""
				update plan.assignment a set department_id = :department
				from plan.task t where t.id = a.task_id and t.plan_id = :plan and a.written_name = :name
				  and a.department_id is null
				  and not exists (select 1 from plan.assignment b where b.task_id = a.task_id and b.department_id = :department)
				""")
			.param("department", department.id())
			.param("plan", planId)
			.param("name", writtenName)
			.update();
		// where the department already had a part in the task, the extra name adds nothing
		jdbc.sql("""
				delete from plan.assignment a using plan.task t
				where t.id = a.task_id and t.plan_id = :plan and a.written_name = :name and a.department_id is null
				""").param("plan", planId).param("name", writtenName).update();
		if (updated == 0 && unresolvedNames(planId).contains(writtenName)) {
			throw RuleBroken.at("writtenName", "plan.rule.notUnresolved");
		}
		if (remember) {
			directory.addAlias(department.id(), writtenName);
		}
		audit.record(AuditEvent.of("plan.name-mapped", "plan", planId, Map.of("name", writtenName),
				Map.of("name", writtenName, "departmentId", department.id(), "department", department.name())));
		return updated;
	}

	@Transactional
	PlanSummary activate(long planId) {
		PlanSummary plan = plan(planId);
		if (!"DRAFT".equals(plan.status())) {
			throw StepRefused.because("plan.refused.notDraft");
		}
		List<String> unresolved = unresolvedNames(planId);
		if (!unresolved.isEmpty()) {
			throw RuleBroken.at("unresolvedNames", "plan.rule.unresolvedNames", String.join("、", unresolved));
		}
		jdbc.sql("update plan.plan set status = 'ACTIVE', version = version + 1 where id = :id").param("id", planId).update();
		audit.record(AuditEvent.of("plan.activated", "plan", planId, Map.of("status", "DRAFT"), Map.of("status", "ACTIVE")));
		return plan(planId);
	}

	@Transactional
	PlanSummary archive(long planId) {
		PlanSummary plan = plan(planId);
		if (!"ACTIVE".equals(plan.status())) {
			throw StepRefused.because("plan.refused.notActive");
		}
		jdbc.sql("update plan.plan set status = 'ARCHIVED', version = version + 1 where id = :id").param("id", planId).update();
		audit.record(AuditEvent.of("plan.archived", "plan", planId, Map.of("status", "ACTIVE"), Map.of("status", "ARCHIVED")));
		return plan(planId);
	}

	/** Changes the day of the month by which monthly progress reports are due. */
	@Transactional
	PlanSummary setReportDueDay(long planId, int day) {
		if (day < 1 || day > 28) {
			throw RuleBroken.at("reportDueDay", "plan.rule.reportDueDay");
		}
		PlanSummary before = plan(planId);
		jdbc.sql("update plan.plan set report_due_day = :day, version = version + 1 where id = :id")
			.param("day", day)
			.param("id", planId)
			.update();
		audit.record(AuditEvent.of("plan.report-due-day", "plan", planId, Map.of("reportDueDay", before.reportDueDay()),
				Map.of("reportDueDay", day)));
		return plan(planId);
	}

	PlanSummary plan(long planId) {
		return find(planId).orElseThrow(() -> new NoSuchRecord("plan " + planId));
	}

	Optional<PlanSummary> find(long planId) {
		return jdbc.sql("""
				select p.*, (select count(*) from plan.task t where t.plan_id = p.id) as tasks
				from plan.plan p where p.id = :id
				""").param("id", planId).query(PlanCatalog::summary).optional();
	}

	/** Up to {@code limit} plans before {@code beforeId} (all when null), newest first. */
	List<PlanSummary> plans(Long beforeId, int limit) {
		return jdbc.sql("""
				select p.*, (select count(*) from plan.task t where t.plan_id = p.id) as tasks
				from plan.plan p where (cast(:before as bigint) is null or p.id < :before) order by p.id desc limit :limit
				""").param("before", beforeId).param("limit", limit).query(PlanCatalog::summary).list();
	}

	List<PlanSummary> plans() {
		return jdbc.sql("""
				select p.*, (select count(*) from plan.task t where t.plan_id = p.id) as tasks
				from plan.plan p order by p.year desc, p.id desc
				""").query(PlanCatalog::summary).list();
	}

	private static PlanSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new PlanSummary(rs.getLong("id"), rs.getString("title"), rs.getString("issuer"),
				rs.getObject("issued_on", LocalDate.class), rs.getInt("year"), rs.getString("status"),
				rs.getString("source_name"), rs.getInt("report_due_day"), rs.getInt("tasks"));
	}

	private static String truncate(String value, int max) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.length() <= max ? stripped : stripped.substring(0, max);
	}

}
