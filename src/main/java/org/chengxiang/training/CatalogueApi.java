package org.chengxiang.training;

import java.util.List;

import jakarta.validation.Valid;

import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.KeysetPage;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue over JSON: occupations, a year's subsidy standards and claim rules. Providers' staff read them too,
 * to plan their classes; only the human resources bureau changes them.
 */
@RestController("trainingCatalogueApi")
@RequestMapping("/api/training")
@PreAuthorize(ProviderPages.READERS + " or @trainingProviders.isProvider(principal)")
class CatalogueApi {

	private final CatalogueQueries queries;

	private final OccupationDesk occupations;

	private final StandardDesk standards;

	private final RuleYearDesk rules;

	private final tools.jackson.databind.json.JsonMapper json;

	CatalogueApi(CatalogueQueries queries, OccupationDesk occupations, StandardDesk standards, RuleYearDesk rules,
			tools.jackson.databind.json.JsonMapper json) {
		this.json = json;
		this.queries = queries;
		this.occupations = occupations;
		this.standards = standards;
		this.rules = rules;
	}

	/** Every occupation in one page: the catalogue is small. */
	@GetMapping("/occupations")
	KeysetPage<CatalogueQueries.OccupationRow> occupations() {
		return new KeysetPage<>(queries.occupations(), null);
	}

	@PostMapping("/occupations")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("@trainingBureau.includes(principal)")
	CatalogueQueries.OccupationRow addOccupation(@Valid @RequestBody OccupationForm body) {
		String code = occupations.add(body);
		return queries.occupations().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
	}

	@GetMapping("/standards/{year}")
	YearStandards standards(@PathVariable int year) {
		StandardDesk.checkYear(year);
		return new YearStandards(year, queries.standards(year));
	}

	@PutMapping("/standards/{year}")
	@PreAuthorize("@trainingBureau.includes(principal)")
	YearStandards changeStandards(@PathVariable int year,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
					schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = StandardsForm.class))) @RequestBody(
							required = false) String body,
			jakarta.servlet.http.HttpServletRequest request) {
		// the year first, so that a bad year is named whatever the body holds
		StandardDesk.checkYear(year);
		StandardsForm form;
		try {
			form = body == null || body.isBlank() ? null : json.readValue(body, StandardsForm.class);
		}
		catch (tools.jackson.core.JacksonException ex) {
			// worded as any unreadable body is, naming the field it could not read
			throw new org.springframework.http.converter.HttpMessageNotReadableException(ex.getOriginalMessage(), ex,
					new org.springframework.http.server.ServletServerHttpRequest(request));
		}
		if (form == null) {
			throw org.chengxiang.platform.domain.RuleBroken.at("standards", "training.standards.cell.required");
		}
		standards.change(year, form.getStandards());
		return standards(year);
	}

	@GetMapping("/rules/{year}")
	CatalogueQueries.RulesView rules(@PathVariable int year) {
		StandardDesk.checkYear(year);
		return queries.rules(year);
	}

	@PutMapping("/rules/{year}")
	@PreAuthorize("@trainingBureau.includes(principal)")
	CatalogueQueries.RulesView changeRules(@PathVariable int year, @Valid @RequestBody RulesForm body,
			@AuthenticationPrincipal CurrentUser user) {
		rules.change(year, body, user.getUsername());
		return queries.rules(year);
	}

	/**
	 * The standards set for a year; a type and level not listed has none.
	 *
	 * @param standards yuan per person and the hours a class needs, by training type and level
	 */
	record YearStandards(int year, List<StandardsForm.Cell> standards) {
	}

}
