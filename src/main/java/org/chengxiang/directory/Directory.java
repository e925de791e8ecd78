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

	Directory(DepartmentCatalog departments, Divisions divisions, GridCells grid, UserDirectory users) {
		this.departments = departments;
		this.divisions = divisions;
		this.grid = grid;
		this.users = users;
	}

	/**
	 * A resident's name and ID number in clear, for the module that processes the resident's own
	 * application (it stores what it keeps protected). Not a reveal to staff, so not audited as one.
	 */
	public Optional<ResidentIdentity> resident(long userId) {
		return users.residentIdentity(userId);
	}

	public List<DepartmentSummary> departments() {
		return departments.all().stream().filter(Department::isActive).map(Department::summary).toList();
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

	public List<DivisionSummary> childDivisions(String parentCode) {
		return divisions.children(parentCode);
	}

	public Optional<GridCellSummary> gridCell(long id) {
		return grid.find(id);
	}

	public List<GridCellSummary> gridCellsWithin(String divisionCode) {
		return grid.within(divisionCode);
	}

	/** Every grid cell of the city, ordered by code. */
	public List<GridCellSummary> gridCells() {
		return grid.all();
	}

}
