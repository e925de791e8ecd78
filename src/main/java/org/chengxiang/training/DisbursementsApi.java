package org.chengxiang.training;

import jakarta.validation.Valid;

import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.KeysetPage;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The disbursement ledger over JSON: the finance bureau creates, sends and confirms batches; the human resources
 * bureau reads them.
 */
@RestController
@RequestMapping("/api/training/disbursements")
@PreAuthorize(DisbursementPages.READERS)
class DisbursementsApi {

	private static final int PAGE = 50;

	private final DisbursementQueries queries;

	private final DisbursementDesk desk;

	DisbursementsApi(DisbursementQueries queries, DisbursementDesk desk) {
		this.queries = queries;
		this.desk = desk;
	}

	@GetMapping
	KeysetPage<DisbursementQueries.BatchRow> batches(@RequestParam(required = false) Long beforeId) {
		return KeysetPage.of(queries.page(beforeId, PAGE), PAGE, DisbursementQueries.BatchRow::id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(DisbursementPages.FINANCE)
	DisbursementQueries.BatchDetail create(@Valid @RequestBody DisbursementForms.Creation body,
			@AuthenticationPrincipal CurrentUser user) {
		return queries.detail(desk.create(body.claimIds(), user.getUsername()));
	}

	@GetMapping("/{id}")
	DisbursementQueries.BatchDetail batch(@PathVariable long id) {
		return queries.detail(id);
	}

	@PostMapping("/{id}/sending")
	@PreAuthorize(DisbursementPages.FINANCE)
	DisbursementQueries.BatchDetail send(@PathVariable long id, @Valid @RequestBody DisbursementForms.BatchStep body,
			@AuthenticationPrincipal CurrentUser user) {
		desk.send(id, body.version(), user.getUsername());
		return queries.detail(id);
	}

	@PostMapping("/{id}/confirmation")
	@PreAuthorize(DisbursementPages.FINANCE)
	DisbursementQueries.BatchDetail confirm(@PathVariable long id,
			@Valid @RequestBody DisbursementForms.Confirmation body, @AuthenticationPrincipal CurrentUser user) {
		desk.confirm(id, body.version(), body.voucher(), body.payments(), user.getUsername());
		return queries.detail(id);
	}

}
