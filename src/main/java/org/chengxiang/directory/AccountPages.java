package org.chengxiang.directory;

import jakarta.validation.Valid;

import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.BadInputException;
import org.chengxiang.platform.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

/**
 * Self-registration of residents, and everyone's own account page.
 */
@Controller
class AccountPages {

	private final UserDirectory users;

	AccountPages(UserDirectory users) {
		this.users = users;
	}

	@InitBinder
	void refuseIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/register")
	String initRegistrationForm(Model model) {
		model.addAttribute("registration", RegisterResident.empty());
		return "register";
	}

	@PostMapping("/register")
	String processRegistrationForm(@Valid @ModelAttribute("registration") RegisterResident registration,
			BindingResult result) {
		if (result.hasErrors()) {
			return "register";
		}
		try {
			users.registerResident(registration);
			return "redirect:/login?registered";
		}
		catch (BadInputException ex) {
			FormErrors.apply(ex, result);
			return "register";
		}
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("account", users.get(user.id(), user.scope()));
		return "account";
	}

	@HxRequest
	@PostMapping("/account/reveal")
	String revealOwn(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("revealed", users.reveal(user.id(), user.scope(), "own account"));
		return "directory/user :: revealed";
	}

}
