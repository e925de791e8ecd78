package org.chengxiang.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import jakarta.validation.Valid;

import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.web.Flash;
import org.chengxiang.platform.web.FormErrors;

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

/**
 * The approved providers: the list with its filter and the form to register one, one provider with its staff, its
 * suspension and reinstatement. The bureaus, administrators and the supervision office read; the human resources
 * bureau writes.
 */
@Controller
@RequestMapping("/training/providers")
@PreAuthorize(ProviderPages.READERS)
class ProviderPages {

	/** Who may read the providers: both bureaus, administrators and the supervision office. */
	static final String READERS = "@trainingBureau.includes(principal) or @trainingFinance.includes(principal)"
			+ " or hasAnyRole('ADMIN','SUPERVISOR')";

	private static final int PAGE = 50;

	private final ProviderQueries queries;

	private final ProviderDesk desk;

	private final Clock clock;

	ProviderPages(ProviderQueries queries, ProviderDesk desk, Clock clock) {
		this.queries = queries;
		this.desk = desk;
		this.clock = clock;
	}

	@GetMapping
	String list(@ModelAttribute("filter") Filter filter, Model model) {
		model.addAttribute("providerForm", ProviderForm.empty(LocalDate.now(clock)));
		return listPage(filter, model);
	}

	@PostMapping
	@PreAuthorize("@trainingBureau.includes(principal)")
	String register(@Valid @ModelAttribute("providerForm") ProviderForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long id = desk.register(form);
				Flash.success(redirect, "training.provider.flash.registered");
				return "redirect:/training/providers/" + id;
			}
			catch (RuleBroken ex) {
				FormErrors.apply(ex, result);
			}
		}
		return listPage(new Filter(null, null, null, null), model);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		ProviderQueries.ProviderRow provider = provider(id);
		model.addAttribute("stepForm", new ProviderStepForm(provider.version(), null));
		return detailPage(provider, model);
	}

	@PostMapping("/{id}/suspension")
	@PreAuthorize("@trainingBureau.includes(principal)")
	String suspend(@PathVariable long id, @Valid @ModelAttribute("stepForm") ProviderStepForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ProviderQueries.ProviderRow provider = provider(id);
		if (!result.hasErrors()) {
			try {
				desk.suspend(id, form.version(), form.reason());
				Flash.success(redirect, "training.provider.flash.suspended");
				return "redirect:/training/providers/" + id;
			}
			catch (RuleBroken ex) {
				FormErrors.apply(ex, result);
			}
			catch (StepRefused ex) {
				FormErrors.apply(ex, result);
			}
		}
		return detailPage(provider, model);
	}

	@PostMapping("/{id}/reinstatement")
	@PreAuthorize("@trainingBureau.includes(principal)")
	String reinstate(@PathVariable long id, @Valid @ModelAttribute("stepForm") ProviderStepForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ProviderQueries.ProviderRow provider = provider(id);
		if (!result.hasErrors()) {
			try {
				desk.reinstate(id, form.version());
				Flash.success(redirect, "training.provider.flash.reinstated");
				return "redirect:/training/providers/" + id;
			}
			catch (StepRefused ex) {
				FormErrors.apply(ex, result);
			}
		}
		return detailPage(provider, model);
	}

	private String listPage(Filter filter, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("providers",
				queries.page(filter.kindOrNull(), filter.statusOrNull(), filter.q(), filter.beforeId(), PAGE));
		model.addAttribute("page", PAGE);
		model.addAttribute("kinds", ProviderKind.values());
		model.addAttribute("statuses", ProviderStatus.values());
		return "training/providers";
	}

	private String detailPage(ProviderQueries.ProviderRow provider, Model model) {
		model.addAttribute("provider", provider);
		model.addAttribute("staff", queries.staff(provider));
		return "training/providers-detail";
	}

	private ProviderQueries.ProviderRow provider(long id) {
		return queries.find(id).orElseThrow(() -> new NoSuchRecord("training provider " + id));
	}

	/**
	 * The list's filter, as the page's query string has it; an unknown kind or status filters nothing.
	 *
	 * @param q part of the name or the credit code
	 */
	record Filter(String kind, String status, String q, Long beforeId) {

		ProviderKind kindOrNull() {
			return Arrays.stream(ProviderKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
		}

		ProviderStatus statusOrNull() {
			return Arrays.stream(ProviderStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
		}

	}

}
