package org.chengxiang.platform.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of the working-day calendar; changing it needs the ADMIN role.
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

	private final WorkingDayCalendar calendar;

	CalendarController(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/days/{date}")
	DayView day(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
		boolean workingDay = calendar.isWorkingDay(date);
		return calendar.day(date)
			.map((day) -> new DayView(date, workingDay, day.kind(), day.name(), covered(date)))
			.orElseGet(() -> new DayView(date, workingDay, null, null, covered(date)));
	}

	@GetMapping("/add-working-days")
	AddedWorkingDays addWorkingDays(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam int days) {
		// Checked here as well so that the problem names the query parameter, not the service's.
		WorkingDayArithmetic.requireSupported(from, "from");
		LocalDate result = calendar.addWorkingDays(from, days);
		return new AddedWorkingDays(from, days, result, calendar.coveredYears(), calendar.uncoveredYears(from, result));
	}

	@GetMapping("/working-days-between")
	WorkingDaysBetween workingDaysBetween(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
		int workingDays = calendar.workingDaysBetween(from, to);
		return new WorkingDaysBetween(from, to, workingDays, calendar.coveredYears(), calendar.uncoveredYears(from, to));
	}

	@GetMapping("/years/{year}")
	YearView year(@PathVariable int year) {
		List<CalendarDay> days = calendar.specialDays(year);
		return calendar.year(year)
			.map((arrangement) -> new YearView(year, true, arrangement.source(), days))
			.orElseGet(() -> new YearView(year, false, null, days));
	}

	@PutMapping("/days/{date}")
	@PreAuthorize("hasRole('ADMIN')")
	CalendarDay define(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date,
			@RequestBody DayDefinition definition) {
		return calendar.define(new DefineCalendarDay(date, definition.kind(), definition.name()));
	}

	@DeleteMapping("/days/{date}")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
		calendar.remove(date);
	}

	@PutMapping("/years/{year}")
	@PreAuthorize("hasRole('ADMIN')")
	YearView declareYear(@PathVariable int year, @RequestBody YearDeclaration declaration) {
		calendar.declareYear(new DeclareCalendarYear(year, declaration.source()));
		return year(year);
	}

	private boolean covered(LocalDate date) {
		return calendar.coveredYears().contains(date.getYear());
	}

	/**
	 * @param covered whether the year's official arrangement is loaded; if not, only weekends were considered
	 */
	record DayView(LocalDate date, boolean workingDay, DayKind kind, String name, boolean covered) {
	}

	/**
	 * @param uncoveredYears years from {@code from} to {@code result} counted on weekends only
	 */
	record AddedWorkingDays(LocalDate from, int days, LocalDate result, Set<Integer> coveredYears,
			Set<Integer> uncoveredYears) {
	}

	/**
	 * @param workingDays working days after {@code from} up to and including {@code to}
	 * @param uncoveredYears years between the dates counted on weekends only
	 */
	record WorkingDaysBetween(LocalDate from, LocalDate to, int workingDays, Set<Integer> coveredYears,
			Set<Integer> uncoveredYears) {
	}

	record YearView(int year, boolean covered, String source, List<CalendarDay> days) {
	}

	record DayDefinition(DayKind kind, String name) {
	}

	record YearDeclaration(String source) {
	}

}
