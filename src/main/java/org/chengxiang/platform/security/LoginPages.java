package org.chengxiang.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page, with the captcha once this browser's logins have failed three times for a name, and the
 * captcha's image.
 */
@Controller
class LoginPages {

	private final LoginCaptcha captcha;

	LoginPages(LoginCaptcha captcha) {
		this.captcha = captcha;
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		model.addAttribute("captcha", session != null && session.getAttribute(LoginGuard.CAPTCHA_REQUIRED) != null);
		return "login";
	}

	/** A new captcha for this browser's session; never cached, so that each load is a new challenge. */
	@GetMapping("/login/captcha")
	ResponseEntity<byte[]> captchaImage(HttpServletRequest request) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore())
			.body(captcha.issue(request.getSession()));
	}

}
