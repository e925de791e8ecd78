package org.chengxiang.training;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.KeysetPage;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The subsidy claim JSON API: claims in the reader's scope, a provider's claim for its closed class, the human
 * resources bureau's cuts, review and return, the finance bureau's approval and return.
 */
@RestController
@RequestMapping("/api/training")
@Tag(name = "training", description = "Skills training for migrant workers")
@Validated
class ClaimApi {

	private static final String READERS = "@trainingProviders.isProvider(principal) or @trainingBureau.includes(principal)"
			+ " or @trainingFinance.includes(principal) or hasAnyRole('ADMIN', 'SUPERVISOR')";

	private final ClaimQueries queries;

	private final ClaimDesk desk;

	private final ClaimDecisions decisions;

	ClaimApi(ClaimQueries queries, ClaimDesk desk, ClaimDecisions decisions) {
		this.queries = queries;
		this.desk = desk;
		this.decisions = decisions;
	}

	@GetMapping("/claims")
	@PreAuthorize(READERS)
	@Operation(summary = "Subsidy claims, newest first, of one status or all (provider staff: their own provider's)")
	KeysetPage<ClaimRow> list(@RequestParam(required = false) ClaimStatus status,
			@RequestParam(required = false) Long beforeId, @AuthenticationPrincipal CurrentUser user) {
		return KeysetPage.of(queries.page(user, status, beforeId), ClaimQueries.PAGE_SIZE, ClaimRow::id);
	}

	@GetMapping("/claims/{id}")
	@PreAuthorize(READERS)
	@Operation(summary = "A claim with its lines and the rules frozen into it")
	ClaimView one(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return queries.one(id, user);
	}

	@PostMapping("/classes/{id}/claim")
	@PreAuthorize("@trainingProviders.isProvider(principal)")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Claim the subsidy for a closed class of one's own provider; every line checked by the rules")
	ClaimView submit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return queries.one(desk.submit(id, user), user);
	}

	@PostMapping("/claims/{id}/lines/{lineId}/cut")
	@PreAuthorize("@trainingBureau.includes(principal)")
	@Operation(summary = "Cut a granted line of a submitted claim, with a reason (human resources bureau)")
	ClaimView cut(@PathVariable long id, @PathVariable long lineId, @Valid @RequestBody ClaimStepForm step,
			@AuthenticationPrincipal CurrentUser user) {
		decisions.cut(id, lineId, step.reason(), step.version(), user);
		return queries.one(id, user);
	}

	@PostMapping("/claims/{id}/review")
	@PreAuthorize("@trainingBureau.includes(principal)")
	@Operation(summary = "Mark a submitted claim reviewed, for the finance bureau (human resources bureau)")
	ClaimView review(@PathVariable long id, @Valid @RequestBody ClaimStepForm step,
			@AuthenticationPrincipal CurrentUser user) {
		decisions.review(id, step.version(), user);
		return queries.one(id, user);
	}

	@PostMapping("/claims/{id}/approval")
	@PreAuthorize("@trainingFinance.includes(principal)")
	@Operation(summary = "Approve a reviewed claim for payment (finance bureau)")
	ClaimView approve(@PathVariable long id, @Valid @RequestBody ClaimStepForm step,
			@AuthenticationPrincipal CurrentUser user) {
		decisions.approve(id, step.version(), user);
		return queries.one(id, user);
	}

	@PostMapping("/claims/{id}/return")
	@PreAuthorize("@trainingBureau.includes(principal) or @trainingFinance.includes(principal)")
	@Operation(summary = "Return a claim not yet approved to its provider, with a reason (either bureau)")
	ClaimView returnToProvider(@PathVariable long id, @Valid @RequestBody ClaimStepForm step,
			@AuthenticationPrincipal CurrentUser user) {
		decisions.returnToProvider(id, step.reason(), step.version(), user);
		return queries.one(id, user);
	}

}
