package org.chengxiang.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.web.BadInputException;
import org.chengxiang.platform.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrative divisions of the city and their urban–rural classes.
 */
@Service
@Transactional(readOnly = true)
class Divisions {

	private static final String COLUMNS = "code, name, level, parent_code, urban_rural_code, urban_rural_assumed";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	Divisions(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	Optional<DivisionSummary> find(String code) {
		return jdbc.sql("select " + COLUMNS + " from directory.division where code = :code")
			.param("code", code)
			.query(Divisions::map)
			.optional();
	}

	/** Divisions directly under the given one, or the top level when {@code parent} is null. */
	List<DivisionSummary> children(String parent) {
		if (parent == null) {
			return jdbc.sql("select " + COLUMNS + " from directory.division where parent_code is null order by code")
				.query(Divisions::map)
				.list();
		}
		return jdbc.sql("select " + COLUMNS + " from directory.division where parent_code = :parent order by code")
			.param("parent", parent)
			.query(Divisions::map)
			.list();
	}

	List<DivisionSummary> townships() {
		return jdbc
			.sql("select " + COLUMNS
					+ " from directory.division where level in ('subdistrict','town','township_other') order by code")
			.query(Divisions::map)
			.list();
	}

	/** Communities and villages, where grid cells are drawn. */
	List<DivisionSummary> neighbourhoods() {
		return jdbc
			.sql("select " + COLUMNS
					+ " from directory.division where level in ('community','village','village_level_other') order by code")
			.query(Divisions::map)
			.list();
	}

	/** How many neighbourhoods each township has, and how many of them have an urban–rural class. */
	Map<String, int[]> classCoverage() {
		Map<String, int[]> coverage = new HashMap<>();
		jdbc.sql("""
				select parent_code, count(*) as total, count(urban_rural_code) filter (where not urban_rural_assumed) as confirmed
				from directory.division where level in ('community','village','village_level_other') group by parent_code
				""").query((rs, n) -> coverage.put(rs.getString(1), new int[] { rs.getInt(2), rs.getInt(3) })).list();
		return coverage;
	}

	/** Sets a division's urban–rural class as a fact an administrator confirmed (no longer assumed). */
	@Transactional
	DivisionSummary classify(String code, String urbanRuralCode) {
		DivisionSummary before = find(code).orElseThrow(() -> new NotFoundException("division " + code));
		String value = (urbanRuralCode == null || urbanRuralCode.isBlank()) ? null : urbanRuralCode.strip();
		if (value != null && UrbanRuralClass.ofCode(value).isEmpty()) {
			throw new BadInputException("urbanRuralCode",
					"城乡分类代码须为 111、112、121、122、123、210 或 220 / must be one of 111, 112, 121, 122, 123, 210, 220");
		}
		jdbc.sql("update directory.division set urban_rural_code = :value, urban_rural_assumed = false where code = :code")
			.param("value", value)
			.param("code", code)
			.update();
		DivisionSummary after = find(code).orElseThrow();
		audit.record(AuditEvent.of("division.classified", "division", code, before, after));
		return after;
	}

	static DivisionSummary map(ResultSet rs, int row) throws SQLException {
		String code = rs.getString("urban_rural_code");
		return new DivisionSummary(rs.getString("code"), rs.getString("name"), rs.getString("level"),
				rs.getString("parent_code"), code == null ? null : UrbanRuralClass.ofCode(code).orElse(null),
				rs.getBoolean("urban_rural_assumed"));
	}

}
