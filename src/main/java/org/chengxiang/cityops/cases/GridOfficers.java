package org.chengxiang.cityops.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chengxiang.directory.Directory;
import org.chengxiang.directory.GridCellSummary;
import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.NoSuchRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which grid officers (网格员) answer for which grid cells: a cell has any number, an officer several cells.
 */
@Service
@Transactional(readOnly = true)
class GridOfficers {

	private final JdbcClient jdbc;

	private final Directory directory;

	private final AuditTrail audit;

	private final Clock clock;

	GridOfficers(JdbcClient jdbc, Directory directory, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	List<Assignment> all() {
		return jdbc.sql("select * from cityops.grid_officer order by grid_cell_id, username")
			.query((rs, n) -> new Assignment(rs.getLong("grid_cell_id"), rs.getLong("user_id"), rs.getString("username"),
					rs.getString("display_name")))
			.list();
	}

	/** Officers' names per cell id. */
	Map<Long, List<String>> namesByCell() {
		return all().stream()
			.collect(Collectors.groupingBy(Assignment::gridCellId,
					Collectors.mapping(Assignment::displayName, Collectors.toList())));
	}

	List<Long> cellsOf(long userId) {
		return jdbc.sql("select grid_cell_id from cityops.grid_officer where user_id = :u order by 1")
			.param("u", userId)
			.query(Long.class)
			.list();
	}

	boolean hasOfficers(long cellId) {
		return jdbc.sql("select exists (select 1 from cityops.grid_officer where grid_cell_id = :c)")
			.param("c", cellId)
			.query(Boolean.class)
			.single();
	}

	boolean isOfficerOf(long userId, long cellId) {
		return jdbc.sql("select exists (select 1 from cityops.grid_officer where grid_cell_id = :c and user_id = :u)")
			.param("c", cellId)
			.param("u", userId)
			.query(Boolean.class)
			.single();
	}

	/** Assigns a grid officer to a cell by the cell's code; assigning twice changes nothing. */
	@Transactional
	Assignment assign(String cellCode, String username) {
		String code = cellCode == null ? "" : cellCode.strip();
		GridCellSummary cell = directory.gridCells()
			.stream()
			.filter(c -> c.code().equals(code))
			.findFirst()
			.orElseThrow(() -> RuleBroken.at("cellCode", "cityops.grid.rule.noSuchCell"));
		CurrentUser officer = directory.user(username == null ? "" : username.strip())
			.filter(u -> u.role() == Role.GRID_OFFICER)
			.orElseThrow(() -> RuleBroken.at("username", "cityops.grid.rule.notOfficer"));
		int added = jdbc.sql("""
				insert into cityops.grid_officer (grid_cell_id, user_id, username, display_name, assigned_at)
				values (:cell, :user, :username, :name, :at) on conflict do nothing
				""")
			.param("cell", cell.id())
			.param("user", officer.id())
			.param("username", officer.getUsername())
			.param("name", officer.displayName())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		Assignment assignment = new Assignment(cell.id(), officer.id(), officer.getUsername(), officer.displayName());
		if (added == 1) {
			audit.record(AuditEvent.of("grid-officer.assigned", "grid_cell", cell.id(), null, assignment));
		}
		return assignment;
	}

	@Transactional
	void unassign(long cellId, long userId) {
		Assignment before = all().stream()
			.filter(a -> a.gridCellId() == cellId && a.userId() == userId)
			.findFirst()
			.orElseThrow(() -> new NoSuchRecord("grid officer " + userId + " of cell " + cellId));
		jdbc.sql("delete from cityops.grid_officer where grid_cell_id = :c and user_id = :u")
			.param("c", cellId)
			.param("u", userId)
			.update();
		audit.record(AuditEvent.of("grid-officer.unassigned", "grid_cell", cellId, before, null));
	}

	/** A grid officer of a cell. */
	public record Assignment(long gridCellId, long userId, String username, String displayName) {
	}

}
