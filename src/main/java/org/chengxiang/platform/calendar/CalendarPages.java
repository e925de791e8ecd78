package org.chengxiang.platform.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.chengxiang.platform.calendar.CalendarForms.AdditionForm;
import org.chengxiang.platform.calendar.CalendarForms.DayForm;
import org.chengxiang.platform.calendar.CalendarForms.BetweenForm;
import org.chengxiang.platform.web.Flash;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

/**
 * The working-day calendar page for staff: a year's special days, a working-day calculator and, for
 * administrators, defining and removing special days.
 */
@Controller
@RequestMapping("/calendar")
@PreAuthorize("isAuthenticated() and !hasRole('RESIDENT')")
class CalendarPages {

	private static final String PAGE = "calendar/calendar";

	// "This year" where the city is, whatever zone the server runs in.

	private final WorkingDayCalendar calendar;

	private final Validator validator;

	private final MessageSource messages;

	private final Clock clock;

	CalendarPages(WorkingDayCalendar calendar, Validator validator, MessageSource messages, Clock clock) {
		this.calendar = calendar;
		this.validator = validator;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String show(@RequestParam(required = false) String year, Locale locale, Model model) {
		return page(year(year, locale, model), model);
	}

	/** The calculator's answer, in place of its form. */
	@HxRequest
	@GetMapping("/addition")
	String addWorkingDays(@ModelAttribute("addition") AdditionForm form, BindingResult result, Model model) {
		LocalDate start = requiredDate(result, "start", form.start());
		Integer days = requiredNumber(result, "days", form.days());
		if (!result.hasErrors()) {
			try {
				LocalDate end = calendar.addWorkingDays(start, days);
				model.addAttribute("added", end);
				model.addAttribute("addedUncovered", joined(calendar.uncoveredYears(start, end)));
			}
			catch (InvalidCalendarInput ex) {
				reject(result, ex);
			}
		}
		return PAGE + " :: addition";
	}

	/** Without htmx, the whole page with the answer. */
	@GetMapping("/addition")
	String addWorkingDaysPage(@ModelAttribute("addition") AdditionForm form, BindingResult result, Model model) {
		addWorkingDays(form, result, model);
		return page(thisYear(), model);
	}

	/** The calculator's answer, in place of its form. */
	@HxRequest
	@GetMapping("/between")
	String countWorkingDays(@ModelAttribute("between") BetweenForm form, BindingResult result, Model model) {
		LocalDate from = requiredDate(result, "from", form.from());
		LocalDate to = requiredDate(result, "to", form.to());
		if (!result.hasErrors()) {
			try {
				model.addAttribute("counted", calendar.workingDaysBetween(from, to));
				model.addAttribute("countedUncovered", joined(calendar.uncoveredYears(from, to)));
			}
			catch (InvalidCalendarInput ex) {
				reject(result, ex);
			}
		}
		return PAGE + " :: between";
	}

	/** Without htmx, the whole page with the answer. */
	@GetMapping("/between")
	String countWorkingDaysPage(@ModelAttribute("between") BetweenForm form, BindingResult result, Model model) {
		countWorkingDays(form, result, model);
		return page(thisYear(), model);
	}

	@PostMapping("/days")
	@PreAuthorize("hasRole('ADMIN')")
	String processDayForm(@ModelAttribute("day") DayForm form, BindingResult result,
			@RequestParam(required = false) String year, Locale locale, Model model, RedirectAttributes redirect) {
		LocalDate date = requiredDate(result, "date", form.date());
		DefineCalendarDay command = new DefineCalendarDay(date, kind(result, form.kind()), form.name());
		for (ConstraintViolation<DefineCalendarDay> violation : validator.validate(command)) {
			InvalidCalendarInput problem = InvalidCalendarInput.of(violation);
			// A field that could not be read is already on the form; "required" would only repeat it.
			if (!result.hasFieldErrors(problem.field())) {
				reject(result, problem);
			}
		}
		if (!result.hasErrors()) {
			try {
				CalendarDay defined = calendar.define(command);
				Flash.success(redirect, "calendar.page.defined", defined.date().toString(), defined.name());
				return "redirect:/calendar?year=" + defined.date().getYear();
			}
			catch (InvalidCalendarInput ex) {
				reject(result, ex);
			}
		}
		return page((date != null && !result.hasFieldErrors("date")) ? date.getYear() : year(year, locale, model),
				model);
	}

	@PostMapping("/days/{date}/removal")
	@PreAuthorize("hasRole('ADMIN')")
	String remove(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date, RedirectAttributes redirect) {
		calendar.remove(date);
		Flash.success(redirect, "calendar.page.removed", date.toString());
		return "redirect:/calendar?year=" + date.getYear();
	}

	private String page(int year, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("days", calendar.specialDays(year));
		model.addAttribute("arrangement", calendar.year(year).orElse(null));
		model.addAttribute("years", selectableYears(year));
		model.addAttribute("firstYear", WorkingDayArithmetic.FIRST_SUPPORTED.getYear());
		model.addAttribute("lastYear", WorkingDayArithmetic.LAST_SUPPORTED.getYear());
		model.addAttribute("kinds", DayKind.values());
		model.addAttribute("adminSource", CalendarDay.ADMIN);
		// The forms that were not submitted start blank; the one that was keeps what was typed.
		if (!model.containsAttribute("day")) {
			model.addAttribute("day", DayForm.blank());
		}
		if (!model.containsAttribute("addition")) {
			model.addAttribute("addition", new AdditionForm(thisYearsToday().toString(), ""));
		}
		if (!model.containsAttribute("between")) {
			model.addAttribute("between", new BetweenForm(thisYearsToday().toString(), ""));
		}
		return PAGE;
	}

	/** The year asked for, or this year with a message when it cannot be shown. */
	private int year(String text, Locale locale, Model model) {
		if (text == null || text.isBlank()) {
			return thisYear();
		}
		try {
			int year = Integer.parseInt(text.strip());
			if (year >= WorkingDayArithmetic.FIRST_SUPPORTED.getYear()
					&& year <= WorkingDayArithmetic.LAST_SUPPORTED.getYear()) {
				return year;
			}
		}
		catch (NumberFormatException ex) {
			// answered below like a year out of range
		}
		model.addAttribute("yearError",
				messages.getMessage("calendar.page.yearInvalid",
						new Object[] { String.valueOf(WorkingDayArithmetic.FIRST_SUPPORTED.getYear()),
								String.valueOf(WorkingDayArithmetic.LAST_SUPPORTED.getYear()) },
						locale));
		return thisYear();
	}

	/**
	 * The years the selector offers: from the first covered year through this year and the next, and the
	 * one shown; years further off are reached by the previous and next links.
	 */
	private SortedSet<Integer> selectableYears(int shown) {
		SortedSet<Integer> years = new TreeSet<>(calendar.coveredYears());
		int first = years.isEmpty() ? thisYear() : Math.min(years.first(), thisYear());
		int last = Math.max(years.isEmpty() ? thisYear() : years.last(), thisYear() + 1);
		IntStream.rangeClosed(first, Math.min(last, WorkingDayArithmetic.LAST_SUPPORTED.getYear())).forEach(years::add);
		years.add(shown);
		return years;
	}

	private LocalDate thisYearsToday() {
		return LocalDate.now(clock);
	}

	private int thisYear() {
		return thisYearsToday().getYear();
	}

	private static LocalDate requiredDate(BindingResult result, String field, String text) {
		if (text == null || text.isBlank()) {
			reject(result, new InvalidCalendarInput(field, CalendarProblem.REQUIRED));
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			reject(result, new InvalidCalendarInput(field, CalendarProblem.INVALID_DATE));
			return null;
		}
	}

	private static Integer requiredNumber(BindingResult result, String field, String text) {
		if (text == null || text.isBlank()) {
			reject(result, new InvalidCalendarInput(field, CalendarProblem.REQUIRED));
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			reject(result, new InvalidCalendarInput(field, CalendarProblem.INVALID_NUMBER));
			return null;
		}
	}

	/** The kind chosen; {@code null} when none, which the command's validation reports. */
	private static DayKind kind(BindingResult result, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return DayKind.valueOf(text.strip());
		}
		catch (IllegalArgumentException ex) {
			reject(result, new InvalidCalendarInput("kind", CalendarProblem.INVALID_KIND));
			return null;
		}
	}

	/**
	 * Puts a problem on its field, worded by the {@code calendar.problem.*} keys the API uses too; the
	 * field is named by its label ({@code field.<name>}, else {@code calendar.page.field.<name>}).
	 */
	private static void reject(BindingResult result, InvalidCalendarInput problem) {
		String field = problem.field();
		Object[] arguments = new Object[problem.arguments().length + 1];
		arguments[0] = new DefaultMessageSourceResolvable(
				new String[] { "field." + field, "calendar.page.field." + field }, field);
		System.arraycopy(problem.arguments(), 0, arguments, 1, problem.arguments().length);
		result.rejectValue(field, problem.problem().key(), arguments, problem.getMessage());
	}

	private static String joined(SortedSet<Integer> years) {
		return years.isEmpty() ? null : years.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}

}
