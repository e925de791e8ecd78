package org.chengxiang.directory;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.web.Flash;
import org.chengxiang.platform.web.FormErrors;
import org.chengxiang.platform.domain.NoSuchRecord;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

/**
 * Pages to browse divisions, set their urban–rural class, and draw grid cells.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','OPERATOR','GRID_OFFICER','SUPERVISOR')")
class DivisionPages {

	private final Divisions divisions;

	private final GridCells grid;

	DivisionPages(Divisions divisions, GridCells grid) {
		this.divisions = divisions;
		this.grid = grid;
	}

	@ModelAttribute("classes")
	UrbanRuralClass[] classes() {
		return UrbanRuralClass.values();
	}

	@GetMapping("/directory/divisions")
	String divisions(@RequestParam(required = false) String parent, Model model) {
		List<DivisionSummary> children = divisions.children(parent);
		if (parent == null && children.size() == 1) {
			// the county is the only top-level division: open it
			return "redirect:/directory/divisions?parent=" + children.get(0).code();
		}
		model.addAttribute("path", path(parent));
		model.addAttribute("divisions", children);
		model.addAttribute("coverage", divisions.classCoverage());
		return "directory/divisions";
	}

	/** Sets a division's urban–rural class from its row; answers the row redrawn. */
	@HxRequest
	@PostMapping("/directory/divisions/{code}/class")
	@PreAuthorize("hasRole('ADMIN')")
	String classify(@PathVariable String code, @ModelAttribute("classification") Classification classification,
			BindingResult result, Model model) {
		try {
			model.addAttribute("d", divisions.classify(code, classification.urbanRuralCode()));
		}
		catch (RuleBroken ex) {
			model.addAttribute("d", divisions.find(code).orElseThrow(() -> new NoSuchRecord("division " + code)));
			FormErrors.apply(ex, result);
		}
		return "directory/divisions :: row";
	}

	@GetMapping("/directory/grid")
	String grid(@RequestParam(required = false) String division, Model model) {
		List<DivisionSummary> townships = divisions.townships();
		String selected = division != null ? division : (townships.isEmpty() ? null : townships.get(0).code());
		model.addAttribute("townships", townships);
		model.addAttribute("division", selected);
		model.addAttribute("cells", selected == null ? List.of() : grid.within(selected));
		model.addAttribute("names", (selected == null ? List.<DivisionSummary>of() : divisions.children(selected)).stream()
			.collect(java.util.stream.Collectors.toMap(DivisionSummary::code, DivisionSummary::name)));
		return "directory/grid";
	}

	@GetMapping("/directory/grid/new")
	@PreAuthorize("hasRole('ADMIN')")
	String initGridForm(@RequestParam(required = false) String division, Model model) {
		model.addAttribute("cell", new SaveGridCell("", "", division == null ? "" : division, ""));
		model.addAttribute("places", divisions.placeChoices());
		return "directory/grid-form";
	}

	@PostMapping("/directory/grid/new")
	@PreAuthorize("hasRole('ADMIN')")
	String processGridForm(@Valid @ModelAttribute("cell") SaveGridCell cell, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				GridCellSummary created = grid.create(cell);
				Flash.success(redirect, "flash.created", created.name());
				String township = divisions.find(created.divisionCode()).map(DivisionSummary::parentCode).orElse("");
				return "redirect:/directory/grid?division=" + township;
			}
			catch (RuleBroken ex) {
				FormErrors.apply(ex, result);
			}
		}
		model.addAttribute("places", divisions.placeChoices());
		return "directory/grid-form";
	}

	private List<DivisionSummary> path(String code) {
		List<DivisionSummary> path = new ArrayList<>();
		String current = code;
		while (current != null) {
			DivisionSummary division = divisions.find(current)
				.orElseThrow(() -> new NoSuchRecord("division"));
			path.add(0, division);
			current = division.parentCode();
		}
		return path;
	}

	/** A row's form: the urban–rural class an administrator confirms (blank clears it). */
	record Classification(String urbanRuralCode) {
	}

}
