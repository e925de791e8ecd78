package org.chengxiang.training;

import java.util.List;

import jakarta.validation.Valid;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StaleVersion;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.Flash;
import org.chengxiang.platform.web.FormErrors;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The classes: the list a provider's staff see of their own provider and the bureaus of all, filing a new class, one
 * class's page, and calling it off or closing it.
 */
@Controller
@RequestMapping("/training/classes")
@PreAuthorize(ClassPages.READERS)
class ClassPages {

	/** Who may read classes: provider staff (their own), the two bureaus, administrators and supervisors. */
	static final String READERS = "@trainingProviders.isProvider(principal) or @trainingBureau.includes(principal)"
			+ " or @trainingFinance.includes(principal) or hasAnyRole('ADMIN','SUPERVISOR')";

	static final String WRITERS = "@trainingProviders.isProvider(principal)";

	private static final int PAGE = 50;

	private final ClassQueries queries;

	private final ClassDesk desk;

	private final ClassPageModel pageModel;

	private final ProviderScope scope;

	private final Directory directory;

	ClassPages(ClassQueries queries, ClassDesk desk, ClassPageModel pageModel, ProviderScope scope,
			Directory directory) {
		this.queries = queries;
		this.desk = desk;
		this.pageModel = pageModel;
		this.scope = scope;
		this.directory = directory;
	}

	@GetMapping
	String list(@RequestParam(required = false) ClassStatus status, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String q, @RequestParam(required = false) Long beforeId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Long filter = scope.filter(user);
		List<ClassQueries.ClassRow> rows = queries.list(filter, new ClassQueries.Filter(status, year, q), beforeId,
				PAGE);
		model.addAttribute("classes", rows);
		model.addAttribute("nextBeforeId", rows.size() >= PAGE ? rows.get(rows.size() - 1).id() : null);
		model.addAttribute("statuses", ClassStatus.values());
		model.addAttribute("years", queries.years(filter));
		model.addAttribute("status", status);
		model.addAttribute("year", year);
		model.addAttribute("q", q);
		model.addAttribute("mayFile", scope.isProvider(user));
		return "training/classes";
	}

	@GetMapping("/new")
	@PreAuthorize(WRITERS)
	String initFilingForm(Model model) {
		model.addAttribute("classForm", ClassForm.EMPTY);
		return newPage(model);
	}

	@PostMapping("/new")
	@PreAuthorize(WRITERS)
	String processFilingForm(@Valid @ModelAttribute("classForm") ClassForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long id = desk.file(form, user);
				Flash.success(redirect, "training.class.flash.filed");
				return "redirect:/training/classes/" + id;
			}
			catch (RuleBroken ex) {
				FormErrors.apply(ex, result);
			}
			catch (StepRefused ex) {
				FormErrors.apply(ex, result);
			}
		}
		return newPage(model);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return pageModel.page(pageModel.visible(id, user), model);
	}

	@PostMapping("/{id}/cancellation")
	@PreAuthorize(WRITERS)
	String cancel(@PathVariable long id, @ModelAttribute("stepForm") ClassStepForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			requireVersion(id, form, user);
			desk.cancel(id, user);
			Flash.success(redirect, "training.class.flash.cancelled");
			return "redirect:/training/classes/" + id;
		}
		catch (StepRefused ex) {
			FormErrors.apply(ex, result);
		}
		return pageModel.page(pageModel.visible(id, user), model);
	}

	@PostMapping("/{id}/closure")
	@PreAuthorize(WRITERS)
	String close(@PathVariable long id, @ModelAttribute("stepForm") ClassStepForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			requireVersion(id, form, user);
			desk.close(id, user);
			Flash.success(redirect, "training.class.flash.closed");
			return "redirect:/training/classes/" + id;
		}
		catch (StepRefused ex) {
			FormErrors.apply(ex, result);
		}
		return pageModel.page(pageModel.visible(id, user), model);
	}

	private void requireVersion(long id, ClassStepForm form, CurrentUser user) {
		Integer shown = form.version();
		if (shown != null && !shown.equals(pageModel.visible(id, user).version())) {
			throw new StaleVersion();
		}
	}

	private String newPage(Model model) {
		model.addAttribute("occupations", queries.occupations());
		model.addAttribute("levels", SkillLevel.values());
		model.addAttribute("types", TrainingType.values());
		model.addAttribute("placeChoices", directory.placeChoices());
		return "training/classes-new";
	}

}
