package org.chengxiang.services;

import org.chengxiang.platform.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * On an application's page, a clerk of the handling department shows the full ID numbers of the applicant and of
 * everyone on the form, by a button that says it is recorded; each showing is written to the audit trail.
 */
@Controller
class IdentifierPages {

	private final ApplicationIdentifiers identifiers;

	IdentifierPages(ApplicationIdentifiers identifiers) {
		this.identifiers = identifiers;
	}

	@PostMapping("/services/applications/{id}/identifiers")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	String reveal(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("revealed", identifiers.reveal(id, user));
		return "services/identifiers :: revealed";
	}

}
