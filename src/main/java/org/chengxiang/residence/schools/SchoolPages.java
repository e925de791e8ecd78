package org.chengxiang.residence.schools;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;

import jakarta.validation.Valid;

import org.chengxiang.directory.Directory;
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
 * The education bureau's schools: the list with places per grade for a year, a new school, and one school's
 * description, catchment and places.
 */
@Controller
@RequestMapping("/residence/schools")
@PreAuthorize("@schoolsEducation.includes(principal)")
class SchoolPages {

	private final SchoolQueries queries;

	private final SchoolDesk desk;

	private final Schools schools;

	private final Grades grades;

	private final Directory directory;

	private final Clock clock;

	SchoolPages(SchoolQueries queries, SchoolDesk desk, Schools schools, Grades grades, Directory directory,
			Clock clock) {
		this.queries = queries;
		this.desk = desk;
		this.schools = schools;
		this.grades = grades;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, Model model) {
		model.addAttribute("schoolForm", SchoolForm.EMPTY);
		return listPage(year, model);
	}

	@PostMapping
	String open(@Valid @ModelAttribute("schoolForm") SchoolForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long id = desk.open(form.name().strip(), form.kind(), form.divisionCode(),
						new LinkedHashSet<>(form.gridCells()));
				Flash.success(redirect, "residence.schools.flash.opened");
				return "redirect:/residence/schools/" + id;
			}
			catch (RuleBroken ex) {
				FormErrors.apply(ex, result);
			}
		}
		return listPage(null, model);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
		School school = schools.findById(id).orElseThrow(() -> new NoSuchRecord("school " + id));
		model.addAttribute("schoolForm", SchoolForm.of(school));
		model.addAttribute("placesForm", new PlacesForm(year(year), null, null, school.version()));
		return schoolPage(school, year(year), model);
	}

	@PostMapping("/{id}")
	String describe(@PathVariable long id, @Valid @ModelAttribute("schoolForm") SchoolForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		School school = schools.findById(id).orElseThrow(() -> new NoSuchRecord("school " + id));
		if (!result.hasErrors()) {
			try {
				desk.describe(id, form.version() == null ? -1 : form.version(), form.name().strip(), form.kind(),
						form.divisionCode(), new LinkedHashSet<>(form.gridCells()));
				Flash.success(redirect, "residence.schools.flash.described");
				return "redirect:/residence/schools/" + id;
			}
			catch (RuleBroken ex) {
				FormErrors.apply(ex, result);
			}
			catch (StepRefused ex) {
				FormErrors.apply(ex, result);
			}
		}
		model.addAttribute("placesForm", new PlacesForm(year(null), null, null, school.version()));
		return schoolPage(school, year(null), model);
	}

	@PostMapping("/{id}/places")
	String offer(@PathVariable long id, @Valid @ModelAttribute("placesForm") PlacesForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		School school = schools.findById(id).orElseThrow(() -> new NoSuchRecord("school " + id));
		if (!result.hasErrors()) {
			try {
				desk.offer(id, form.version(), form.year(), form.grade(), form.places());
				Flash.success(redirect, "residence.schools.flash.places");
				return "redirect:/residence/schools/" + id + "?year=" + form.year();
			}
			catch (RuleBroken ex) {
				FormErrors.apply(ex, result);
			}
			catch (StepRefused ex) {
				FormErrors.apply(ex, result);
			}
		}
		model.addAttribute("schoolForm", SchoolForm.of(school));
		return schoolPage(school, form.year() == null ? year(null) : form.year(), model);
	}

	private String listPage(Integer year, Model model) {
		int shown = year(year);
		model.addAttribute("year", shown);
		model.addAttribute("years", queries.years(shown));
		model.addAttribute("grades", grades.all());
		model.addAttribute("schools", queries.list(shown));
		choices(model);
		return "residence/schools/schools";
	}

	private String schoolPage(School school, int year, Model model) {
		model.addAttribute("school", queries.row(school, year, directory.placeChoices()));
		model.addAttribute("year", year);
		model.addAttribute("grades", grades.all().stream().filter(g -> g.taughtBy(school.kind())).toList());
		choices(model);
		return "residence/schools/school";
	}

	private void choices(Model model) {
		model.addAttribute("kinds", SchoolKind.values());
		model.addAttribute("placeChoices", directory.placeChoices());
		model.addAttribute("gridCells", directory.gridCells());
	}

	private int year(Integer year) {
		return year != null && year >= 2000 && year <= 2100 ? year : LocalDate.now(clock).getYear();
	}

}
