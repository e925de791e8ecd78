package org.chengxiang.cityops.cases;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.validation.Validator;

import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.web.CommandChecks;
import org.chengxiang.platform.web.Flash;
import org.chengxiang.platform.web.FormErrors;
import org.chengxiang.platform.web.KeysetPage;
import org.chengxiang.platform.web.ReaderTexts;
import org.chengxiang.platform.domain.NoSuchRecord;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
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

	private final CaseIntake intake;

	private final CaseSteps desk;

	private final CaseLists lists;

	private final CaseDetails queries;

	private final Classification classification;

	private final CaseNotices notices;

	private final PhotoStore photos;

	private final Validator validator;

	private final Clock clock;

	CasesPages(CaseIntake intake, CaseSteps desk, CaseLists lists, CaseDetails queries, Classification classification,
			CaseNotices notices, PhotoStore photos, Validator validator, Clock clock) {
		this.clock = clock;
		this.intake = intake;
		this.desk = desk;
		this.lists = lists;
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
		List<CaseLists.Row> rows;
		if (q != null && !q.isBlank()) {
			rows = lists.search(user.scope(), q);
			model.addAttribute("q", q.strip());
		}
		else {
			KeysetPage<CaseLists.Row> page = lists.list(user.scope(), shown, classCode, null, beforeId, 50);
			rows = page.items();
			model.addAttribute("nextBeforeId", page.nextBeforeId());
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
	@PreAuthorize("hasAnyRole('GRID_OFFICER','OPERATOR','RESIDENT')")
	String initReportForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("report", new CaseReportForm());
		return reportForm(user, model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAnyRole('GRID_OFFICER','OPERATOR','RESIDENT')")
	String processReportForm(@ModelAttribute("report") CaseReportForm form, BindingResult result,
			@RequestParam(name = "photos", required = false) List<MultipartFile> files,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return reportForm(user, model);
		}
		try {
			CaseIntake.ReportCase command = CommandChecks.valid(validator, new CaseIntake.ReportCase(form.getClassCode(),
					form.getDescription(), form.getLongitude(), form.getLatitude(), form.getSource()));
			CaseIntake.Reported reported = intake.report(command, files, user);
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
		return detailPage(id, user, model);
	}

	@GetMapping("/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId,
			@AuthenticationPrincipal CurrentUser user) {
		return image(queries.photo(id, photoId, user), photos);
	}

	@InitBinder({ "rejectionForm", "dispatchForm", "disputeForm", "feedbackForm", "verificationForm",
			"extensionForm", "decisionForm" })
	void stepForms(WebDataBinder binder) {
		binder.setAllowedFields("reason", "note", "duplicateOf", "departmentId", "instruction", "passed", "until",
				"approved");
	}

	@PostMapping("/{id}/filing")
	@PreAuthorize("hasRole('OPERATOR')")
	String file(@PathVariable long id, @ModelAttribute("filingForm") CaseStepForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return step(id, "filing", result, user, model, redirect, () -> desk.file(id, user));
	}

	@PostMapping("/{id}/rejection")
	@PreAuthorize("hasRole('OPERATOR')")
	String reject(@PathVariable long id, @ModelAttribute("rejectionForm") CaseStepForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return step(id, "rejection", result, user, model, redirect,
				() -> desk.reject(id, reason(form.getReason()), form.getNote(), form.getDuplicateOf(), user));
	}

	@PostMapping("/{id}/dispatch")
	@PreAuthorize("hasRole('OPERATOR')")
	String dispatch(@PathVariable long id, @ModelAttribute("dispatchForm") CaseStepForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return step(id, "dispatch", result, user, model, redirect,
				() -> desk.dispatch(id, form.getDepartmentId(), form.getInstruction(), user));
	}

	@PostMapping("/{id}/dispute")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	String dispute(@PathVariable long id, @ModelAttribute("disputeForm") CaseStepForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		String page = step(id, "dispute", result, user, model, redirect, () -> desk.dispute(id, form.getReason(), user));
		// a disputed case is no longer the department's to see
		return page.startsWith("redirect:") ? "redirect:/cityops/cases" : page;
	}

	@PostMapping("/{id}/start")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	String start(@PathVariable long id, @ModelAttribute("startForm") CaseStepForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return step(id, "start", result, user, model, redirect, () -> desk.start(id, user));
	}

	@PostMapping("/{id}/photos")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD','GRID_OFFICER')")
	String addPhotos(@PathVariable long id, @ModelAttribute("photosForm") CaseStepForm form, BindingResult result,
			@RequestParam(name = "photos", required = false) List<MultipartFile> files,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return step(id, "photos", result, user, model, redirect, () -> desk.addPhotos(id, files, user));
	}

	@PostMapping("/{id}/feedback")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	String feedback(@PathVariable long id, @ModelAttribute("feedbackForm") CaseStepForm form, BindingResult result,
			@RequestParam(name = "photos", required = false) List<MultipartFile> files,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return step(id, "feedback", result, user, model, redirect,
				() -> desk.feedback(id, form.getNote(), files, user));
	}

	@PostMapping("/{id}/verification")
	@PreAuthorize("hasAnyRole('GRID_OFFICER','OPERATOR')")
	String verify(@PathVariable long id, @ModelAttribute("verificationForm") CaseStepForm form, BindingResult result,
			@RequestParam(name = "photos", required = false) List<MultipartFile> files,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return step(id, "verification", result, user, model, redirect, () -> {
			if (form.getPassed() == null) {
				throw RuleBroken.at("passed", "cityops.case.rule.passed");
			}
			desk.verify(id, form.getPassed(), form.getNote(), files, user);
		});
	}

	@PostMapping("/{id}/closure")
	@PreAuthorize("hasRole('OPERATOR')")
	String close(@PathVariable long id, @ModelAttribute("closureForm") CaseStepForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return step(id, "closure", result, user, model, redirect, () -> desk.close(id, user));
	}

	@PostMapping("/{id}/extension")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	String requestExtension(@PathVariable long id, @ModelAttribute("extensionForm") CaseStepForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		return step(id, "extension", result, user, model, redirect, () -> desk.requestExtension(id,
				dateTime(form.getUntil()).atZone(clock.getZone()).toInstant(), form.getReason(), user));
	}

	@PostMapping("/{id}/extension-decision")
	@PreAuthorize("hasRole('OPERATOR')")
	String decideExtension(@PathVariable long id, @ModelAttribute("decisionForm") CaseStepForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		return step(id, "extension-decision", result, user, model, redirect,
				() -> desk.decideExtension(id, Boolean.TRUE.equals(form.getApproved()), form.getNote(), user));
	}

	/**
	 * Takes a step: done, back to the case with a word of success; refused, the same page again with what was typed
	 * and the reason beside the field, or above the form.
	 */
	private String step(long id, String step, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect, Runnable action) {
		if (!result.hasErrors()) {
			try {
				action.run();
				Flash.success(redirect, "cityops.case.flash." + step);
				return "redirect:/cityops/cases/" + id;
			}
			catch (RuleBroken ex) {
				FormErrors.apply(ex, result);
			}
			catch (StepRefused ex) {
				FormErrors.apply(ex, result);
			}
		}
		return detailPage(id, user, model);
	}

	private String detailPage(long id, CurrentUser user, Model model) {
		CaseDetails.Detail detail = queries.detail(id, user);
		model.addAttribute("c", detail);
		if (detail.actions().contains("dispatch")) {
			model.addAttribute("departments", classification.departments().values());
			model.addAttribute("suggested", desk.suggestedDepartment(id).orElse(null));
		}
		model.addAttribute("rejectReasons", RejectReason.values());
		for (String form : List.of("filingForm", "rejectionForm", "dispatchForm", "disputeForm", "startForm",
				"photosForm", "feedbackForm", "verificationForm", "closureForm", "extensionForm", "decisionForm")) {
			if (!model.containsAttribute(form)) {
				model.addAttribute(form, new CaseStepForm());
			}
		}
		return "cityops/cases/detail";
	}

	static ResponseEntity<byte[]> image(CaseDetails.PhotoFile photo, PhotoStore photos) {
		MediaType type = "PNG".equals(photo.contentType()) ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG;
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.noStore())
			.header("X-Content-Type-Options", "nosniff")
			.body(photos.read(photo.storagePath()));
	}

	private static LocalDateTime dateTime(String text) {
		if (text == null || text.isBlank()) {
			throw RuleBroken.at("until", "cityops.case.rule.until");
		}
		try {
			return LocalDateTime.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw RuleBroken.at("until", "cityops.case.rule.untilFormat");
		}
	}

	private static RejectReason reason(String reason) {
		if (reason == null || reason.isBlank()) {
			return null;
		}
		try {
			return RejectReason.valueOf(reason.strip());
		}
		catch (IllegalArgumentException ex) {
			throw RuleBroken.at("reason", "cityops.case.rule.rejectReason");
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

}
