package org.chengxiang.directory;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chengxiang.platform.crypto.ResidentIdNumber;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.domain.NoSuchRecord;

import org.springframework.http.ResponseEntity;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
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

/**
 * The directory's JSON API: departments, divisions, grid cells and users.
 */
@RestController
@RequestMapping("/api/directory")
@Tag(name = "directory", description = "Departments, divisions, grid, users")
@Validated
class DirectoryApi {

	private final DepartmentCatalog departments;

	private final Divisions divisions;

	private final GridCells grid;

	private final UserDirectory users;

	private final StaffAdministration staff;

	private final DivisionOutlines outlines;

	private final JsonMapper json;

	DirectoryApi(DepartmentCatalog departments, Divisions divisions, GridCells grid, UserDirectory users,
			StaffAdministration staff, DivisionOutlines outlines, JsonMapper json) {
		this.departments = departments;
		this.divisions = divisions;
		this.grid = grid;
		this.users = users;
		this.staff = staff;
		this.outlines = outlines;
		this.json = json;
	}

	/** What a map of the grid draws: the cells as GeoJSON and the divisions' outlines. */
	record GridMap(ObjectNode cells, List<DivisionOutline> outlines) {
	}

	@GetMapping("/map")
	@Operation(summary = "The grid map: cells as GeoJSON and division outlines")
	GridMap map(@RequestParam(required = false) @Size(max = 12) String division) {
		List<GridCellSummary> cells = division == null || division.isBlank() ? grid.all() : grid.within(division.strip());
		ObjectNode collection = json.createObjectNode();
		collection.put("type", "FeatureCollection");
		ArrayNode features = collection.putArray("features");
		for (GridCellSummary cell : cells) {
			ObjectNode feature = features.addObject();
			feature.put("type", "Feature");
			feature.put("id", cell.id());
			ObjectNode properties = feature.putObject("properties");
			properties.put("id", cell.id());
			properties.put("code", cell.code());
			properties.put("name", cell.name());
			properties.put("divisionCode", cell.divisionCode());
			feature.set("geometry", json.readTree(cell.geojson()));
		}
		return new GridMap(collection, division == null || division.isBlank() ? outlines.all()
				: outlines.within(division.strip()));
	}

	@GetMapping("/map/places")
	@Operation(summary = "Communities, villages and grid cells by name")
	List<MapPlace> places(@RequestParam(required = false) @Size(max = 50) String q) {
		return outlines.search(q);
	}

	@GetMapping("/departments")
	@Operation(summary = "Departments with their aliases")
	List<DepartmentSummary> departments() {
		return departments.all().stream().map(Department::summary).toList();
	}

	@GetMapping("/departments/{id}")
	DepartmentSummary department(@PathVariable long id) {
		return departments.get(id).summary();
	}

	@GetMapping("/departments/lookup")
	@Operation(summary = "Find a department by any of its names")
	DepartmentSummary lookup(@RequestParam @Size(min = 1, max = 100) String name) {
		return departments.lookup(name)
			.map(Department::summary)
			.orElseThrow(() -> new NoSuchRecord("department " + name));
	}

	@PostMapping("/departments")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<DepartmentSummary> createDepartment(@Valid @RequestBody SaveDepartment command) {
		DepartmentSummary created = departments.create(command).summary();
		return ResponseEntity.created(URI.create("/api/directory/departments/" + created.id())).body(created);
	}

	@PutMapping("/departments/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	DepartmentSummary updateDepartment(@PathVariable long id, @Valid @RequestBody SaveDepartment command) {
		return departments.update(id, command).summary();
	}

	@GetMapping("/divisions")
	@Operation(summary = "Child divisions; the county without parent")
	List<DivisionSummary> divisions(@RequestParam(required = false) String parent) {
		return divisions.children(parent);
	}

	@GetMapping("/divisions/{code}")
	DivisionSummary division(@PathVariable String code) {
		return divisions.find(code).orElseThrow(() -> new NoSuchRecord("division " + code));
	}

	@PutMapping("/divisions/{code}/urban-rural-class")
	@PreAuthorize("hasRole('ADMIN')")
	DivisionSummary classify(@PathVariable String code, @RequestBody UrbanRuralCodeBody body) {
		return divisions.classify(code, body.urbanRuralCode());
	}

	@PostMapping(path = "/divisions/import", consumes = { "text/csv", "text/plain" })
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Import divisions from the NBS code list as CSV")
	ImportCount importDivisions(@RequestBody String csv,
			@RequestParam @Size(min = 1, max = 200) String source) {
		return new ImportCount(divisions.importCsv(new java.io.StringReader(csv), source, row -> null));
	}

	@GetMapping("/grid-cells")
	List<GridCellSummary> gridCells(@RequestParam(required = false) String division) {
		return division == null ? grid.all() : grid.within(division);
	}

	@GetMapping("/grid-cells/{id}")
	GridCellSummary gridCell(@PathVariable long id) {
		return grid.find(id).orElseThrow(() -> new NoSuchRecord("grid cell " + id));
	}

	@PostMapping("/grid-cells")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<GridCellSummary> createGridCell(@Valid @RequestBody SaveGridCell command) {
		GridCellSummary created = grid.create(command);
		return ResponseEntity.created(URI.create("/api/directory/grid-cells/" + created.id())).body(created);
	}

	@PutMapping("/grid-cells/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	GridCellSummary updateGridCell(@PathVariable long id, @Valid @RequestBody SaveGridCell command) {
		return grid.update(id, command);
	}

	@GetMapping("/users")
	@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR','DEPARTMENT_LEAD','CLERK')")
	@Operation(summary = "Users in your scope, keyset paged")
	UserPage users(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long departmentId,
			@RequestParam(required = false) Role role, @RequestParam(required = false) @Size(max = 50) String q,
			@RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "50") int size) {
		List<UserView> items = users.page(user.scope(), new UserDirectory.UserFilter(departmentId, role, q), after,
				size);
		int limit = Math.max(1, Math.min(size, UserDirectory.MAX_PAGE));
		Long next = items.size() == limit ? items.get(items.size() - 1).id() : null;
		return new UserPage(items, next);
	}

	@GetMapping("/users/{id}")
	UserView user(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return users.get(id, user.scope());
	}

	@PostMapping("/users")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<UserView> createStaff(@Valid @RequestBody SaveStaff command) {
		UserView created = staff.createStaff(command);
		return ResponseEntity.created(URI.create("/api/directory/users/" + created.id())).body(created);
	}

	@PutMapping("/users/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	UserView updateStaff(@PathVariable long id, @Valid @RequestBody SaveStaff command) {
		return staff.updateStaff(id, command);
	}

	@PostMapping("/users/{id}/unlock")
	@PreAuthorize("hasRole('ADMIN')")
	UserView unlock(@PathVariable long id) {
		return staff.unlock(id);
	}

	@PostMapping("/users/{id}/reveal")
	@Operation(summary = "Reveal ID number and phone (audited)")
	RevealedIdentifiers reveal(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody(required = false) RevealBody body) {
		return users.reveal(id, user.scope(), body == null ? null : body.reason());
	}

	@PostMapping("/users/search-by-id-number")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Find by ID number through the blind index")
	UserView byIdNumber(@Valid @RequestBody IdNumberBody body) {
		return users.findByIdNumber(body.idNumber())
			.orElseThrow(() -> new NoSuchRecord("user with that ID number"));
	}

	@GetMapping("/me")
	UserView me(@AuthenticationPrincipal CurrentUser user) {
		return users.get(user.id(), user.scope());
	}

	/** One page of users and the cursor for the next, {@code null} on the last page. */
	record UserPage(List<UserView> items, Long nextAfter) {
	}

	record ImportCount(int rows) {
	}

	record UrbanRuralCodeBody(String urbanRuralCode) {
	}

	record RevealBody(@Size(max = 200) String reason) {
	}

	record IdNumberBody(@jakarta.validation.constraints.NotBlank(
			message = "{validation.idNumber.required}") @ResidentIdNumber String idNumber) {
	}

}
