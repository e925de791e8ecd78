package org.chengxiang.cityops.sensors;

import jakarta.validation.Valid;

import org.chengxiang.cityops.AlarmSeverity;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.web.Flash;
import org.chengxiang.platform.web.FormErrors;
import org.chengxiang.platform.web.ReaderTexts;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The threshold rules: everyone who sees the sensors reads them; the operations centre edits a rule in its row of
 * the table or adds one. A refused rule comes back in its row as typed, its problems beside the fields.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR','OPERATOR','DEPARTMENT_LEAD','CLERK','GRID_OFFICER')")
class RulePages {

	private static final String PAGE = "cityops/sensors/rules";

	private final Rules rules;

	private final Devices devices;

	RulePages(Rules rules, Devices devices) {
		this.rules = rules;
		this.devices = devices;
	}

	@InitBinder("ruleForm")
	void ruleFields(WebDataBinder binder) {
		binder.setAllowedFields("id", "typeCode", "comparison", "threshold", "durationMinutes", "severity", "active",
				"version");
	}

	@ModelAttribute("severities")
	AlarmSeverity[] severities() {
		return AlarmSeverity.values();
	}

	@GetMapping("/cityops/sensors/rules")
	String rules(Model model) {
		return page(model, new RuleForm());
	}

	/** A rule's form: a row of the table ({@code id} set), or the new rule's. */
	@PostMapping("/cityops/sensors/rules")
	@PreAuthorize("hasAnyRole('ADMIN','OPERATOR')")
	String saveRule(@Valid @ModelAttribute("ruleForm") RuleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(model, form);
		}
		try {
			if (form.getId() == null) {
				rules.create(form.command());
			}
			else {
				rules.update(form.getId(), form.command());
			}
		}
		catch (RuleBroken ex) {
			FormErrors.apply(ex, result);
			return page(model, form);
		}
		catch (StepRefused ex) {
			// someone else saved the rule meanwhile
			FormErrors.apply(ex, result);
			return page(model, form);
		}
		Flash.success(redirect, "cityops.sensor.flash.ruleSaved");
		return "redirect:/cityops/sensors/rules";
	}

	private String page(Model model, RuleForm form) {
		model.addAttribute("ruleForm", form);
		model.addAttribute("rules", rules.all());
		model.addAttribute("types", devices.types());
		return PAGE;
	}

}
