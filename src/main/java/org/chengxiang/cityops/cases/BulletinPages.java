package org.chengxiang.cityops.cases;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.web.Spreadsheets;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The monthly evaluation bulletin (考核月报): page and Excel export (the JSON is in {@link CasesApi}).
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR','OPERATOR','DEPARTMENT_LEAD')")
class BulletinPages {

	static final List<String> HEADER = List.of("维度", "名称", "上报", "立案", "派遣", "已处置", "按时处置", "超时", "返工", "延期",
			"结案", "立案率%", "按时处置率%", "返工率%", "延期率%", "结案率%", "结案时长中位数（小时）");

	private final Evaluation evaluation;

	private final Clock clock;

	BulletinPages(Evaluation evaluation, Clock clock) {
		this.evaluation = evaluation;
		this.clock = clock;
	}

	@GetMapping("/cityops/bulletin")
	String bulletin(@RequestParam(required = false) String month, @AuthenticationPrincipal CurrentUser user, Model model) {
		YearMonth shown;
		try {
			shown = month(month, clock);
		}
		catch (RuleBroken ex) {
			shown = YearMonth.now(clock);
			model.addAttribute("monthError", true);
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
		List<List<String>> rows = new ArrayList<>();
		rows.add(row("合计", b.total()));
		b.departments().forEach(line -> rows.add(row("部门", line)));
		b.townships().forEach(line -> rows.add(row("镇街", line)));
		b.officers().forEach(line -> rows.add(row("网格员", line)));
		return Spreadsheets.download("城管案件考核-" + shown + ".xlsx", Spreadsheets.write(shown.toString(), HEADER, rows));
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

}
