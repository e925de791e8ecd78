package org.chengxiang.cityops.cases;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.chengxiang.directory.DepartmentSummary;
import org.chengxiang.directory.Directory;
import org.chengxiang.directory.GridCellSummary;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.web.CommandChecks;
import org.chengxiang.platform.web.FailedForm;
import org.chengxiang.platform.web.Flash;
import org.chengxiang.platform.web.FormErrors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators' pages: the classification with departments and time limits, the dispatch rules, and the grid
 * officers of each cell.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ClassificationPages {

	private final Classification classification;

	private final GridOfficers officers;

	private final Directory directory;

	private final Validator validator;

	ClassificationPages(Classification classification, GridOfficers officers, Directory directory, Validator validator) {
		this.classification = classification;
		this.officers = officers;
		this.directory = directory;
		this.validator = validator;
	}

	@InitBinder("form")
	void form(WebDataBinder binder) {
		binder.setAllowedFields("code", "name", "departmentCode", "limitValue", "limitUnit", "active");
	}

	@GetMapping("/cityops/classes")
	String initClassForm(@RequestParam(required = false) String edit, Model model) {
		ClassForm form = new ClassForm();
		if (edit != null) {
			classification.find(edit).ifPresent(k -> {
				form.setCode(k.code());
				form.setName(k.name());
				form.setDepartmentCode(k.departmentCode());
				form.setLimitValue(k.limitValue());
				form.setLimitUnit(k.limitUnit());
				form.setActive(k.active());
			});
		}
		model.addAttribute("form", form);
		return classesPage(model);
	}

	@PostMapping("/cityops/classes")
	String processClassForm(@ModelAttribute("form") ClassForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return classesPage(model);
		}
		try {
			Classification.SaveClass command = CommandChecks.valid(validator, new Classification.SaveClass(
					form.getCode() == null ? null : form.getCode().strip(), form.getName(), form.getDepartmentCode(),
					form.getLimitValue(), form.getLimitUnit(), form.isActive()));
			classification.save(command);
			Flash.success(redirect, "cityops.class.flash.saved", command.code());
			return "redirect:/cityops/classes";
		}
		catch (RuleBroken ex) {
			FormErrors.apply(ex, result);
			return classesPage(model);
		}
	}

	@PostMapping("/cityops/classes/rules")
	String addRule(@RequestParam(required = false) String target, @RequestParam(required = false) String divisionCode,
			@RequestParam(required = false) String departmentCode, Model model, RedirectAttributes redirect) {
		String chosen = target == null ? "" : target.strip();
		boolean category = chosen.length() == 4;
		try {
			Classification.SaveRule command = CommandChecks.valid(validator, new Classification.SaveRule(
					category ? null : chosen, category ? chosen : null, divisionCode == null ? null : divisionCode.strip(),
					departmentCode));
			classification.addRule(command, code -> directory.division(code).isPresent());
		}
		catch (RuleBroken ex) {
			Map<String, String> sent = new HashMap<>();
			sent.put("target", chosen);
			sent.put("divisionCode", divisionCode == null ? "" : divisionCode);
			sent.put("departmentCode", departmentCode == null ? "" : departmentCode);
			model.addAttribute("form", new ClassForm());
			return classesPage(model, FailedForm.of("rule", sent, ex, Set.of("target", "divisionCode", "departmentCode"),
					Map.of("classCode", "target", "categoryCode", "target")));
		}
		Flash.success(redirect, "cityops.class.flash.ruleAdded");
		return "redirect:/cityops/classes";
	}

	@PostMapping("/cityops/classes/rules/remove")
	String removeRule(@RequestParam long id, RedirectAttributes redirect) {
		Flash.attempt(redirect, "cityops.class.flash.ruleRemoved", "cityops.class.flash.refused",
				() -> classification.removeRule(id));
		return "redirect:/cityops/classes";
	}

	@GetMapping("/cityops/grid-officers")
	String gridOfficers(@RequestParam(required = false) String division, Model model) {
		return gridOfficersPage(division, FailedForm.NONE, model);
	}

	@PostMapping("/cityops/grid-officers")
	String assign(@RequestParam(required = false) String cellCode, @RequestParam(required = false) String username,
			@RequestParam(required = false) String division, Model model, RedirectAttributes redirect) {
		try {
			officers.assign(cellCode, username);
		}
		catch (RuleBroken ex) {
			Map<String, String> sent = new HashMap<>();
			sent.put("cellCode", cellCode == null ? "" : cellCode);
			sent.put("username", username == null ? "" : username);
			return gridOfficersPage(division, FailedForm.of("assign", sent, ex, Set.of("cellCode", "username")), model);
		}
		Flash.success(redirect, "cityops.officer.flash.assigned");
		redirect.addAttribute("division", division);
		return "redirect:/cityops/grid-officers";
	}

	private String gridOfficersPage(String division, FailedForm failed, Model model) {
		List<DepartmentSummary> townships = directory.townships()
			.stream()
			.filter(t -> t.divisionCode() != null)
			.toList();
		String shown = division != null ? division
				: townships.stream().filter(t -> "JINQIAO".equals(t.code())).findFirst().or(() -> townships.stream().findFirst())
					.map(DepartmentSummary::divisionCode).orElse(null);
		List<GridCellSummary> cells = shown == null ? List.of() : directory.gridCellsWithin(shown);
		Map<Long, List<GridOfficers.Assignment>> byCell = officers.all()
			.stream()
			.collect(Collectors.groupingBy(GridOfficers.Assignment::gridCellId));
		model.addAttribute("townships", townships);
		model.addAttribute("division", shown);
		model.addAttribute("cells", cells);
		model.addAttribute("officers", byCell);
		model.addAttribute(FailedForm.ATTRIBUTE, failed);
		return "cityops/cases/grid-officers";
	}

	@PostMapping("/cityops/grid-officers/remove")
	String unassign(@RequestParam long cellId, @RequestParam long userId, @RequestParam(required = false) String division,
			RedirectAttributes redirect) {
		Flash.attempt(redirect, "cityops.officer.flash.removed", "cityops.officer.flash.refused",
				() -> officers.unassign(cellId, userId));
		redirect.addAttribute("division", division);
		return "redirect:/cityops/grid-officers";
	}

	private String classesPage(Model model) {
		return classesPage(model, FailedForm.NONE);
	}

	private String classesPage(Model model, FailedForm failed) {
		model.addAttribute(FailedForm.ATTRIBUTE, failed);
		model.addAttribute("classes", classification.classes());
		model.addAttribute("rules", classification.rules());
		model.addAttribute("departments", classification.departments().values());
		model.addAttribute("categories", Classification.Category.values());
		model.addAttribute("units", Classification.LimitUnit.values());
		return "cityops/cases/classes";
	}

	/** The class form's fields. */
	public static class ClassForm {

		private String code;

		private String name;

		private String departmentCode;

		private Integer limitValue;

		private Classification.LimitUnit limitUnit = Classification.LimitUnit.HOURS;

		private boolean active = true;

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getDepartmentCode() {
			return departmentCode;
		}

		public void setDepartmentCode(String departmentCode) {
			this.departmentCode = departmentCode;
		}

		public Integer getLimitValue() {
			return limitValue;
		}

		public void setLimitValue(Integer limitValue) {
			this.limitValue = limitValue;
		}

		public Classification.LimitUnit getLimitUnit() {
			return limitUnit;
		}

		public void setLimitUnit(Classification.LimitUnit limitUnit) {
			this.limitUnit = limitUnit;
		}

		public boolean isActive() {
			return active;
		}

		public void setActive(boolean active) {
			this.active = active;
		}

	}

}
