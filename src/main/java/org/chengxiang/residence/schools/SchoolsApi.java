package org.chengxiang.residence.schools;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.KeysetPage;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * School places over JSON: a guardian's children's applications and their answers to offers; the education bureau's
 * results per school and supply against demand.
 */
@RestController
@RequestMapping("/api/residence/schools")
class SchoolsApi {

	private static final int PAGE = 100;

	private final RoundQueries rounds;

	private final OfferDesk offers;

	private final SupplyQueries supply;

	SchoolsApi(RoundQueries rounds, OfferDesk offers, SupplyQueries supply) {
		this.rounds = rounds;
		this.offers = offers;
		this.supply = supply;
	}

	@GetMapping("/mine")
	@PreAuthorize("hasRole('RESIDENT')")
	KeysetPage<RoundQueries.OfferRow> mine(@AuthenticationPrincipal CurrentUser user) {
		return new KeysetPage<>(rounds.ofGuardian(user.id()), null);
	}

	@PostMapping("/mine/{id}/acceptance")
	@PreAuthorize("hasRole('RESIDENT')")
	RoundQueries.OfferRow accept(@PathVariable long id, @Valid @RequestBody Answer body,
			@AuthenticationPrincipal CurrentUser user) {
		offers.accept(id, body.version(), user.id());
		return one(id, user);
	}

	@PostMapping("/mine/{id}/declination")
	@PreAuthorize("hasRole('RESIDENT')")
	RoundQueries.OfferRow decline(@PathVariable long id, @Valid @RequestBody Answer body,
			@AuthenticationPrincipal CurrentUser user) {
		offers.decline(id, body.version(), user.id());
		return one(id, user);
	}

	@GetMapping("/rounds/{year}/schools/{school}/results")
	@PreAuthorize("@schoolsEducation.includes(principal)")
	KeysetPage<RoundQueries.ResultRow> results(@PathVariable int year, @PathVariable long school,
			@RequestParam(required = false) Long beforeId) {
		return KeysetPage.of(rounds.resultsPage(year, school, beforeId, PAGE), PAGE, RoundQueries.ResultRow::id);
	}

	@GetMapping("/supply")
	@PreAuthorize("@schoolsEducation.includes(principal) or hasAnyRole('SUPERVISOR','ADMIN')")
	SupplyQueries.Supply supply(@RequestParam int year) {
		return supply.of(year);
	}

	private RoundQueries.OfferRow one(long id, CurrentUser user) {
		List<RoundQueries.OfferRow> mine = rounds.ofGuardian(user.id());
		return mine.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
	}

	/** The answer to an offer, with the version the guardian saw. */
	record Answer(@NotNull(message = "{residence.schools.version.required}") Integer version) {
	}

}
