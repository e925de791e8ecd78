package org.chengxiang.directory;

import java.io.IOException;
import java.util.List;

import jakarta.validation.Valid;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.web.Flash;
import org.chengxiang.platform.web.FormErrors;
import org.chengxiang.platform.web.ReaderLocale;
import org.chengxiang.platform.web.Spreadsheets;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * Pages to look up and maintain departments, with Excel export and import.
 */
@Controller
@RequestMapping("/directory/departments")
@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR','DEPARTMENT_LEAD','CLERK')")
class DepartmentPages {

	private static final String FORM = "directory/department-form";

	private final DepartmentCatalog catalog;

	DepartmentPages(DepartmentCatalog catalog) {
		this.catalog = catalog;
	}

	@InitBinder
	void refuseIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute("kinds")
	DepartmentKind[] kinds() {
		return DepartmentKind.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, Model model) {
		List<Department> all = catalog.all();
		if (q != null && !q.isBlank()) {
			String needle = DepartmentNames.normalize(q);
			all = all.stream()
				.filter(d -> d.getCode().contains(needle.toUpperCase())
						|| d.aliasNames().stream().anyMatch(alias -> alias.contains(needle)))
				.toList();
		}
		model.addAttribute("departments", all);
		model.addAttribute("q", q);
		return "directory/departments";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("department", catalog.get(id));
		return "directory/department";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('ADMIN')")
	String initCreateForm(Model model) {
		model.addAttribute("department", new SaveDepartment("", "", "", DepartmentKind.BUREAU, "", "", null));
		return FORM;
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('ADMIN')")
	String processCreateForm(@Valid @ModelAttribute("department") SaveDepartment department, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			Department created = catalog.create(department);
			Flash.success(redirect, "flash.created", created.getName());
			return "redirect:/directory/departments/" + created.getId();
		}
		catch (RuleBroken ex) {
			FormErrors.apply(ex, result);
			return FORM;
		}
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	String initUpdateForm(@PathVariable long id, Model model) {
		model.addAttribute("department", SaveDepartment.of(catalog.get(id)));
		model.addAttribute("departmentId", id);
		return FORM;
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("department") SaveDepartment department,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("departmentId", id);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			catalog.update(id, department);
			Flash.success(redirect, "flash.saved");
			return "redirect:/directory/departments/" + id;
		}
		catch (RuleBroken ex) {
			FormErrors.apply(ex, result);
			return FORM;
		}
	}

	@PostMapping("/{id}/active")
	@PreAuthorize("hasRole('ADMIN')")
	String setActive(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
		catalog.setActive(id, active);
		Flash.success(redirect, active ? "flash.enabled" : "flash.disabled");
		return "redirect:/directory/departments/" + id;
	}

	@GetMapping("/export.xlsx")
	@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR')")
	ResponseEntity<byte[]> export() {
		return Spreadsheets.download("departments.xlsx", catalog.export(ReaderLocale.current()));
	}

	@PostMapping("/import")
	@PreAuthorize("hasRole('ADMIN')")
	String importSheet(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
		try {
			DepartmentCatalog.ImportResult result = catalog.importSheet(file.getInputStream());
			Flash.success(redirect, "flash.imported", result.created(), result.updated());
		}
		catch (RuleBroken ex) {
			Flash.error(redirect, "flash.importRefused", ImportProblems.worded(ex));
		}
		return "redirect:/directory/departments";
	}

}
