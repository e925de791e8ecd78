package org.chengxiang.services;

import jakarta.validation.Validator;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.web.CommandChecks;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators maintain the catalogue: an item's instructions, department, time limits and materials.
 */
@Controller
@RequestMapping("/services/admin/items")
@PreAuthorize("hasRole('ADMIN')")
class CataloguePages {

	static final int MATERIAL_ROWS = 6;

	private final Catalogue catalogue;

	private final Directory directory;

	private final Validator validator;

	CataloguePages(Catalogue catalogue, Directory directory, Validator validator) {
		this.catalogue = catalogue;
		this.directory = directory;
		this.validator = validator;
	}

	/** The form of an item, empty for {@code new}. */
	@GetMapping("/{code}")
	String initItemForm(@PathVariable String code, Model model) {
		boolean stored = !"new".equals(code);
		model.addAttribute("itemForm", stored ? ItemForm.of(catalogue.get(code)) : new ItemForm());
		return form(model, stored);
	}

	/** Saves an item; refused, the same form again as typed, each problem beside its field. */
	@PostMapping
	String processItemForm(@ModelAttribute("itemForm") ItemForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Catalogue.SaveItem command = form.command();
		try {
			CommandChecks.valid(validator, command);
			if (!result.hasErrors()) {
				catalogue.save(command);
				Flash.success(redirect, "flash.saved");
				return "redirect:/services/items/" + command.code();
			}
		}
		catch (RuleBroken ex) {
			// a number that could not be read is reported once, by the binder, not again as missing
			FormErrors.apply(new RuleBroken(ex.problems()
				.stream()
				.filter(problem -> !result.hasFieldErrors(problem.field()))
				.toList()), result);
		}
		return form(model, false);
	}

	private String form(Model model, boolean stored) {
		model.addAttribute("stored", stored);
		model.addAttribute("departments", directory.departments());
		model.addAttribute("materialRows", MATERIAL_ROWS);
		return "services/item-form";
	}

}
