package org.chengxiang.cityops.cases;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.FormErrors;
import org.chengxiang.platform.web.ReaderLocale;
import org.chengxiang.platform.web.Spreadsheets;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The monthly evaluation bulletin (考核月报): page and Excel export (the JSON is in {@link CasesApi}). The sheet's
 * headings and dimensions are the messages {@code cityops.bulletin.sheet.*}, in the reader's language.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR','OPERATOR','DEPARTMENT_LEAD')")
class BulletinPages {

	/** The sheet's columns, each the message {@code cityops.bulletin.sheet.<column>}. */
	static final List<String> COLUMNS = List.of("dimension", "name", "reported", "filed", "dispatched", "handled",
			"handledOnTime", "overdue", "reworked", "extended", "closed", "filingRate", "onTimeRate", "reworkRate",
			"extensionRate", "closureRate", "medianHours");

	private final Evaluation evaluation;

	private final MessageSource messages;

	private final Clock clock;

	BulletinPages(Evaluation evaluation, MessageSource messages, Clock clock) {
		this.evaluation = evaluation;
		this.messages = messages;
		this.clock = clock;
	}

	@InitBinder("bulletinForm")
	void bulletinForm(WebDataBinder binder) {
		binder.setAllowedFields("month");
	}

	/** The month asked for; a bad one is shown beside the field as typed, with this month's bulletin below. */
	@GetMapping("/cityops/bulletin")
	String bulletin(@ModelAttribute("bulletinForm") BulletinForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		YearMonth shown;
		try {
			shown = month(form.getMonth(), clock);
			form.setMonth(shown.toString());
		}
		catch (RuleBroken ex) {
			FormErrors.apply(ex, result);
			shown = YearMonth.now(clock);
		}
		model.addAttribute("b", evaluation.bulletin(shown, user.scope()));
		model.addAttribute("month", shown.toString());
		model.addAttribute("previous", shown.minusMonths(1).toString());
		model.addAttribute("next", shown.plusMonths(1).toString());
		return "cityops/cases/bulletin";
	}

	@GetMapping("/cityops/bulletin/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String month,
			@AuthenticationPrincipal CurrentUser user) {
		YearMonth shown = month(month, clock);
		Bulletin b = evaluation.bulletin(shown, user.scope());
		List<String> header = COLUMNS.stream().map(column -> word("cityops.bulletin.sheet." + column)).toList();
		List<List<String>> rows = new ArrayList<>();
		rows.add(row(word("cityops.bulletin.sheet.total"), b.total()));
		String department = word("cityops.bulletin.sheet.department");
		String township = word("cityops.bulletin.sheet.township");
		String officer = word("cityops.bulletin.sheet.officer");
		b.departments().forEach(line -> rows.add(row(department, line)));
		b.townships().forEach(line -> rows.add(row(township, line)));
		b.officers().forEach(line -> rows.add(row(officer, line)));
		return Spreadsheets.download(word("cityops.bulletin.sheet.fileName", shown.toString()),
				Spreadsheets.write(shown.toString(), header, rows));
	}

	private String word(String key, Object... arguments) {
		return messages.getMessage(key, arguments, ReaderLocale.current());
	}

	static List<String> row(String dimension, BulletinLine line) {
		return List.of(dimension, line.name(), String.valueOf(line.reported()), String.valueOf(line.filed()),
				String.valueOf(line.dispatched()), String.valueOf(line.handled()), String.valueOf(line.handledOnTime()),
				String.valueOf(line.overdue()), String.valueOf(line.reworked()), String.valueOf(line.extended()),
				String.valueOf(line.closed()), text(line.filingRate()), text(line.onTimeRate()), text(line.reworkRate()),
				text(line.extensionRate()), text(line.closureRate()), text(line.medianHoursToClose()));
	}

	private static String text(Double value) {
		return value == null ? "—" : String.valueOf(value);
	}

	/** The month asked for, this month when none; a month before 2000 or past next year is refused. */
	static YearMonth month(String text, Clock clock) {
		if (text == null || text.isBlank()) {
			return YearMonth.now(clock);
		}
		try {
			YearMonth month = YearMonth.parse(text.strip());
			if (month.isBefore(YearMonth.of(2000, 1)) || month.isAfter(YearMonth.now(clock).plusYears(1))) {
				throw RuleBroken.at("month", "cityops.bulletin.rule.monthRange");
			}
			return month;
		}
		catch (DateTimeParseException ex) {
			throw RuleBroken.at("month", "cityops.bulletin.rule.monthFormat");
		}
	}

	/** The month field of the bulletin page, as typed. */
	public static class BulletinForm {

		private String month;

		public String getMonth() {
			return month;
		}

		public void setMonth(String month) {
			this.month = month;
		}

	}

}
