package org.chengxiang.training;

import jakarta.validation.Valid;

import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.web.KeysetPage;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The approved providers over JSON, for the same readers and writers as the pages. */
@RestController
@RequestMapping("/api/training/providers")
@PreAuthorize(ProviderPages.READERS)
class ProvidersApi {

	private static final int PAGE = 100;

	private final ProviderQueries queries;

	private final ProviderDesk desk;

	ProvidersApi(ProviderQueries queries, ProviderDesk desk) {
		this.queries = queries;
		this.desk = desk;
	}

	@GetMapping
	KeysetPage<ProviderQueries.ProviderRow> list(@RequestParam(required = false) ProviderKind kind,
			@RequestParam(required = false) ProviderStatus status, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long beforeId) {
		return KeysetPage.of(queries.page(kind, status, q, beforeId, PAGE), PAGE, ProviderQueries.ProviderRow::id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("@trainingBureau.includes(principal)")
	ProviderQueries.ProviderRow register(@Valid @RequestBody ProviderForm body) {
		return one(desk.register(body));
	}

	@GetMapping("/{id}")
	ProviderQueries.ProviderRow one(@PathVariable long id) {
		return queries.find(id).orElseThrow(() -> new NoSuchRecord("training provider " + id));
	}

	@PostMapping("/{id}/suspension")
	@PreAuthorize("@trainingBureau.includes(principal)")
	ProviderQueries.ProviderRow suspend(@PathVariable long id, @Valid @RequestBody ProviderStepForm body) {
		desk.suspend(id, body.version(), body.reason());
		return one(id);
	}

	@PostMapping("/{id}/reinstatement")
	@PreAuthorize("@trainingBureau.includes(principal)")
	ProviderQueries.ProviderRow reinstate(@PathVariable long id, @Valid @RequestBody ProviderStepForm body) {
		desk.reinstate(id, body.version());
		return one(id);
	}

}
