package org.chengxiang.residence.schools;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
 * The education bureau's allocation rounds: one a year opened with its reference and cut-off dates, its lottery
 * seed published, then drawn; the results of each school with the waiting list.
 */
@Controller
@RequestMapping("/residence/schools/rounds")
@PreAuthorize("@schoolsEducation.includes(principal)")
class RoundPages {

	private final RoundQueries queries;

	private final RoundDesk desk;

	private final SchoolQueries schools;

	private final Clock clock;

	RoundPages(RoundQueries queries, RoundDesk desk, SchoolQueries schools, Clock clock) {
		this.queries = queries;
		this.desk = desk;
		this.schools = schools;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		int next = LocalDate.now(clock).getYear() + 1;
		model.addAttribute("roundForm", new RoundForm(next, LocalDate.of(next, 6, 30), AllocationRound.defaultCutoff(next)));
		return listPage(model);
	}

	@PostMapping
	String open(@Valid @ModelAttribute("roundForm") RoundForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				desk.open(form.year(), form.referenceDate(), form.cutoffDate());
				Flash.success(redirect, "residence.schools.flash.roundOpened", String.valueOf(form.year()));
				return "redirect:/residence/schools/rounds/" + form.year();
			}
			catch (RuleBroken ex) {
				FormErrors.apply(ex, result);
			}
		}
		return listPage(model);
	}

	@GetMapping("/{year}")
	String show(@PathVariable int year, @RequestParam(required = false) Long school, Model model) {
		model.addAttribute("stepForm", new RoundStepForm(null, null));
		return roundPage(year, school, model);
	}

	@PostMapping("/{year}/seed")
	String publishSeed(@PathVariable int year, @Valid @ModelAttribute("stepForm") RoundStepForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				String seed = desk.publishSeed(year, form.version(), form.seed());
				Flash.success(redirect, "residence.schools.flash.seedPublished", seed);
				return "redirect:/residence/schools/rounds/" + year;
			}
			catch (StepRefused ex) {
				FormErrors.apply(ex, result);
			}
		}
		return roundPage(year, null, model);
	}

	@PostMapping("/{year}/draw")
	String draw(@PathVariable int year, @Valid @ModelAttribute("stepForm") RoundStepForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				int offers = desk.draw(year, form.version());
				Flash.success(redirect, "residence.schools.flash.drawn", String.valueOf(offers));
				return "redirect:/residence/schools/rounds/" + year;
			}
			catch (StepRefused ex) {
				FormErrors.apply(ex, result);
			}
		}
		return roundPage(year, null, model);
	}

	private String listPage(Model model) {
		model.addAttribute("rounds", queries.rounds());
		return "residence/schools/rounds";
	}

	private String roundPage(int year, Long school, Model model) {
		RoundQueries.RoundRow round = queries.rounds().stream().filter(r -> r.year() == year).findFirst()
			.orElseThrow(() -> new NoSuchRecord("school round " + year));
		List<SchoolQueries.SchoolRow> list = schools.list(year);
		Long shown = school != null ? school : list.isEmpty() ? null : list.get(0).id();
		model.addAttribute("round", round);
		model.addAttribute("schools", list);
		model.addAttribute("school", shown);
		model.addAttribute("results", shown == null ? List.of() : queries.results(year, shown));
		return "residence/schools/round";
	}

}
