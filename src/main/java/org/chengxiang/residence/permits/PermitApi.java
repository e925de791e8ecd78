package org.chengxiang.residence.permits;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.KeysetPage;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The residence permit JSON API: permits in the reader's scope, the police department's steps, the rules. */
@RestController
@RequestMapping("/api/residence")
@Tag(name = "residence", description = "Residence registration and permits")
@Validated
class PermitApi {

	private final PermitQueries queries;

	private final PermitDesk desk;

	private final PermitRules rules;

	PermitApi(PermitQueries queries, PermitDesk desk, PermitRules rules) {
		this.queries = queries;
		this.desk = desk;
		this.rules = rules;
	}

	@GetMapping("/permits")
	@PreAuthorize("@residencePolice.includes(principal)")
	@Operation(summary = "Residence permits, newest first (police department)")
	KeysetPage<PermitView> list(@RequestParam(required = false) Long beforeId) {
		return KeysetPage.of(queries.page(beforeId), PermitQueries.PAGE_SIZE, PermitView::id);
	}

	@GetMapping("/permits/{id}")
	@PreAuthorize("@residencePolice.includes(principal) or hasRole('RESIDENT')")
	@Operation(summary = "A permit: any for the police department, those they applied for for a resident")
	PermitView one(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return queries.one(id, user);
	}

	@PostMapping("/permits/{id}/replacement")
	@PreAuthorize("@residencePolice.includes(principal)")
	@Operation(summary = "Replace the card (renewal or reissue after loss); answers the new permit (police department)")
	PermitView replace(@PathVariable long id, @RequestBody StepForm step, @AuthenticationPrincipal CurrentUser user) {
		return queries.one(desk.replace(id, step.kind(), step.version()), user);
	}

	@PostMapping("/permits/{id}/cancellation")
	@PreAuthorize("@residencePolice.includes(principal)")
	@Operation(summary = "Cancel the permit (police department)")
	PermitView cancel(@PathVariable long id, @RequestBody StepForm step, @AuthenticationPrincipal CurrentUser user) {
		desk.cancel(id, step.version());
		return queries.one(id, user);
	}

	@GetMapping("/rules")
	@Operation(summary = "The permit rules in force")
	PermitRule rules() {
		return rules.current();
	}

	@PutMapping("/rules")
	@PreAuthorize("hasRole('ADMIN') or @residencePolice.includes(principal)")
	@Operation(summary = "Change the permit rules (police department)")
	PermitRule change(@Valid @RequestBody ChangePermitRule change) {
		return rules.change(change);
	}

}
