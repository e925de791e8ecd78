package org.chengxiang.platform.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A digest of every row of every table in every schema of the platform, table by table, to show that a run of
 * requests wrote nothing: md5 of the rows' text, ordered.
 */
final class TableDigest {

	private TableDigest() {
	}

	static Map<String, String> of(JdbcClient jdbc, List<String> excluded) {
		List<String> tables = jdbc.sql("""
				select table_schema || '.' || table_name from information_schema.tables
				where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
				order by 1""").query(String.class).list();
		Map<String, String> digests = new TreeMap<>();
		for (String table : tables) {
			if (excluded.contains(table)) {
				continue;
			}
			// a table's own name may hold a dot (the history table of a nested module's migrations)
			int dot = table.indexOf('.');
			String quoted = '"' + table.substring(0, dot) + "\".\"" + table.substring(dot + 1).replace("\"", "\"\"") + '"';
			digests.put(table, jdbc
				.sql("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from only "
						+ quoted + " t")
				.query(String.class)
				.single());
		}
		return digests;
	}

}
