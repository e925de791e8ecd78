package org.chengxiang.cityops.sensors;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.web.FailedForm;
import org.chengxiang.platform.web.Flash;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's gateway page: the gateways that may send telemetry, registering one (its key is shown on the
 * answer to that request and never again), and deactivating one, which revokes its key.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class GatewayPages {

	static final String PAGE = "/cityops/gateways";

	private final Gateways gateways;

	GatewayPages(Gateways gateways) {
		this.gateways = gateways;
	}

	@GetMapping(PAGE)
	String list(Model model) {
		return page(model, FailedForm.NONE, null);
	}

	@PostMapping(PAGE)
	String register(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		try {
			// rendered, not redirected: the key must not travel through the session's flash attributes
			return page(model, FailedForm.NONE, gateways.register(code, name, user.getUsername()));
		}
		catch (RuleBroken ex) {
			Map<String, String> sent = new HashMap<>();
			sent.put("code", code == null ? "" : code);
			sent.put("name", name == null ? "" : name);
			return page(model, FailedForm.of("register", sent, ex, Set.of("code", "name")), null);
		}
	}

	@PostMapping(PAGE + "/{code}/deactivation")
	String deactivate(@PathVariable String code, RedirectAttributes redirect) {
		gateways.deactivate(code);
		Flash.success(redirect, "cityops.gateway.flash.deactivated", code);
		return "redirect:" + PAGE;
	}

	private String page(Model model, FailedForm failed, Gateways.Registered registered) {
		model.addAttribute("gateways", gateways.list());
		model.addAttribute("registered", registered);
		model.addAttribute(FailedForm.ATTRIBUTE, failed);
		return "cityops/sensors/gateways";
	}

}
