package org.chengxiang.platform.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.annotation.PostConstruct;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Working days on the official holiday calendar (法定节假日, 调休) for deadlines counted in working days.
 */
@Service
public class WorkingDayCalendar {

	private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

	private final JdbcClient jdbc;

	private final Validator validator;

	private final BundledCalendarLoader bundle;

	private final AuditTrail auditTrail;

	private final Object refreshLock = new Object();

	private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

	// Replaced whole on refresh, never changed, so readers need no lock.
	private volatile Snapshot snapshot = Snapshot.of(List.of(), List.of());

	WorkingDayCalendar(JdbcClient jdbc, Validator validator, BundledCalendarLoader bundle, AuditTrail auditTrail) {
		this.jdbc = jdbc;
		this.validator = validator;
		this.bundle = bundle;
		this.auditTrail = auditTrail;
	}

	// At initialisation rather than on ApplicationReadyEvent, so that other beans may count
	// deadlines while the application starts.
	@PostConstruct
	void loadBundledArrangements() {
		bundle.loadNewYears();
		refresh();
	}

	/**
	 * Whether people work on that day.
	 * @throws IllegalArgumentException if the date is outside 1995-05-01 (the five-day week) to 2999-12-31
	 */
	public boolean isWorkingDay(LocalDate date) {
		Snapshot current = snapshot;
		boolean working = current.arithmetic().isWorkingDay(date);
		warnIfUncovered(current, date.getYear(), date.getYear());
		return working;
	}

	/**
	 * The {@code days}-th working day after {@code start}: {@code start} itself is not counted, and zero
	 * days answers {@code start}.
	 * @throws IllegalArgumentException if days is negative or above 3650, or start is outside the supported range
	 */
	public LocalDate addWorkingDays(LocalDate start, int days) {
		Snapshot current = snapshot;
		LocalDate result = current.arithmetic().addWorkingDays(start, days);
		warnIfUncovered(current, start.getYear(), result.getYear());
		return result;
	}

	/**
	 * Working days after {@code fromExclusive} up to and including {@code toInclusive}; negative when
	 * {@code toInclusive} comes first, e.g. the working days a deadline is past.
	 * @throws IllegalArgumentException if a date is outside the supported range
	 */
	public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
		Snapshot current = snapshot;
		int count = current.arithmetic().workingDaysBetween(fromExclusive, toInclusive);
		warnIfUncovered(current, Math.min(fromExclusive.getYear(), toInclusive.getYear()),
				Math.max(fromExclusive.getYear(), toInclusive.getYear()));
		return count;
	}

	/**
	 * The special day on that date, empty on an ordinary weekday or weekend.
	 */
	public Optional<CalendarDay> day(LocalDate date) {
		Objects.requireNonNull(date, "date");
		return Optional.ofNullable(snapshot.days().get(date));
	}

	/**
	 * The special days dated in that year, in date order.
	 */
	public List<CalendarDay> specialDays(int year) {
		requireSupportedYear(year);
		return List.copyOf(snapshot.days()
			.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true)
			.values());
	}

	/**
	 * The years whose official arrangement is loaded; other years are counted on weekends only, with a
	 * warning in the log once per year.
	 */
	public Set<Integer> coveredYears() {
		return snapshot.years().keySet();
	}

	/**
	 * The years from the earlier to the later date that are counted on weekends only.
	 */
	SortedSet<Integer> uncoveredYears(LocalDate first, LocalDate second) {
		Set<Integer> covered = coveredYears();
		return IntStream
			.rangeClosed(Math.min(first.getYear(), second.getYear()), Math.max(first.getYear(), second.getYear()))
			.filter((year) -> !covered.contains(year))
			.boxed()
			.collect(TreeSet::new, TreeSet::add, TreeSet::addAll);
	}

	/**
	 * The loaded arrangement of that year and the notice it comes from.
	 */
	public Optional<CalendarYear> year(int year) {
		return Optional.ofNullable(snapshot.years().get(year));
	}

	/**
	 * Adds or replaces one special day; audited as {@code calendar.day.defined} with the day before and after.
	 * @throws ConstraintViolationException if the command is invalid
	 */
	@Transactional
	public CalendarDay define(DefineCalendarDay command) {
		validate(command);
		WorkingDayArithmetic.requireSupported(command.date(), "date");
		// Locked so that two administrators defining the same day each record what they really replaced.
		CalendarDay before = jdbc.sql("select day, kind, name, source from platform.calendar_day where day = :day for update")
			.param("day", command.date())
			.query(WorkingDayCalendar::mapDay)
			.optional()
			.orElse(null);
		CalendarDay day = jdbc.sql("""
				insert into platform.calendar_day (day, kind, name, source) values (:day, :kind, :name, :source)
				on conflict (day) do update set kind = excluded.kind, name = excluded.name, source = excluded.source
				returning day, kind, name, source""")
			.param("day", command.date())
			.param("kind", command.kind().name())
			.param("name", command.name().strip())
			.param("source", CalendarDay.ADMIN)
			.query(WorkingDayCalendar::mapDay)
			.single();
		auditTrail.record(AuditEvent.of("calendar.day.defined", "calendar_day", day.date(), before, day));
		refreshWhenCompleted();
		log.info("Calendar day {} defined as {} {}", day.date(), day.kind(), day.name());
		return day;
	}

	/**
	 * Removes a special day, so that the ordinary rule applies to it again; nothing happens if there is none.
	 * A removal is audited as {@code calendar.day.removed} with the day removed.
	 */
	@Transactional
	public void remove(LocalDate date) {
		Objects.requireNonNull(date, "date");
		Optional<CalendarDay> removed = jdbc
			.sql("delete from platform.calendar_day where day = :day returning day, kind, name, source")
			.param("day", date)
			.query(WorkingDayCalendar::mapDay)
			.optional();
		refreshWhenCompleted();
		removed.ifPresent((day) -> {
			auditTrail.record(AuditEvent.of("calendar.day.removed", "calendar_day", date, day, null));
			log.info("Calendar day {} removed", date);
		});
	}

	/**
	 * Records that a year's official arrangement is complete, after its days were defined one by one;
	 * audited as {@code calendar.year.declared} with the declaration before and after.
	 * @throws ConstraintViolationException if the command is invalid
	 */
	@Transactional
	public CalendarYear declareYear(DeclareCalendarYear command) {
		validate(command);
		requireSupportedYear(command.year());
		CalendarYear before = jdbc.sql("select year, source from platform.calendar_year where year = :year for update")
			.param("year", command.year())
			.query(WorkingDayCalendar::mapYear)
			.optional()
			.orElse(null);
		CalendarYear year = jdbc.sql("""
				insert into platform.calendar_year (year, source) values (:year, :source)
				on conflict (year) do update set source = excluded.source
				returning year, source""")
			.param("year", command.year())
			.param("source", command.source().strip())
			.query(WorkingDayCalendar::mapYear)
			.single();
		auditTrail.record(AuditEvent.of("calendar.year.declared", "calendar_year", year.year(), before, year));
		refreshWhenCompleted();
		log.info("Calendar year {} declared from {}", year.year(), year.source());
		return year;
	}

	/**
	 * Reads the table again. Runs after each change here and every ten minutes, so that changes made by
	 * another instance arrive too.
	 */
	@Scheduled(fixedDelay = 10, initialDelay = 10, timeUnit = TimeUnit.MINUTES)
	void refresh() {
		// Serialised so that a slower, older read cannot replace a newer one.
		synchronized (this.refreshLock) {
			List<CalendarDay> days = jdbc.sql("select day, kind, name, source from platform.calendar_day")
				.query(WorkingDayCalendar::mapDay)
				.list();
			List<CalendarYear> years = jdbc.sql("select year, source from platform.calendar_year")
				.query(WorkingDayCalendar::mapYear)
				.list();
			this.snapshot = Snapshot.of(days, years);
		}
	}

	// Inside the transaction (the method's own, or a caller's it joined) the change is not final yet:
	// reading it now would cache a day that a rollback removes again. After completion the read runs on
	// the same connection but after its commit or rollback, so it sees exactly what the database kept.
	private void refreshWhenCompleted() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					refresh();
				}
			});
		}
		else {
			refresh();
		}
	}

	private void warnIfUncovered(Snapshot current, int firstYear, int lastYear) {
		for (int year = firstYear; year <= lastYear; year++) {
			if (!current.years().containsKey(year) && warnedYears.add(year)) {
				log.warn("No official holiday arrangement is loaded for {}: its working days are counted on weekends "
						+ "only until the State Council notice is added (see docs/calendar.md)", year);
			}
		}
	}

	private <T> void validate(T command) {
		Set<ConstraintViolation<T>> violations = validator.validate(Objects.requireNonNull(command, "command"));
		if (!violations.isEmpty()) {
			throw new ConstraintViolationException(violations);
		}
	}

	private static void requireSupportedYear(int year) {
		int first = WorkingDayArithmetic.FIRST_SUPPORTED.getYear();
		int last = WorkingDayArithmetic.LAST_SUPPORTED.getYear();
		if (year < first || year > last) {
			throw new InvalidCalendarInput("year", CalendarProblem.YEAR_OUT_OF_RANGE, String.valueOf(first),
					String.valueOf(last));
		}
	}

	private static CalendarDay mapDay(ResultSet rs, int row) throws SQLException {
		return new CalendarDay(rs.getObject("day", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
				rs.getString("name"), rs.getString("source"));
	}

	private static CalendarYear mapYear(ResultSet rs, int row) throws SQLException {
		return new CalendarYear(rs.getInt("year"), rs.getString("source"));
	}

	private record Snapshot(NavigableMap<LocalDate, CalendarDay> days, SortedMap<Integer, CalendarYear> years,
			WorkingDayArithmetic arithmetic) {

		static Snapshot of(List<CalendarDay> days, List<CalendarYear> years) {
			NavigableMap<LocalDate, CalendarDay> byDate = new TreeMap<>();
			days.forEach((day) -> byDate.put(day.date(), day));
			SortedMap<Integer, CalendarYear> byYear = new TreeMap<>();
			years.forEach((year) -> byYear.put(year.year(), year));
			Map<LocalDate, DayKind> kinds = days.stream()
				.collect(Collectors.toMap(CalendarDay::date, CalendarDay::kind));
			return new Snapshot(Collections.unmodifiableNavigableMap(byDate), Collections.unmodifiableSortedMap(byYear),
					new WorkingDayArithmetic(kinds));
		}

	}

}
