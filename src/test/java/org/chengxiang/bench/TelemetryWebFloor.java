package org.chengxiang.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The floor of HTTP batch ingestion on this web stack: the same batches, sent the same way, to an endpoint that
 * does the least any implementation must: read the body, parse the JSON (a streaming parser, no tree), look the
 * device up and {@code COPY} the rows into a table shaped like the readings. No credentials, no validation, no
 * rules, no device status, no idempotence beyond the primary key. No implementation on this stack can ingest
 * faster than this, so beside raw COPY it bounds the ratio the target asks for. Registered by the telemetry
 * benchmark only.
 */
@TestConfiguration(proxyBeanMethods = false)
class TelemetryWebFloor {

	static final String PATH = "/bench/floor/telemetry";

	static final String TABLE = "benchfloor.reading";

	/** The floor's own way in: nothing to check. */
	@Bean
	@Order(-100)
	SecurityFilterChain telemetryFloorSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher(PATH)
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
		return http.build();
	}

	@RestController
	@TestComponent // registered as a member of this configuration, which only the benchmark imports
	static class FloorApi {

		private final JsonMapper json;

		private final DataSource dataSource;

		private final JdbcClient jdbc;

		private volatile Map<String, Long> ids;

		FloorApi(JsonMapper json, DataSource dataSource, JdbcClient jdbc) {
			this.json = json;
			this.dataSource = dataSource;
			this.jdbc = jdbc;
		}

		@PostMapping(PATH)
		Map<String, Integer> receive(InputStream body) throws IOException, SQLException {
			Map<String, Long> devices = devices();
			StringBuilder rows = new StringBuilder(256 * 1024);
			int count = 0;
			try (JsonParser parser = json.createParser(body)) {
				if (parser.nextToken() != JsonToken.START_ARRAY) {
					throw new IllegalArgumentException("a batch is an array");
				}
				while (parser.nextToken() == JsonToken.START_OBJECT) {
					Long device = null;
					String ts = null;
					String value = null;
					for (String name = parser.nextName(); name != null; name = parser.nextName()) {
						parser.nextToken();
						switch (name) {
							case "device" -> device = devices.get(parser.getString());
							case "ts" -> ts = parser.getString();
							case "value" -> value = parser.getString();
							default -> parser.skipChildren();
						}
					}
					rows.append(device).append('\t').append(ts).append('\t').append(value).append('\n');
					count++;
				}
			}
			try (Connection connection = dataSource.getConnection()) {
				connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("copy " + TABLE + " (device_id, ts, value) from stdin", new StringReader(rows.toString()));
			}
			return Map.of("stored", count);
		}

		private Map<String, Long> devices() {
			Map<String, Long> known = ids;
			if (known == null) {
				Map<String, Long> loaded = new HashMap<>();
				jdbc.sql("select code, id from cityops.device").query(rs -> {
					loaded.put(rs.getString(1), rs.getLong(2));
				});
				ids = known = loaded;
			}
			return known;
		}

	}

}
