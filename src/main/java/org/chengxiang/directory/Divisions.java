package org.chengxiang.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.NoSuchRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Set;
import java.util.HashSet;
import java.util.function.Function;

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

	/** Communities and villages by township; a name found in more than one township is labelled with its town. */
	PlaceChoices placeChoices() {
		List<DivisionSummary> towns = townships();
		List<DivisionSummary> places = neighbourhoods();
		Map<String, Long> names = places.stream()
			.collect(java.util.stream.Collectors.groupingBy(DivisionSummary::name, java.util.stream.Collectors.counting()));
		List<PlaceChoices.Town> result = new ArrayList<>();
		for (DivisionSummary town : towns) {
			List<PlaceChoices.Place> within = places.stream()
				.filter(p -> town.code().equals(p.parentCode()))
				.map(p -> new PlaceChoices.Place(p.code(), p.name(),
						names.get(p.name()) > 1 ? p.name() + "（" + town.name() + "）" : p.name(), town.code(), town.name()))
				.toList();
			result.add(new PlaceChoices.Town(town.code(), town.name(), within));
		}
		return new PlaceChoices(result);
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
		DivisionSummary before = find(code).orElseThrow(() -> new NoSuchRecord("division " + code));
		String value = (urbanRuralCode == null || urbanRuralCode.isBlank()) ? null : urbanRuralCode.strip();
		if (value != null && UrbanRuralClass.ofCode(value).isEmpty()) {
			throw RuleBroken.at("urbanRuralCode", "directory.division.urbanRuralCode");
		}
		jdbc.sql("update directory.division set urban_rural_code = :value, urban_rural_assumed = false where code = :code")
			.param("value", value)
			.param("code", code)
			.update();
		DivisionSummary after = find(code).orElseThrow();
		audit.record(AuditEvent.of("division.classified", "division", code, before, after));
		return after;
	}

	/**
	 * Loads divisions from CSV in the layout of the NBS extract ({@code code,name,level,parent_code,urban_rural_code},
	 * {@code #} comment lines), parents before children. New codes are inserted, known ones renamed; a class in the
	 * file is taken as confirmed, and a class already set is never cleared. One bad line refuses the whole file.
	 * @return how many divisions were inserted or updated
	 */
	@Transactional
	int importCsv(Reader csv, String source, Function<DivisionRow, String> assumedClass) {
		List<DivisionRow> rows = DivisionRow.parse(csv);
		Set<String> known = new HashSet<>(
				jdbc.sql("select code from directory.division").query(String.class).list());
		List<RuleBroken.Problem> problems = new ArrayList<>();
		for (DivisionRow row : rows) {
			row.problem(known).ifPresent(p -> problems.add(new RuleBroken.Problem("line " + row.line(), p)));
			known.add(row.code());
		}
		if (!problems.isEmpty()) {
			throw new RuleBroken(problems.subList(0, Math.min(problems.size(), 20)));
		}
		for (DivisionRow row : rows) {
			String confirmed = row.urbanRuralCode();
			String assumed = confirmed == null ? assumedClass.apply(row) : null;
			jdbc.sql("""
					insert into directory.division (code, name, level, parent_code, urban_rural_code, urban_rural_assumed, source)
					values (:code, :name, :level, :parent, :class, :assumed, :source)
					on conflict (code) do update set name = excluded.name, level = excluded.level,
					    parent_code = excluded.parent_code, source = excluded.source,
					    urban_rural_code = coalesce(excluded.urban_rural_code, directory.division.urban_rural_code),
					    urban_rural_assumed = case when excluded.urban_rural_code is not null and not excluded.urban_rural_assumed
					        then false else directory.division.urban_rural_assumed end
					""")
				.param("code", row.code())
				.param("name", row.name())
				.param("level", row.level())
				.param("parent", row.parentCode())
				.param("class", confirmed != null ? confirmed : assumed)
				.param("assumed", confirmed == null && assumed != null)
				.param("source", source)
				.update();
		}
		audit.record(AuditEvent.of("division.imported", "division", source, null,
				Map.of("rows", rows.size())));
		return rows.size();
	}

	static DivisionSummary map(ResultSet rs, int row) throws SQLException {
		String code = rs.getString("urban_rural_code");
		return new DivisionSummary(rs.getString("code"), rs.getString("name"), rs.getString("level"),
				rs.getString("parent_code"), code == null ? null : UrbanRuralClass.ofCode(code).orElse(null),
				rs.getBoolean("urban_rural_assumed"));
	}

}
