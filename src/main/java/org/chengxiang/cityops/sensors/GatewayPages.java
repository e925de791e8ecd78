package org.chengxiang.cityops.sensors;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.Flash;
import org.chengxiang.platform.web.FormErrors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's gateway page: the gateways that may send telemetry, registering one (its key is shown on the
 * answer to that request and never again), and deactivating one, which revokes its key.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class GatewayPages {

	static final String PAGE = "/cityops/gateways";

	private static final String VIEW = "cityops/sensors/gateways";

	private final Gateways gateways;

	GatewayPages(Gateways gateways) {
		this.gateways = gateways;
	}

	/** A gateway as the administrator registers it. */
	record GatewayForm(String code, String name) {
	}

	@GetMapping(PAGE)
	String list(Model model) {
		model.addAttribute("gatewayForm", new GatewayForm("", ""));
		return page(model, null);
	}

	@PostMapping(PAGE)
	String register(@ModelAttribute("gatewayForm") GatewayForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		try {
			// rendered, not redirected: the key must not travel through the session's flash attributes
			Gateways.Registered registered = gateways.register(form.code(), form.name(), user.getUsername());
			model.addAttribute("gatewayForm", new GatewayForm("", ""));
			return page(model, registered);
		}
		catch (RuleBroken ex) {
			FormErrors.apply(ex, result);
			return page(model, null);
		}
	}

	@PostMapping(PAGE + "/{code}/deactivation")
	String deactivate(@PathVariable String code, RedirectAttributes redirect) {
		gateways.deactivate(code);
		Flash.success(redirect, "cityops.gateway.flash.deactivated", code);
		return "redirect:" + PAGE;
	}

	private String page(Model model, Gateways.Registered registered) {
		model.addAttribute("gateways", gateways.list());
		model.addAttribute("registered", registered);
		return VIEW;
	}

}
