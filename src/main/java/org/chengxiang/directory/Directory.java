package org.chengxiang.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules ask the directory: departments by any of their names, divisions, grid cells.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

	private final DepartmentCatalog departments;

	private final Divisions divisions;

	private final GridCells grid;

	private final UserDirectory users;

	private final PeopleNames people;

	private final DivisionOutlines outlines;

	Directory(DepartmentCatalog departments, Divisions divisions, GridCells grid, UserDirectory users,
			PeopleNames people, DivisionOutlines outlines) {
		this.people = people;
		this.departments = departments;
		this.divisions = divisions;
		this.grid = grid;
		this.users = users;
		this.outlines = outlines;
	}

	/**
	 * A resident's name and ID number in clear, for the module that processes the resident's own
	 * application (it stores what it keeps protected). Not a reveal to staff, so not audited as one.
	 */
	public Optional<ResidentIdentity> resident(long userId) {
		return users.residentIdentity(userId);
	}

	/** The active units of government, in their usual order: not the training providers, which are outside it. */
	public List<DepartmentSummary> departments() {
		return departments.all()
			.stream()
			.filter(Department::isActive)
			.filter(d -> d.getKind() != DepartmentKind.TRAINING_PROVIDER)
			.map(Department::summary)
			.toList();
	}

	/**
	 * Enters an approved training provider or enterprise as a body of its own kind, whose staff an administrator
	 * then creates with the provider role (ADR 25); the body it already is when the code is known.
	 */
	@Transactional
	public DepartmentSummary enterProvider(String code, String name, String shortName) {
		return departments.findByCode(code)
			.orElseGet(() -> departments.create(new SaveDepartment(code, name, shortName, DepartmentKind.TRAINING_PROVIDER,
					null, "", null)))
			.summary();
	}

	/**
	 * The items in the order of their departments in the government's usual order (the departments' sort order),
	 * keeping the items' own order within a department; items of no or an unknown department come last.
	 */
	public <T> List<T> inDepartmentOrder(java.util.Collection<T> items, java.util.function.Function<T, Long> departmentId) {
		java.util.Map<Long, Integer> place = new java.util.HashMap<>();
		List<Department> all = departments.all();
		for (int i = 0; i < all.size(); i++) {
			place.put(all.get(i).getId(), i);
		}
		return items.stream()
			.sorted(java.util.Comparator.comparingInt(item -> {
				Long id = departmentId.apply(item);
				return id == null ? Integer.MAX_VALUE : place.getOrDefault(id, Integer.MAX_VALUE);
			}))
			.toList();
	}

	public Optional<DepartmentSummary> department(long id) {
		// by its key: loading every department loads every one's aliases too, a query each, and the
		// catalogue asks this on every application
		return departments.find(id).map(Department::summary);
	}

	/** Resolves a name as documents write it (发改局, 市财政局(金融发展局), 大石桥市公安局 …). */
	public Optional<DepartmentSummary> departmentByName(String name) {
		return departments.lookup(name).map(Department::summary);
	}

	/**
	 * Whether the principal is a clerk or the lead of the department the directory knows by this name: the rule
	 * behind each module's "who works for the police, the education bureau …", which method security calls by name.
	 */
	public boolean staffOf(Object principal, String departmentName) {
		if (!(principal instanceof org.chengxiang.platform.security.CurrentUser user) || user.departmentId() == null
				|| !(user.hasRole(org.chengxiang.platform.security.Role.CLERK)
						|| user.hasRole(org.chengxiang.platform.security.Role.DEPARTMENT_LEAD))) {
			return false;
		}
		return departmentByName(departmentName).map(DepartmentSummary::id)
			.filter(user.departmentId()::equals)
			.isPresent();
	}

	/** Town governments and subdistrict offices: what a plan means by 相关镇街. */
	public List<DepartmentSummary> townships() {
		return departments().stream().filter(d -> d.kind().isTownship()).toList();
	}

	/**
	 * Teaches the directory another name of a department, so that the next document using it resolves.
	 * Administrators and the supervision office do this while mapping a plan's names.
	 */
	@Transactional
	public DepartmentSummary addAlias(long departmentId, String alias) {
		return departments.addAlias(departmentId, alias).summary();
	}

	/** A signed-in user as other modules' demo data and jobs act as them. */
	public Optional<org.chengxiang.platform.security.CurrentUser> user(String username) {
		try {
			return Optional.of(users.loadUserByUsername(username));
		}
		catch (org.springframework.security.core.userdetails.UsernameNotFoundException ex) {
			return Optional.empty();
		}
	}

	/**
	 * How the given users are named to people (name and unit), by login, for pages that record who acted by login:
	 * every login asked for has an answer, an unknown one named by itself.
	 */
	public java.util.Map<String, PersonName> names(java.util.Collection<String> usernames) {
		java.util.Map<String, PersonName> known = users.names(usernames);
		java.util.Map<String, PersonName> all = new java.util.HashMap<>(known);
		usernames.stream()
			.filter(java.util.Objects::nonNull)
			.forEach(username -> all.putIfAbsent(username, PersonName.unknown(username)));
		return all;
	}

	/** The enabled staff of a department, by name and unit: whom a clerk may hand work over to. */
	public List<PersonName> staffOf(long departmentId) {
		return users.staffOf(departmentId);
	}

	/** Whether a username belongs to staff of the department. */
	public boolean isStaffOf(String username, long departmentId) {
		return users.isStaffOf(username, departmentId);
	}

	public Optional<DivisionSummary> division(String code) {
		return divisions.find(code);
	}

	/** Communities and villages of the city, where people live and grid cells are drawn. */
	public List<DivisionSummary> neighbourhoods() {
		return divisions.neighbourhoods();
	}

	/** The communities and villages by town, for a form's town-then-place choice and for naming a place. */
	public PlaceChoices placeChoices() {
		return divisions.placeChoices();
	}

	/** A community or village by its name, with its town when the name is not unique; the code if unknown. */
	public String placeLabel(String code) {
		return placeChoices().place(code).map(PlaceChoices.Place::label).orElse(code);
	}

	public Optional<GridCellSummary> gridCell(long id) {
		return grid.find(id);
	}

	public List<GridCellSummary> gridCellsWithin(String divisionCode) {
		return grid.within(divisionCode);
	}

	/** People by their login names, with their names and units, for pages that show who acted. */
	public java.util.Map<String, PersonName> people(java.util.Collection<String> usernames) {
		return people.of(usernames);
	}

	/** Every grid cell of the city, ordered by code. */
	public List<GridCellSummary> gridCells() {
		return grid.all();
	}

	/** Every township, community and village with grid cells, as a map draws it. */
	public List<DivisionOutline> divisionOutlines() {
		return outlines.all();
	}

	/** Divisions and grid cells by name or code, for a map's search box. */
	public List<MapPlace> mapPlaces(String text) {
		return outlines.search(text);
	}

}
