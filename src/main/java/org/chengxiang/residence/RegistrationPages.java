package org.chengxiang.residence;

import java.util.List;

import jakarta.validation.Valid;

import org.chengxiang.directory.Directory;
import org.chengxiang.directory.GridCellSummary;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.Flash;
import org.chengxiang.platform.web.FormErrors;
import org.chengxiang.services.ApplicationNumbers;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * Residence registration pages: the police department's list and a registration's page, where a clerk records that
 * the person moved away; a resident opens their own registration from their residence page.
 */
@Controller
@RequestMapping("/residence/registrations")
class RegistrationPages {

	private final RegistrationQueries queries;

	private final RegistrationDesk desk;

	private final Directory directory;

	private final ApplicationNumbers core;

	RegistrationPages(RegistrationQueries queries, RegistrationDesk desk, Directory directory,
			ApplicationNumbers core) {
		this.core = core;
		this.queries = queries;
		this.desk = desk;
		this.directory = directory;
	}

	@GetMapping
	@PreAuthorize("@residencePolice.includes(principal)")
	String list(@RequestParam(required = false) Long beforeId, Model model) {
		List<RegistrationRow> rows = queries.page(beforeId);
		model.addAttribute("registrations", rows);
		java.util.Map<String, String> divisions = new java.util.HashMap<>();
		rows.forEach(r -> divisions.computeIfAbsent(r.divisionCode(), directory::placeLabel));
		model.addAttribute("divisions", divisions);
		model.addAttribute("nextBeforeId",
				rows.size() == RegistrationQueries.PAGE_SIZE ? rows.get(rows.size() - 1).id() : null);
		return "residence/registrations";
	}

	@GetMapping("/{id}")
	@PreAuthorize("@residencePolice.includes(principal) or hasRole('RESIDENT')")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		if (!model.containsAttribute("endForm")) {
			model.addAttribute("endForm", EndForm.NONE);
		}
		RegistrationRow registration = queries.one(id, user);
		model.addAttribute("registration", registration);
		model.addAttribute("applicationHeld", core.holds(registration.applicationNumber(), ResidenceItems.REGISTRATION));
		model.addAttribute("place", directory.placeLabel(registration.divisionCode()));
		model.addAttribute("gridCell",
				directory.gridCell(registration.gridCellId()).map(GridCellSummary::name).orElse(null));
		return "residence/registration";
	}

	/** 注销: the person moved away. Refused, the same page again with the date as typed. */
	@PostMapping("/{id}/end")
	@PreAuthorize("@residencePolice.includes(principal)")
	String end(@PathVariable long id, @Valid @ModelAttribute("endForm") EndForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				desk.movedAway(id, form.endDate(), form.version());
				Flash.success(redirect, "residence.registration.flash.ended");
				return "redirect:/residence/registrations/" + id;
			}
			catch (RuleBroken ex) {
				FormErrors.apply(ex, result);
			}
			catch (StepRefused ex) {
				FormErrors.apply(ex, result);
			}
		}
		return show(id, user, model);
	}

}
