package org.chengxiang.directory;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Validator;

import org.chengxiang.platform.security.ClientRateLimits;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.web.FormErrors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

/**
 * Self-registration of residents, finished by the code sent to their phone, and everyone's own account page.
 * Registration is limited per client address: past the limit the page says to wait.
 */
@Controller
class AccountPages {

	/** The session attribute that holds the token of the registration waiting for its code. */
	static final String PENDING = "chengxiang.registration.pending";

	private final UserDirectory users;

	private final ResidentRegistrations registrations;

	private final ClientRateLimits limits;

	private final Validator validator;

	AccountPages(UserDirectory users, ResidentRegistrations registrations, ClientRateLimits limits,
			Validator validator) {
		this.users = users;
		this.registrations = registrations;
		this.limits = limits;
		this.validator = validator;
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
	String processRegistrationForm(@ModelAttribute("registration") RegisterResident registration,
			BindingResult result, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		if (refusedForNow(request, response, model)) {
			return "register";
		}
		// checked here, after the limit, so that malformed posts count against it too
		validator.validate(registration)
			.forEach(violation -> result.rejectValue(violation.getPropertyPath().toString(), "invalid",
					violation.getMessage()));
		if (result.hasErrors()) {
			return "register";
		}
		try {
			UUID token = registrations.begin(registration);
			// in the session too, so that switching the language on the code page keeps it
			request.getSession().setAttribute(PENDING, token.toString());
			redirect.addFlashAttribute("token", token.toString());
			return "redirect:/register/confirm";
		}
		catch (RuleBroken ex) {
			FormErrors.apply(ex, result);
			return "register";
		}
	}

	/** The form for the code; reached only from a registration just sent, which hands over its token. */
	@GetMapping("/register/confirm")
	String initConfirmationForm(HttpServletRequest request, Model model) {
		if (!model.containsAttribute("token")) {
			HttpSession session = request.getSession(false);
			Object pending = session == null ? null : session.getAttribute(PENDING);
			if (pending == null) {
				return "redirect:/register";
			}
			model.addAttribute("token", pending);
		}
		model.addAttribute("confirmation", new ConfirmationForm(String.valueOf(model.getAttribute("token")), ""));
		return "register-confirm";
	}

	@PostMapping("/register/confirm")
	String processConfirmationForm(@ModelAttribute("confirmation") ConfirmationForm confirmation,
			BindingResult result, HttpServletRequest request, HttpServletResponse response, Model model) {
		if (refusedForNow(request, response, model)) {
			return "register-confirm";
		}
		try {
			registrations.confirm(parse(confirmation.token()), confirmation.code());
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.removeAttribute(PENDING);
			}
			return "redirect:/login?registered";
		}
		catch (RuleBroken ex) {
			// a wrong code is shown beside the field; a refused registration above the form, which starts over
			FormErrors.apply(ex, result);
			return "register-confirm";
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

	private boolean refusedForNow(HttpServletRequest request, HttpServletResponse response, Model model) {
		ClientRateLimits.Admission admission = limits.registration(request.getRemoteAddr());
		if (admission.admitted()) {
			return false;
		}
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", String.valueOf(admission.retryAfterSeconds()));
		model.addAttribute("busyMinutes", admission.retryAfterMinutes());
		return true;
	}

	static UUID parse(String token) {
		try {
			return token == null ? null : UUID.fromString(token.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The code page's form: the pending registration it confirms and the code sent to the phone. */
	record ConfirmationForm(String token, String code) {
	}

}
