package org.chengxiang.residence;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The residence registration JSON API: the police department's list and its step, a resident's own record. */
@RestController
@RequestMapping("/api/residence/registrations")
@Tag(name = "residence", description = "Residence registration and permits")
@Validated
class ResidenceApi {

	private final RegistrationQueries queries;

	private final RegistrationDesk desk;

	ResidenceApi(RegistrationQueries queries, RegistrationDesk desk) {
		this.queries = queries;
		this.desk = desk;
	}

	@GetMapping
	@PreAuthorize("@residencePolice.includes(principal)")
	@Operation(summary = "Residence registrations, newest first (police department)")
	KeysetPage<RegistrationRow> list(@RequestParam(required = false) Long beforeId) {
		return KeysetPage.of(queries.page(beforeId), RegistrationQueries.PAGE_SIZE, RegistrationRow::id);
	}

	@GetMapping("/{id}")
	@PreAuthorize("@residencePolice.includes(principal) or hasRole('RESIDENT')")
	@Operation(summary = "A registration: any for the police department, their own for a resident")
	RegistrationRow one(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return queries.one(id, user);
	}

	@PostMapping("/{id}/end")
	@PreAuthorize("@residencePolice.includes(principal)")
	@Operation(summary = "The person moved away: end the registration (police department)")
	RegistrationRow end(@PathVariable long id, @Valid @RequestBody EndForm form,
			@AuthenticationPrincipal CurrentUser user) {
		desk.movedAway(id, form.endDate(), form.version());
		return queries.one(id, user);
	}

}
