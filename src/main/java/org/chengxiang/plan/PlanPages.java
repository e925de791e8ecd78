package org.chengxiang.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.domain.Text;
import org.chengxiang.platform.web.Flash;
import org.chengxiang.platform.web.FormErrors;
import org.chengxiang.platform.web.ReaderTexts;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;

/**
 * Pages of plan supervision: the plans, importing one and mapping its names, a plan's tasks with their
 * lights and indicators, the departments' standing and assessment, and a department's to-do list.
 */
@Controller
@RequestMapping("/plans")
@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR','DEPARTMENT_LEAD','CLERK')")
class PlanPages {

	private final PlanCatalog catalog;

	private final PlanQueries queries;

	private final PlanAssessment assessment;

	private final Directory directory;

	private final JsonMapper json;

	private final PlanTodos todos;

	private final SupervisionNotices notices;

	PlanPages(PlanCatalog catalog, PlanQueries queries, PlanAssessment assessment, Directory directory, JsonMapper json, PlanTodos todos,
			SupervisionNotices notices) {
		this.todos = todos;
		this.notices = notices;
		this.catalog = catalog;
		this.queries = queries;
		this.assessment = assessment;
		this.directory = directory;
		this.json = json;
	}

	@GetMapping
	String plans(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<PlanSummary> plans = catalog.plans();
		model.addAttribute("plans", plans);
		model.addAttribute("progress", plans.stream()
			.collect(Collectors.toMap(PlanSummary::id, p -> queries.progress(queries.assignments(p.id(), user.scope())))));
		return "plan/plans";
	}

	@GetMapping("/import")
	@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR')")
	String importForm(Model model) {
		model.addAttribute("importForm", new ImportForm());
		model.addAttribute("townships", directory.townships());
		return "plan/import";
	}

	@PostMapping("/import")
	@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR')")
	String importPlan(@ModelAttribute("importForm") ImportForm form, BindingResult result, Model model,
			RedirectAttributes redirect) throws IOException {
		try {
			ParsedPlan parsed;
			String source;
			MultipartFile file = form.getFile();
			if (file != null && !file.isEmpty()) {
				parsed = PlanInputs.parse(file);
				source = file.getOriginalFilename() == null ? "plan" : file.getOriginalFilename();
			}
			else if (form.getText() != null && !form.getText().isBlank()) {
				parsed = PlanInputs.parse(form.getText().getBytes(StandardCharsets.UTF_8), "pasted.txt",
						MediaType.TEXT_PLAIN_VALUE);
				source = ReaderTexts.of(Text.of("plan.source.pasted"));
			}
			else {
				throw RuleBroken.at("file", "plan.rule.fileOrText");
			}
			long planId = catalog.importPlan(parsed, source, form.getYear(), form.getTownships());
			Flash.success(redirect, "plan.flash.imported", parsed.taskCount(), parsed.warnings().size());
			if (!parsed.warnings().isEmpty()) {
				redirect.addFlashAttribute("warnings", parsed.warnings());
			}
			return "redirect:/plans/" + planId;
		}
		catch (RuleBroken ex) {
			FormErrors.apply(ex, result);
			model.addAttribute("townships", directory.townships());
			return "plan/import";
		}
	}

	/** A plan document to import: a file or pasted text, the year it runs for and the townships of 相关镇街. */
	static class ImportForm {

		private MultipartFile file;

		private String text;

		private Integer year;

		private List<Long> townships;

		public MultipartFile getFile() {
			return file;
		}

		public void setFile(MultipartFile file) {
			this.file = file;
		}

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public Integer getYear() {
			return year;
		}

		public void setYear(Integer year) {
			this.year = year;
		}

		public List<Long> getTownships() {
			return townships;
		}

		public void setTownships(List<Long> townships) {
			this.townships = townships;
		}

	}

	@GetMapping("/{id}")
	String plan(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		PlanSummary plan = catalog.plan(id);
		List<Views.TaskView> tasks = queries.tasks(id, user.scope());
		model.addAttribute("plan", plan);
		model.addAttribute("tasks", tasks);
		Map<String, List<Views.TaskView>> chapters = tasks.stream()
			.collect(Collectors.groupingBy(t -> t.chapterNumber() + "、" + t.chapterTitle(), java.util.LinkedHashMap::new,
					Collectors.toList()));
		model.addAttribute("chapters", chapters);
		model.addAttribute("chart", json.writeValueAsString(Map.of("labels", List.copyOf(chapters.keySet()), "counts",
				List.of(AssignmentStatus.COMPLETED, AssignmentStatus.IN_PROGRESS, AssignmentStatus.DELAYED,
						AssignmentStatus.NOT_STARTED)
					.stream()
					.map(status -> chapters.values()
						.stream()
						.map(list -> list.stream().filter(t -> t.status() == status).count())
						.toList())
					.toList())));
		model.addAttribute("progress", queries.progress(queries.assignments(id, user.scope())));
		model.addAttribute("unresolved", catalog.unresolvedNames(id));
		model.addAttribute("departments", directory.departments());
		return "plan/plan";
	}

	@PostMapping("/{id}/mappings")
	@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR')")
	String map(@PathVariable long id, @Valid @ModelAttribute("step") PlanApi.NameMapping form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (take(result, () -> catalog.mapName(id, form.writtenName(), form.departmentId(), form.rememberAsAlias()))) {
			Flash.success(redirect, "plan.flash.mapped", form.writtenName());
			return "redirect:/plans/" + id;
		}
		return plan(id, user, model);
	}

	@PostMapping("/{id}/activation")
	@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR')")
	String activate(@PathVariable long id, @ModelAttribute("step") AssignmentPages.NoInput form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (take(result, () -> catalog.activate(id))) {
			Flash.success(redirect, "plan.flash.activated");
			return "redirect:/plans/" + id;
		}
		return plan(id, user, model);
	}

	@PostMapping("/{id}/report-due-day")
	@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR')")
	String reportDueDay(@PathVariable long id, @Valid @ModelAttribute("step") PlanApi.ReportDueDay form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (take(result, () -> catalog.setReportDueDay(id, form.reportDueDay()))) {
			Flash.success(redirect, "flash.saved");
			return "redirect:/plans/" + id;
		}
		return plan(id, user, model);
	}

	/** Takes a step if its form is valid; whether it was taken, its refusal put on the form if not. */
	private static boolean take(BindingResult result, Runnable step) {
		if (result.hasErrors()) {
			return false;
		}
		try {
			step.run();
			return true;
		}
		catch (RuleBroken ex) {
			FormErrors.apply(ex, result);
		}
		catch (StepRefused ex) {
			FormErrors.apply(ex, result);
		}
		return false;
	}

	@GetMapping("/{id}/departments")
	String departments(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("plan", catalog.plan(id));
		List<Views.AssignmentRow> rows = directory.inDepartmentOrder(queries.assignments(id, user.scope()),
				Views.AssignmentRow::departmentId);
		Map<String, List<Views.AssignmentRow>> byDepartment = rows.stream()
			.collect(Collectors.groupingBy(r -> r.departmentName() != null ? r.departmentName() : r.writtenName(),
					java.util.LinkedHashMap::new, Collectors.toList()));
		model.addAttribute("byDepartment", byDepartment);
		if (user.role() == Role.SUPERVISOR || user.role() == Role.ADMIN) {
			List<Views.DepartmentScore> scores = assessment.assessment(id);
			model.addAttribute("scores", scores);
			model.addAttribute("averageScore", PlanAssessment.averageScore(scores));
			model.addAttribute("notAssessed", scores.stream().filter(s -> !s.assessed()).count());
		}
		return "plan/departments";
	}

	@GetMapping("/{id}/comparison")
	String compare(@PathVariable long id, @RequestParam(required = false) Long with,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		PlanSummary plan = catalog.plan(id);
		List<PlanSummary> others = catalog.plans().stream().filter(p -> p.id() != id).toList();
		Long previous = with != null ? with
				: others.stream().filter(p -> p.year() < plan.year()).findFirst().map(PlanSummary::id).orElse(null);
		model.addAttribute("plan", plan);
		model.addAttribute("others", others);
		if (previous != null) {
			model.addAttribute("previous", catalog.plan(previous));
			model.addAttribute("comparison", PlanComparison.compare(queries.tasks(previous, user.scope()),
					queries.tasks(id, user.scope())));
		}
		return "plan/comparison";
	}

	@GetMapping("/todo")
	String todo(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("todo", todos.todo(user.scope()));
		return "plan/todo";
	}

	/** The supervision office has read a department's answer to a notice: it leaves the to-do list. */
	@PostMapping("/todo/notices/{noticeId}/read")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String markRead(@PathVariable long noticeId, @ModelAttribute("step") AssignmentPages.NoInput form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (take(result, () -> notices.markRead(noticeId, user))) {
			Flash.success(redirect, "plan.flash.noticeRead");
			return "redirect:/plans/todo";
		}
		return todo(user, model);
	}

}
