package org.chengxiang.cityops.cases;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.chengxiang.directory.DepartmentSummary;
import org.chengxiang.directory.Directory;
import org.chengxiang.directory.GridCellSummary;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.web.CommandChecks;
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

	@InitBinder("classForm")
	void classForm(WebDataBinder binder) {
		binder.setAllowedFields("code", "name", "departmentCode", "limitValue", "limitUnit", "active");
	}

	@InitBinder("ruleForm")
	void ruleForm(WebDataBinder binder) {
		binder.setAllowedFields("target", "divisionCode", "departmentCode");
	}

	@InitBinder("assignForm")
	void assignForm(WebDataBinder binder) {
		binder.setAllowedFields("cellCode", "username");
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
		model.addAttribute("classForm", form);
		return classesPage(model);
	}

	@PostMapping("/cityops/classes")
	String processClassForm(@ModelAttribute("classForm") ClassForm form, BindingResult result, Model model,
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

	/** Adds a dispatch rule; a refused one comes back on the same page, as typed, with each problem by its field. */
	@PostMapping("/cityops/classes/rules")
	String addRule(@ModelAttribute("ruleForm") RuleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return classesPage(model);
		}
		String chosen = form.getTarget() == null ? "" : form.getTarget().strip();
		boolean category = chosen.length() == 4;
		try {
			Classification.SaveRule command = CommandChecks.valid(validator,
					new Classification.SaveRule(category ? null : chosen, category ? chosen : null,
							form.getDivisionCode() == null ? null : form.getDivisionCode().strip(),
							form.getDepartmentCode()));
			classification.addRule(command, code -> directory.division(code).isPresent());
		}
		catch (RuleBroken ex) {
			// the command names a subclass or a major class; the form has one field for either
			FormErrors.apply(new RuleBroken(ex.problems()
				.stream()
				.map(problem -> "classCode".equals(problem.field()) || "categoryCode".equals(problem.field())
						? new RuleBroken.Problem("target", problem.text(), problem.rule()) : problem)
				.toList()), result);
			return classesPage(model);
		}
		Flash.success(redirect, "cityops.class.flash.ruleAdded");
		return "redirect:/cityops/classes";
	}

	/** Removes a dispatch rule; one that is gone already is not found. */
	@PostMapping("/cityops/classes/rules/remove")
	String removeRule(@RequestParam long id, RedirectAttributes redirect) {
		classification.removeRule(id);
		Flash.success(redirect, "cityops.class.flash.ruleRemoved");
		return "redirect:/cityops/classes";
	}

	@GetMapping("/cityops/grid-officers")
	String gridOfficers(@RequestParam(required = false) String division, Model model) {
		model.addAttribute("assignForm", new AssignForm());
		return gridOfficersPage(division, model);
	}

	/** Assigns a grid officer; a refused assignment comes back on the same page, as typed. */
	@PostMapping("/cityops/grid-officers")
	String assign(@ModelAttribute("assignForm") AssignForm form, BindingResult result,
			@RequestParam(required = false) String division, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return gridOfficersPage(division, model);
		}
		try {
			officers.assign(form.getCellCode(), form.getUsername());
		}
		catch (RuleBroken ex) {
			FormErrors.apply(ex, result);
			return gridOfficersPage(division, model);
		}
		Flash.success(redirect, "cityops.officer.flash.assigned");
		redirect.addAttribute("division", division);
		return "redirect:/cityops/grid-officers";
	}

	private String gridOfficersPage(String division, Model model) {
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
		return "cityops/cases/grid-officers";
	}

	/** Removes a grid officer from a cell; one that is gone already is not found. */
	@PostMapping("/cityops/grid-officers/remove")
	String unassign(@RequestParam long cellId, @RequestParam long userId, @RequestParam(required = false) String division,
			RedirectAttributes redirect) {
		officers.unassign(cellId, userId);
		Flash.success(redirect, "cityops.officer.flash.removed");
		redirect.addAttribute("division", division);
		return "redirect:/cityops/grid-officers";
	}

	/** The classes page with both its forms: the one posted, as typed, and the other empty. */
	private String classesPage(Model model) {
		if (!model.containsAttribute("classForm")) {
			model.addAttribute("classForm", new ClassForm());
		}
		if (!model.containsAttribute("ruleForm")) {
			model.addAttribute("ruleForm", new RuleForm());
		}
		model.addAttribute("classes", classification.classes());
		model.addAttribute("rules", classification.rules());
		model.addAttribute("departments", classification.departments().values());
		model.addAttribute("categories", Classification.Category.values());
		model.addAttribute("units", Classification.LimitUnit.values());
		return "cityops/cases/classes";
	}

	/** The dispatch rule form's fields: a major class or a subclass, a township or community, a department. */
	public static class RuleForm {

		private String target;

		private String divisionCode;

		private String departmentCode;

		public String getTarget() {
			return target;
		}

		public void setTarget(String target) {
			this.target = target;
		}

		public String getDivisionCode() {
			return divisionCode;
		}

		public void setDivisionCode(String divisionCode) {
			this.divisionCode = divisionCode;
		}

		public String getDepartmentCode() {
			return departmentCode;
		}

		public void setDepartmentCode(String departmentCode) {
			this.departmentCode = departmentCode;
		}

	}

	/** The grid officer form's fields. */
	public static class AssignForm {

		private String cellCode;

		private String username;

		public String getCellCode() {
			return cellCode;
		}

		public void setCellCode(String cellCode) {
			this.cellCode = cellCode;
		}

		public String getUsername() {
			return username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

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
