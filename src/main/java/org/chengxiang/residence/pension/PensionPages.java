package org.chengxiang.residence.pension;

import jakarta.validation.Valid;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contribution base bands page: everyone reads them, the human resources bureau publishes them.
 */
@Controller
@RequestMapping("/residence/pension")
class PensionPages {

	private final PensionBands bands;

	PensionPages(PensionBands bands) {
		this.bands = bands;
	}

	@GetMapping("/bands")
	String bands(Model model) {
		model.addAttribute("bandForm", new BandForm(null, null, null, null));
		return page(model);
	}

	@PostMapping("/bands")
	@PreAuthorize("hasRole('ADMIN') or @pensionBureau.includes(principal)")
	String publish(@Valid @ModelAttribute("bandForm") BandForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				bands.publish(form.year(), new PublishBand(form.lowerBase(), form.upperBase(), form.version()));
				Flash.success(redirect, "residence.pension.flash.published", String.valueOf(form.year()));
				return "redirect:/residence/pension/bands";
			}
			catch (RuleBroken ex) {
				FormErrors.apply(ex, result);
			}
			catch (StepRefused ex) {
				FormErrors.apply(ex, result);
			}
		}
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("bands", bands.all());
		return "residence/pension/bands";
	}

}
