package org.chengxiang.directory;

import org.chengxiang.platform.domain.Text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.chengxiang.platform.domain.RuleBroken;

/**
 * One line of a divisions CSV ({@code code,name,level,parent_code,urban_rural_code}).
 *
 * @param line line number in the file
 * @param code 12-digit division code
 * @param name name
 * @param level level as the NBS extract names it
 * @param parentCode parent's code; {@code null} for the top division of the file
 * @param urbanRuralCode urban–rural class if the file gives one
 */
record DivisionRow(int line, String code, String name, String level, String parentCode, String urbanRuralCode) {

	static final Set<String> LEVELS = Set.of("county", "subdistrict", "town", "township_other", "community", "village",
			"village_level_other");

	static List<DivisionRow> parse(Reader csv) {
		List<DivisionRow> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(csv)) {
			String text;
			int number = 0;
			boolean header = true;
			while ((text = reader.readLine()) != null) {
				number++;
				if (text.isBlank() || text.startsWith("#")) {
					continue;
				}
				if (header) {
					header = false;
					if (text.startsWith("code,")) {
						continue;
					}
				}
				String[] cells = text.split(",", -1);
				if (cells.length < 4) {
					throw RuleBroken.at("line " + number, "directory.divisions.columns", number);
				}
				String level = cells[2].strip();
				String parent = "county".equals(level) ? null : blankToNull(cells[3]);
				rows.add(new DivisionRow(number, cells[0].strip(), cells[1].strip(), level, parent,
						cells.length > 4 ? blankToNull(cells[4]) : null));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (rows.isEmpty()) {
			throw RuleBroken.at("file", "directory.divisions.none");
		}
		return rows;
	}

	Optional<Text> problem(Set<String> knownCodes) {
		int where = line;
		if (!code.matches("[0-9]{12}")) {
			return Optional.of(Text.of("directory.divisions.code", where));
		}
		if (name.isEmpty() || name.length() > 100) {
			return Optional.of(Text.of("directory.divisions.name", where));
		}
		if (!LEVELS.contains(level)) {
			return Optional.of(Text.of("directory.divisions.level", where, level));
		}
		if (parentCode != null && !knownCodes.contains(parentCode)) {
			return Optional.of(Text.of("directory.divisions.parent", where, parentCode));
		}
		if (urbanRuralCode != null && UrbanRuralClass.ofCode(urbanRuralCode).isEmpty()) {
			return Optional.of(Text.of("directory.divisions.urbanRural", where, urbanRuralCode));
		}
		return Optional.empty();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
