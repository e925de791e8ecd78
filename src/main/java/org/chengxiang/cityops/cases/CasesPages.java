package org.chengxiang.cityops.cases;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Validator;

import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.web.CommandChecks;
import org.chengxiang.platform.web.Flash;
import org.chengxiang.platform.web.FormErrors;
import org.chengxiang.platform.domain.NoSuchRecord;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of city-management cases: the list with the tabs each role works from, the report form with its map,
 * and a case's detail with its timeline, photos, map point and the steps the user may take.
 */
@Controller
@RequestMapping("/cityops/cases")
class CasesPages {

	private final CaseDesk desk;

	private final CaseQueries queries;

	private final Classification classification;

	private final CaseNotices notices;

	private final PhotoStore photos;

	private final Validator validator;

	CasesPages(CaseDesk desk, CaseQueries queries, Classification classification, CaseNotices notices,
			PhotoStore photos, Validator validator) {
		this.desk = desk;
		this.queries = queries;
		this.classification = classification;
		this.notices = notices;
		this.photos = photos;
		this.validator = validator;
	}

	@InitBinder("report")
	void report(WebDataBinder binder) {
		binder.setAllowedFields("classCode", "description", "longitude", "latitude", "source");
	}

	@GetMapping
	String list(@RequestParam(required = false) CaseTab tab, @RequestParam(required = false) String classCode,
			@RequestParam(required = false) Long beforeId, @RequestParam(required = false) String q,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		CaseTab shown = tab == null ? CaseTab.startingTab(user.role()) : tab;
		List<CaseQueries.Row> rows;
		if (q != null && !q.isBlank()) {
			rows = queries.search(user.scope(), q);
			model.addAttribute("q", q.strip());
		}
		else {
			rows = queries.list(user.scope(), shown, classCode, null, beforeId, 50);
			model.addAttribute("nextBeforeId", rows.size() == 50 ? rows.get(rows.size() - 1).id() : null);
		}
		model.addAttribute("rows", rows);
		model.addAttribute("tab", shown);
		model.addAttribute("tabs", CaseTab.values());
		model.addAttribute("classCode", classCode);
		model.addAttribute("classes", classification.classes());
		model.addAttribute("notices", notices.latest(user, 8));
		model.addAttribute("mayReport", mayReport(user));
		return "cityops/cases/list";
	}

	@GetMapping("/new")
	String initReportForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		requireReporter(user);
		model.addAttribute("report", new ReportForm());
		return reportForm(user, model);
	}

	@PostMapping("/new")
	String processReportForm(@ModelAttribute("report") ReportForm form, BindingResult result,
			@RequestParam(name = "photos", required = false) List<MultipartFile> files,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		requireReporter(user);
		if (result.hasErrors()) {
			return reportForm(user, model);
		}
		try {
			CaseDesk.ReportCase command = CommandChecks.valid(validator, new CaseDesk.ReportCase(form.getClassCode(),
					form.getDescription(), form.getLongitude(), form.getLatitude(), form.getSource()));
			CaseDesk.Reported reported = desk.report(command, files, user);
			if (reported.merged()) {
				Flash.success(redirect, "cityops.case.flash.merged", reported.number());
			}
			else {
				Flash.success(redirect, "cityops.case.flash.reported", reported.number());
			}
			try {
				queries.detail(reported.caseId(), user);
				return "redirect:/cityops/cases/" + reported.caseId();
			}
			catch (NoSuchRecord notTheirs) {
				return "redirect:/cityops/cases";
			}
		}
		catch (RuleBroken ex) {
			FormErrors.apply(ex, result);
			return reportForm(user, model);
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		CaseQueries.Detail detail = queries.detail(id, user);
		model.addAttribute("c", detail);
		if (detail.actions().contains("dispatch")) {
			model.addAttribute("departments", classification.departments().values());
			model.addAttribute("suggested", desk.suggestedDepartment(id).orElse(null));
		}
		model.addAttribute("rejectReasons", RejectReason.values());
		return "cityops/cases/detail";
	}

	@GetMapping("/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId,
			@AuthenticationPrincipal CurrentUser user) {
		return image(queries.photo(id, photoId, user), photos);
	}

	@PostMapping("/{id}/{step}")
	String step(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String note, @RequestParam(required = false) String duplicateOf,
			@RequestParam(required = false) Long departmentId, @RequestParam(required = false) String instruction,
			@RequestParam(required = false) Boolean passed,
			@RequestParam(required = false) String until, @RequestParam(required = false) Boolean approved,
			@RequestParam(name = "photos", required = false) List<MultipartFile> files,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Flash.attempt(redirect, "cityops.case.flash." + step, "cityops.case.flash.refused", () -> {
			switch (step) {
				case "filing" -> desk.file(id, user);
				case "rejection" -> desk.reject(id, reason == null || reason.isBlank() ? null : parse(reason), note,
						duplicateOf, user);
				case "dispatch" -> desk.dispatch(id, departmentId, instruction, user);
				case "dispute" -> desk.dispute(id, reason, user);
				case "start" -> desk.start(id, user);
				case "photos" -> desk.addPhotos(id, files, user);
				case "feedback" -> desk.feedback(id, note, files, user);
				case "verification" -> {
					if (passed == null) {
						throw new RuleBroken("passed", "请选择核查结果 / choose the result");
					}
					desk.verify(id, passed, note, files, user);
				}
				case "closure" -> desk.close(id, user);
				case "extension" -> {
					desk.requestExtension(id, dateTime(until).atZone(Classification.ZONE).toInstant(), reason, user);
				}
				case "extension-decision" -> desk.decideExtension(id, Boolean.TRUE.equals(approved), note, user);
				default -> throw new NoSuchRecord("step " + step);
			}
		});
		// a disputed case is no longer the department's to see
		return "dispute".equals(step) ? "redirect:/cityops/cases" : "redirect:/cityops/cases/" + id;
	}

	static ResponseEntity<byte[]> image(CaseQueries.PhotoFile photo, PhotoStore photos) {
		MediaType type = "PNG".equals(photo.contentType()) ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG;
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.noStore())
			.header("X-Content-Type-Options", "nosniff")
			.body(photos.read(photo.storagePath()));
	}

	private static LocalDateTime dateTime(String text) {
		if (text == null || text.isBlank()) {
			throw new RuleBroken("until", "请填写延期后的期限 / the new deadline is required");
		}
		try {
			return LocalDateTime.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new RuleBroken("until", "期限格式应为 2026-12-01T18:00 / a date and time like 2026-12-01T18:00");
		}
	}

	private static RejectReason parse(String reason) {
		try {
			return RejectReason.valueOf(reason);
		}
		catch (IllegalArgumentException ex) {
			throw new RuleBroken("reason", "不予立案的原因无效 / unknown reason");
		}
	}

	private String reportForm(CurrentUser user, Model model) {
		model.addAttribute("classes", classification.activeClasses());
		model.addAttribute("operator", user.role() == Role.OPERATOR);
		return "cityops/cases/new";
	}

	private static boolean mayReport(CurrentUser user) {
		return user.role() == Role.GRID_OFFICER || user.role() == Role.OPERATOR || user.role() == Role.RESIDENT;
	}

	private static void requireReporter(CurrentUser user) {
		if (!mayReport(user)) {
			throw new org.springframework.security.access.AccessDeniedException("grid officers, the operator and residents report");
		}
	}

	/** The report form's fields. */
	public static class ReportForm {

		private String classCode;

		private String description;

		private Double longitude;

		private Double latitude;

		private CaseSource source;

		public String getClassCode() {
			return classCode;
		}

		public void setClassCode(String classCode) {
			this.classCode = classCode;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public Double getLongitude() {
			return longitude;
		}

		public void setLongitude(Double longitude) {
			this.longitude = longitude;
		}

		public Double getLatitude() {
			return latitude;
		}

		public void setLatitude(Double latitude) {
			this.latitude = latitude;
		}

		public CaseSource getSource() {
			return source;
		}

		public void setSource(CaseSource source) {
			this.source = source;
		}

	}

}
