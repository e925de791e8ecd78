package org.chengxiang.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.NoSuchRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The grid: cells under communities and villages.
 */
@Service
@Transactional(readOnly = true)
class GridCells {

	private static final String COLUMNS = "id, code, name, division_code, geojson, generated";

	private final JdbcClient jdbc;

	private final Divisions divisions;

	private final AuditTrail audit;

	private final JsonMapper json;

	GridCells(JdbcClient jdbc, Divisions divisions, AuditTrail audit, JsonMapper json) {
		this.jdbc = jdbc;
		this.divisions = divisions;
		this.audit = audit;
		this.json = json;
	}

	Optional<GridCellSummary> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from directory.grid_cell where id = :id")
			.param("id", id)
			.query(GridCells::map)
			.optional();
	}

	Optional<GridCellSummary> findByCode(String code) {
		return jdbc.sql("select " + COLUMNS + " from directory.grid_cell where code = :code")
			.param("code", code)
			.query(GridCells::map)
			.optional();
	}

	/** Cells in a community or village, or in every neighbourhood of a township. */
	List<GridCellSummary> within(String divisionCode) {
		return jdbc.sql("""
				select %s from directory.grid_cell
				where division_code = :code
				   or division_code in (select code from directory.division where parent_code = :code)
				order by code
				""".formatted(COLUMNS)).param("code", divisionCode).query(GridCells::map).list();
	}

	List<GridCellSummary> all() {
		return jdbc.sql("select " + COLUMNS + " from directory.grid_cell order by code").query(GridCells::map).list();
	}

	@Transactional
	GridCellSummary create(SaveGridCell command) {
		check(command);
		if (findByCode(command.code()).isPresent()) {
			throw RuleBroken.at("code", "directory.grid.codeTaken");
		}
		long id = jdbc.sql("""
				insert into directory.grid_cell (code, name, division_code, geojson, generated)
				values (:code, :name, :division, :geojson, false) returning id
				""")
			.param("code", command.code())
			.param("name", command.name().strip())
			.param("division", command.divisionCode())
			.param("geojson", command.geojson())
			.query(Long.class)
			.single();
		GridCellSummary created = find(id).orElseThrow();
		audit.record(AuditEvent.of("grid.created", "grid_cell", id, null, created));
		return created;
	}

	@Transactional
	GridCellSummary update(long id, SaveGridCell command) {
		GridCellSummary before = find(id).orElseThrow(() -> new NoSuchRecord("grid cell " + id));
		check(command);
		if (!before.code().equals(command.code())) {
			throw RuleBroken.at("code", "directory.grid.codeFixed");
		}
		jdbc.sql("""
				update directory.grid_cell set name = :name, division_code = :division, geojson = :geojson,
				    generated = false, version = version + 1
				where id = :id
				""")
			.param("name", command.name().strip())
			.param("division", command.divisionCode())
			.param("geojson", command.geojson())
			.param("id", id)
			.update();
		GridCellSummary after = find(id).orElseThrow();
		audit.record(AuditEvent.of("grid.updated", "grid_cell", id, before, after));
		return after;
	}

	private void check(SaveGridCell command) {
		DivisionSummary division = divisions.find(command.divisionCode())
			.orElseThrow(() -> RuleBroken.at("divisionCode", "directory.division.unknown"));
		if (!division.isNeighbourhood()) {
			throw RuleBroken.at("divisionCode", "directory.grid.inNeighbourhood");
		}
		GeoJsonPolygons.problem(json, command.geojson()).ifPresent(problem -> {
			throw new RuleBroken("geojson", problem);
		});
	}

	static GridCellSummary map(ResultSet rs, int row) throws SQLException {
		return new GridCellSummary(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				rs.getString("division_code"), rs.getString("geojson"), rs.getBoolean("generated"));
	}

}
