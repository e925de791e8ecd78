package org.chengxiang.residence.housing;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.KeysetPage;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public rental housing JSON API: the rules, which the housing bureau changes; the waiting list and the stock,
 * which it keeps; and an applicant's own places on the list.
 */
@RestController
@RequestMapping("/api/residence/housing")
@Tag(name = "residence-housing", description = "Public rental housing: rules, waiting list, stock")
class HousingApi {

	private final HousingRules rules;

	private final HousingQueries queries;

	private final HousingAllocations allocations;

	private final MyHousing mine;

	HousingApi(HousingRules rules, HousingQueries queries, HousingAllocations allocations, MyHousing mine) {
		this.rules = rules;
		this.queries = queries;
		this.allocations = allocations;
		this.mine = mine;
	}

	@GetMapping("/rules")
	@Operation(summary = "The eligibility limits and the points rules in force")
	HousingRule rules() {
		return rules.current();
	}

	@PutMapping("/rules")
	@PreAuthorize("hasRole('ADMIN') or @housingBureau.includes(principal)")
	@Operation(summary = "Change the rules (housing bureau); the waiting list is re-scored")
	HousingRule changeRules(@Valid @RequestBody ChangeHousingRule change) {
		return rules.change(change);
	}

	/** The whole list in its order: households wait in hundreds, not thousands, so it is one page. */
	@GetMapping("/waiting-list")
	@PreAuthorize("@housingBureau.includes(principal)")
	@Operation(summary = "The households waiting, in their order (housing bureau)")
	KeysetPage<HousingQueries.WaitingRow> waitingList() {
		return new KeysetPage<>(queries.waiting(), null);
	}

	@GetMapping("/units")
	@PreAuthorize("@housingBureau.includes(principal)")
	@Operation(summary = "The housing stock (housing bureau)")
	KeysetPage<HousingQueries.UnitRow> units() {
		return new KeysetPage<>(queries.units(), null);
	}

	@PostMapping("/units")
	@PreAuthorize("@housingBureau.includes(principal)")
	@Operation(summary = "Add a unit to the stock, free (housing bureau)")
	ResponseEntity<Added> addUnit(@Valid @RequestBody AddUnit unit) {
		long id = allocations.addUnit(unit);
		return ResponseEntity.created(URI.create("/api/residence/housing/units/" + id)).body(new Added(id));
	}

	@PostMapping("/units/{id}/allocation")
	@PreAuthorize("@housingBureau.includes(principal)")
	@Operation(summary = "Let a free unit to the household at the top of the waiting list (housing bureau)")
	Allocated allocate(@PathVariable long id, @Valid @RequestBody UnitStep step) {
		WaitingListEntry housed = allocations.allocate(id, step.version());
		return new Allocated(id, housed.applicationNumber(), housed.points());
	}

	@PostMapping("/units/{id}/vacancy")
	@PreAuthorize("@housingBureau.includes(principal)")
	@Operation(summary = "Record that the tenant moved out: the unit is free again (housing bureau)")
	ResponseEntity<Void> vacate(@PathVariable long id, @Valid @RequestBody UnitStep step) {
		allocations.vacate(id, step.version());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/mine")
	@PreAuthorize("hasRole('RESIDENT')")
	@Operation(summary = "The applicant's own places on the waiting list, with their points and the reasons")
	KeysetPage<MyHousing.MyEntry> mine(@AuthenticationPrincipal CurrentUser user) {
		return new KeysetPage<>(mine.of(user.id()), null);
	}

	/**
	 * A step on a unit, from the version shown.
	 *
	 * @param version the unit's version
	 */
	record UnitStep(@NotNull(message = "{residence.housing.unit.versionRequired}") Integer version) {
	}

	/** @param id the unit added */
	record Added(long id) {
	}

	/**
	 * @param unitId the unit let
	 * @param applicationNumber the application of the household housed
	 * @param points its points
	 */
	record Allocated(long unitId, String applicationNumber, int points) {
	}

}
