package org.chengxiang.access;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expected answers of the access matrix, {@code src/test/resources/access/access-matrix.tsv}: one row per API
 * endpoint ({@code METHOD}, path template), one column per demo user and {@code anonymous}, and a {@code foreign}
 * column: {@code user:answer} for that user on a record of another department or resident, {@code -} where the
 * endpoint has no such record. An answer is {@code ok} (let in: 2xx, or 400/409/422 on the deliberately empty
 * request), or the status code ({@code 401}, {@code 403}, {@code 404} …). Lines starting with {@code #} are comments.
 */
final class AccessTable {

	static final String RESOURCE = "/access/access-matrix.tsv";

	static final List<String> USERS = List.of("admin", "supervisor", "drc", "police", "hrss", "finance", "edu", "health",
			"zjj", "operator", "grid01", "school01", "resident", "anonymous");

	private final List<String> comments;

	private final Map<String, Row> rows;

	private AccessTable(List<String> comments, Map<String, Row> rows) {
		this.comments = comments;
		this.rows = rows;
	}

	/**
	 * A row: the expected answer of each user, and of the foreign-record case.
	 *
	 * @param foreign {@code user:answer}, or {@code -}
	 */
	record Row(String method, String path, Map<String, String> answers, String foreign) {

		String key() {
			return method + " " + path;
		}

		String line() {
			List<String> cells = new ArrayList<>(List.of(method, path));
			USERS.forEach(user -> cells.add(answers.get(user)));
			cells.add(foreign);
			return String.join("\t", cells);
		}

	}

	static AccessTable load() throws IOException {
		try (InputStream in = AccessTable.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				return new AccessTable(List.of(), new LinkedHashMap<>());
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	static AccessTable parse(String text) {
		List<String> comments = new ArrayList<>();
		Map<String, Row> rows = new LinkedHashMap<>();
		boolean header = true;
		for (String line : text.split("\n")) {
			if (line.isBlank()) {
				continue;
			}
			if (line.startsWith("#")) {
				comments.add(line);
				continue;
			}
			String[] cells = line.split("\t");
			if (header) {
				header = false;
				List<String> expected = new ArrayList<>(List.of("method", "path"));
				expected.addAll(USERS);
				expected.add("foreign");
				if (!List.of(cells).equals(expected)) {
					throw new IllegalStateException(RESOURCE + ": the header must read " + String.join(" ", expected));
				}
				continue;
			}
			if (cells.length != USERS.size() + 3) {
				throw new IllegalStateException(RESOURCE + ": the row " + cells[0] + " " + cells[1] + " has "
						+ cells.length + " cells, not " + (USERS.size() + 3));
			}
			Map<String, String> answers = new LinkedHashMap<>();
			for (int i = 0; i < USERS.size(); i++) {
				answers.put(USERS.get(i), cells[i + 2].strip());
			}
			Row row = new Row(cells[0].strip(), cells[1].strip(), answers, cells[cells.length - 1].strip());
			if (rows.put(row.key(), row) != null) {
				throw new IllegalStateException(RESOURCE + ": two rows for " + row.key());
			}
		}
		return new AccessTable(comments, rows);
	}

	Row row(String key) {
		return rows.get(key);
	}

	Map<String, Row> rows() {
		return rows;
	}

	/** Writes a table of these rows, with this table's comments, in the given order. */
	void write(Path file, List<Row> observed) throws IOException {
		List<String> lines = new ArrayList<>(comments);
		List<String> header = new ArrayList<>(List.of("method", "path"));
		header.addAll(USERS);
		header.add("foreign");
		lines.add(String.join("\t", header));
		observed.forEach(row -> lines.add(row.line()));
		Files.createDirectories(file.getParent());
		Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
	}

}
