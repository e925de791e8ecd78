package org.chengxiang.cityops.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.chengxiang.directory.DivisionSummary;
import org.chengxiang.directory.Directory;
import org.chengxiang.platform.security.Scope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 考核评价: the month's cases (by the time they were reported) per department, per township and per grid officer —
 * reported, filed, dispatched, handled on time, overdue, rework, extension and closure rates, and the median
 * hours from report to closure. The operations centre, the supervision office and administrators see every
 * line; a department's lead sees the figures of the cases dispatched to the department.
 */
@Service
@Transactional(readOnly = true)
class Evaluation {

	private final JdbcClient jdbc;

	private final DepartmentCodes departments;

	private final Directory directory;

	private final Clock clock;

	Evaluation(JdbcClient jdbc, DepartmentCodes departments, Directory directory, Clock clock) {
		this.jdbc = jdbc;
		this.departments = departments;
		this.directory = directory;
		this.clock = clock;
	}

	/** The month's bulletin within the scope. */
	public Bulletin bulletin(YearMonth month, Scope scope) {
		// who may read it is decided at the edge; here only what they see: the city, or their department's cases
		Long department = switch (scope.role()) {
			case ADMIN, SUPERVISOR, OPERATOR -> null;
			default -> scope.departmentId() == null ? -1L : scope.departmentId();
		};
		Instant from = month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
		List<Facts> facts = facts(from, to, department);
		Map<String, String> officerNames = new LinkedHashMap<>();
		Map<String, String> townNames = new LinkedHashMap<>();
		// departments in the government's usual order, towns and subdistricts in the order of their codes
		return new Bulletin(month, total(facts),
				directory.inDepartmentOrder(lines(facts, f -> f.departmentId() == null ? null : String.valueOf(f.departmentId()),
						key -> departments.name(Long.valueOf(key))), line -> Long.valueOf(line.key())),
				lines(facts, Facts::townshipCode, code -> townNames.computeIfAbsent(code,
						c -> directory.division(c).map(DivisionSummary::name).orElse(c)))
					.stream()
					.sorted(Comparator.comparing(BulletinLine::key))
					.toList(),
				lines(facts, Facts::officer, username -> officerNames.computeIfAbsent(username,
						u -> directory.user(u).map(user -> user.displayName()).orElse(u))));
	}

	/** The whole city's figures for a year: what the plan's indicators show. */
	public BulletinLine year(int year) {
		Instant from = java.time.LocalDate.of(year, 1, 1).atStartOfDay(clock.getZone()).toInstant();
		Instant to = java.time.LocalDate.of(year + 1, 1, 1).atStartOfDay(clock.getZone()).toInstant();
		return total(facts(from, to, null));
	}

	List<Facts> facts(Instant from, Instant to, Long department) {
		Instant now = clock.instant();
		return jdbc.sql("""
				select c.department_id, c.township_code,
				    case when c.reporter_role = 'GRID_OFFICER' then c.reporter end as officer,
				    c.status, c.filed_at, c.dispatched_at, c.feedback_at, c.late, c.handling_due_at, c.reworks,
				    c.extensions, c.closed_at, c.reported_at
				from cityops.city_case c
				where c.reported_at >= :from and c.reported_at < :to
				  and (cast(:department as bigint) is null or c.department_id = :department)
				""")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("department", department)
			.query((rs, n) -> {
				CaseStatus status = CaseStatus.valueOf(rs.getString("status"));
				Instant feedback = CaseScope.instant(rs.getTimestamp("feedback_at"));
				Instant handlingDue = CaseScope.instant(rs.getTimestamp("handling_due_at"));
				Instant reported = CaseScope.instant(rs.getTimestamp("reported_at"));
				Instant closed = CaseScope.instant(rs.getTimestamp("closed_at"));
				boolean late = rs.getBoolean("late");
				boolean stillOverdue = feedback == null && CaseStatus.WITH_DEPARTMENT.contains(status) && handlingDue != null
						&& handlingDue.isBefore(now);
				long departmentId = rs.getLong("department_id");
				return new Facts(rs.wasNull() ? null : departmentId, rs.getString("township_code"), rs.getString("officer"),
						rs.getTimestamp("filed_at") != null, rs.getTimestamp("dispatched_at") != null, feedback != null,
						feedback != null && !late, late || stillOverdue, rs.getInt("reworks") > 0, rs.getInt("extensions") > 0,
						status == CaseStatus.CLOSED,
						status == CaseStatus.CLOSED ? Duration.between(reported, closed).toMinutes() / 60.0 : null);
			})
			.list();
	}

	/** One line per key (cases without a key, e.g. not dispatched yet, are left out), ordered by name. */
	static List<BulletinLine> lines(List<Facts> facts, Function<Facts, String> key, Function<String, String> name) {
		Map<String, List<Facts>> groups = new LinkedHashMap<>();
		for (Facts f : facts) {
			String k = key.apply(f);
			if (k != null) {
				groups.computeIfAbsent(k, x -> new ArrayList<>()).add(f);
			}
		}
		List<BulletinLine> lines = new ArrayList<>();
		groups.forEach((k, group) -> lines.add(line(k, name.apply(k), group)));
		lines.sort(Comparator.comparing(BulletinLine::name));
		return lines;
	}

	static BulletinLine total(List<Facts> facts) {
		return line("ALL", "", facts);
	}

	static BulletinLine line(String key, String name, List<Facts> facts) {
		int reported = facts.size();
		int filed = count(facts, Facts::filed);
		int dispatched = count(facts, Facts::dispatched);
		int handled = count(facts, Facts::handled);
		int onTime = count(facts, Facts::handledOnTime);
		int overdue = count(facts, Facts::overdue);
		int reworked = count(facts, Facts::reworked);
		int extended = count(facts, Facts::extended);
		int closed = count(facts, Facts::closed);
		List<Double> hours = facts.stream().map(Facts::hoursToClose).filter(java.util.Objects::nonNull).sorted().toList();
		return new BulletinLine(key, name, reported, filed, dispatched, handled, onTime, overdue, reworked, extended, closed,
				rate(filed, reported), rate(onTime, handled), rate(reworked, dispatched), rate(extended, dispatched),
				rate(closed, filed), median(hours));
	}

	static Double median(List<Double> sorted) {
		if (sorted.isEmpty()) {
			return null;
		}
		int middle = sorted.size() / 2;
		double value = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
		return Math.round(value * 10) / 10.0;
	}

	/** Percent with one decimal, or null when there is nothing to divide by. */
	static Double rate(int part, int whole) {
		return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
	}

	private static int count(List<Facts> facts, java.util.function.Predicate<Facts> test) {
		return (int) facts.stream().filter(test).count();
	}

	/**
	 * What counts about one case.
	 *
	 * @param departmentId the department it was (last) dispatched to
	 * @param townshipCode the subdistrict or town it lies in
	 * @param officer the grid officer who reported it, if one did
	 * @param filed whether it was filed (立案)
	 * @param dispatched whether it was dispatched
	 * @param handled whether the department reported it done
	 * @param handledOnTime whether that was within the handling time limit
	 * @param overdue handled late, or still with the department past its deadline
	 * @param reworked whether a verification failed
	 * @param extended whether an extension was granted
	 * @param closed whether it is closed (结案)
	 * @param hoursToClose hours from report to closure, when closed
	 */
	record Facts(Long departmentId, String townshipCode, String officer, boolean filed, boolean dispatched,
			boolean handled, boolean handledOnTime, boolean overdue, boolean reworked, boolean extended, boolean closed,
			Double hoursToClose) {
	}

}
