package org.chengxiang.platform.web;

import java.util.List;

import org.chengxiang.platform.security.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what is waiting for the signed-in person in every module (their {@link Workbench} items), and
 * what their role can do here. The items come in the workbenches' {@code @Order}.
 */
@Controller
class HomeController {

	private final List<Workbench> workbenches;

	HomeController(List<Workbench> workbenches) {
		this.workbenches = workbenches;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("work", workbenches.stream().flatMap(w -> w.items(user).stream()).toList());
		return "home";
	}

}
