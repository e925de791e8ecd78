package org.chengxiang.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.ReaderLocale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/** The training report of a year as tables and charts, and the same tables as an Excel workbook. */
@Controller
@PreAuthorize("@trainingBureau.includes(principal) or @trainingFinance.includes(principal) "
		+ "or hasAnyRole('SUPERVISOR','ADMIN')")
class TrainingReportPages {

	private final TrainingReportQueries reports;

	private final TrainingReportWorkbook workbook;

	private final ProviderScope scope;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Clock clock;

	TrainingReportPages(TrainingReportQueries reports, TrainingReportWorkbook workbook, ProviderScope scope,
			MessageSource messages, JsonMapper json, Clock clock) {
		this.reports = reports;
		this.workbook = workbook;
		this.scope = scope;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/training/reports")
	String report(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		int shown = year(year);
		TrainingReportQueries.TrainingReport report = reports.of(shown, scope.filter(user));
		model.addAttribute("year", shown);
		model.addAttribute("years", reports.years());
		model.addAttribute("report", report);
		model.addAttribute("townChart", json.writeValueAsString(Map.of("labels",
				report.towns().stream().map(l -> townName(l)).toList(), "series",
				List.of(report.towns().stream().map(l -> l.figures().trainees()).toList(),
						report.towns().stream().map(l -> l.figures().migrants()).toList(),
						report.towns().stream().map(l -> l.figures().completions()).toList(),
						report.towns().stream().map(l -> l.figures().certificates()).toList()))));
		model.addAttribute("subsidyChart", json.writeValueAsString(Map.of("labels",
				report.subsidies().stream().map(TrainingReportQueries.Subsidy::provider).toList(), "series",
				List.of(report.subsidies().stream().map(TrainingReportQueries.Subsidy::paid).toList()))));
		return "training/reports";
	}

	@GetMapping("/training/reports.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year,
			@AuthenticationPrincipal CurrentUser user) {
		return workbook.of(reports.of(year(year), scope.filter(user)));
	}

	private String townName(TrainingReportQueries.Line line) {
		return line.name().isEmpty() ? messages.getMessage("training.report.town.unknown", null, ReaderLocale.current())
				: line.name();
	}

	private int year(Integer year) {
		return year != null && year >= 2000 && year <= 2100 ? year : LocalDate.now(clock).getYear();
	}

}
