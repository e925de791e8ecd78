package org.chengxiang.residence.permits;

import java.time.Clock;
import java.time.LocalDate;

import org.chengxiang.directory.Directory;
import org.chengxiang.directory.ResidentIdentity;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.residence.ResidenceClock;
import org.chengxiang.residence.ResidenceItems;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A resident's residence page: their current registration and its clock, the permits they applied for (their own
 * and their children's) with what each is worth, and the applications to make next.
 */
@Controller
class MyResidencePage {

	private final Directory directory;

	private final ResidenceClock clock;

	private final PermitQueries permits;

	private final PermitRules rules;

	private final Entitlements entitlements;

	private final PersonalDataProtector protector;

	private final Clock time;

	MyResidencePage(Directory directory, ResidenceClock clock, PermitQueries permits, PermitRules rules,
			Entitlements entitlements, PersonalDataProtector protector, Clock time) {
		this.directory = directory;
		this.clock = clock;
		this.permits = permits;
		this.rules = rules;
		this.entitlements = entitlements;
		this.protector = protector;
		this.time = time;
	}

	@GetMapping("/residence/mine")
	@PreAuthorize("hasRole('RESIDENT')")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		var residence = directory.resident(user.id())
			.map(ResidentIdentity::idNumber)
			.flatMap(id -> clock.current(protector.personKey(id)));
		model.addAttribute("residence", residence.orElse(null));
		model.addAttribute("months", residence.map(r -> r.monthsOn(LocalDate.now(time))).orElse(0));
		model.addAttribute("place", residence.map(r -> directory.placeLabel(r.divisionCode())).orElse(null));
		model.addAttribute("permits", permits.mine(user));
		model.addAttribute("rule", rules.current());
		model.addAttribute("entitlements", entitlements.all());
		model.addAttribute("registrationItem", ResidenceItems.REGISTRATION);
		model.addAttribute("permitItem", ResidenceItems.PERMIT);
		model.addAttribute("endorsementItem", ResidenceItems.ENDORSEMENT);
		return "residence/mine";
	}

}
