package org.chengxiang.services;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Validator;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.web.CommandChecks;
import org.chengxiang.platform.web.Flash;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

	@GetMapping("/{code}")
	String edit(@PathVariable String code, Model model) {
		Catalogue.Item item = "new".equals(code) ? null : catalogue.get(code);
		model.addAttribute("item", item);
		return form(model, null);
	}

	@PostMapping
	String save(@RequestParam String code, @RequestParam String name, @RequestParam(required = false) Long departmentId,
			@RequestParam String category, @RequestParam String legalBasis, @RequestParam String conditions,
			@RequestParam String instructions, @RequestParam(required = false) Integer promisedDays,
			@RequestParam(required = false) Integer legalDays, @RequestParam(required = false) String fee,
			@RequestParam String onlineLevel, @RequestParam(name = "materialName", required = false) List<String> names,
			@RequestParam(name = "materialRequired", required = false) List<String> required,
			@RequestParam(name = "materialFormats", required = false) List<String> formats, Model model,
			RedirectAttributes redirect) {
		List<Catalogue.SaveItem.Material> materials = new ArrayList<>();
		for (int i = 0; names != null && i < names.size(); i++) {
			if (names.get(i) != null && !names.get(i).isBlank()) {
				materials.add(new Catalogue.SaveItem.Material(names.get(i),
						required != null && required.contains(String.valueOf(i)),
						formats != null && i < formats.size() ? formats.get(i) : null, null));
			}
		}
		Catalogue.SaveItem command = new Catalogue.SaveItem(code.strip().toUpperCase(), name, departmentId, category,
				legalBasis, conditions, instructions, promisedDays, legalDays, fee, onlineLevel, materials);
		try {
			catalogue.save(CommandChecks.valid(validator, command));
			Flash.success(redirect, "flash.saved");
			return "redirect:/services/items/" + command.code();
		}
		catch (RuleBroken ex) {
			model.addAttribute("item", null);
			model.addAttribute("command", command);
			return form(model, ex.problems());
		}
	}

	private String form(Model model, List<RuleBroken.Problem> problems) {
		model.addAttribute("problems", problems);
		model.addAttribute("departments", directory.departments());
		model.addAttribute("materialRows", MATERIAL_ROWS);
		return "services/item-form";
	}

}
