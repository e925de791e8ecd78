package org.chengxiang.settlement;

import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.crypto.ResidentIdNumbers;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.NoSuchRecord;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The settlement JSON API: the rules, which the police department changes, and the household registry it
 * consults.
 */
@RestController
@RequestMapping("/api/settlement")
@Tag(name = "settlement", description = "Settlement rules and the household registry")
@Validated
class SettlementApi {

	private final SettlementRules rules;

	private final HouseholdRegistry registry;

	SettlementApi(SettlementRules rules, HouseholdRegistry registry) {
		this.rules = rules;
		this.registry = registry;
	}

	@GetMapping("/policies")
	@Operation(summary = "The rule of each settlement category")
	List<SettlementRule> policies() {
		return rules.all();
	}

	@PutMapping("/policies/{category}")
	@PreAuthorize("hasRole('ADMIN') or @settlementPolice.includes(principal)")
	@Operation(summary = "Change a category's rule (police department)")
	SettlementRule changePolicy(@PathVariable SettlementCategory category, @Valid @RequestBody ChangeRule change) {
		return rules.change(category, change);
	}

	/**
	 * Looks a person up by POST, so that the ID number stays out of addresses, browser history and access logs; a
	 * GET of this address answers 405.
	 */
	@PostMapping("/registry")
	@PreAuthorize("@settlementPolice.includes(principal)")
	@Operation(summary = "Registry look-up by ID number, sent in the body; ID numbers answered masked (police department)")
	HouseholdRegistry.HouseholdView household(@RequestBody(required = false) LookUp lookUp) {
		String idNumber = lookUp == null ? null : PersonalDataProtector.normalizeIdNumber(lookUp.idNumber());
		ResidentIdNumbers.refusal(idNumber).ifPresent(problem -> {
			throw new RuleBroken("idNumber", problem);
		});
		return registry.householdOf(idNumber).orElseThrow(() -> new NoSuchRecord("registered person"));
	}

	/**
	 * The look-up by GET, as it was once offered: refused with 405 and a problem detail, so that an old client learns
	 * to POST instead of sending ID numbers in addresses. Not part of the documented API.
	 */
	@GetMapping("/registry")
	@Hidden
	HouseholdRegistry.HouseholdView householdByAddress() throws HttpRequestMethodNotSupportedException {
		throw new HttpRequestMethodNotSupportedException("GET", List.of("POST"));
	}

	/**
	 * A registry look-up.
	 *
	 * @param idNumber the resident ID number of anyone in the household
	 */
	record LookUp(String idNumber) {
	}

}
