package org.chengxiang.cityops.sensors;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Devices by code for ingestion, which resolves thousands of codes a second: kept in memory for a minute, and
 * forgotten at once when this instance edits the device. The device's gateway comes with it, so that checking a
 * reading's sender costs no query.
 */
@Component
class DeviceLookup {

	private static final long TTL_NANOS = Duration.ofMinutes(1).toNanos();

	static final String SELECT = """
			select d.id, d.code, d.name, d.type_code, t.name as type_name, t.unit, t.case_class_code, d.grid_cell_id,
			    d.longitude, d.latitude, d.interval_seconds, d.active, g.code as gateway_code
			from cityops.device d join cityops.device_type t on t.code = d.type_code
			left join cityops.gateway g on g.id = d.gateway_id
			""";

	private final JdbcClient jdbc;

	private final Map<String, Entry> byCode = new ConcurrentHashMap<>();

	DeviceLookup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<DeviceInfo> byCode(String code) {
		long now = System.nanoTime();
		Entry entry = byCode.get(code);
		if (entry == null || now - entry.loadedAt() > TTL_NANOS) {
			Optional<DeviceInfo> device = load(code);
			if (device.isEmpty()) {
				// unknown codes are not remembered: a stream of made-up codes must not fill the memory
				return device;
			}
			entry = new Entry(device.get(), now);
			byCode.put(code, entry);
		}
		return Optional.ofNullable(entry.device());
	}

	/** Loads in one query the codes not known yet or known for too long, before a batch looks them up one by one. */
	void preload(java.util.Collection<String> codes) {
		long now = System.nanoTime();
		java.util.Set<String> missing = new java.util.HashSet<>();
		for (String code : codes) {
			Entry entry = byCode.get(code);
			if ((entry == null || now - entry.loadedAt() > TTL_NANOS) && missing.size() < 20_000) {
				missing.add(code);
			}
		}
		if (!missing.isEmpty()) {
			jdbc.sql(SELECT + " where d.code in (:codes)")
				.param("codes", missing)
				.query(DeviceLookup::map)
				.list()
				.forEach(device -> byCode.put(device.code(), new Entry(device, now)));
		}
	}

	void forget(String code) {
		byCode.remove(code);
	}

	private Optional<DeviceInfo> load(String code) {
		return jdbc.sql(SELECT + " where d.code = :code").param("code", code).query(DeviceLookup::map).optional();
	}

	static DeviceInfo map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new DeviceInfo(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("type_code"),
				rs.getString("type_name"), rs.getString("unit"), rs.getString("case_class_code"),
				rs.getLong("grid_cell_id"), rs.getDouble("longitude"), rs.getDouble("latitude"),
				rs.getInt("interval_seconds"), rs.getBoolean("active"), rs.getString("gateway_code"));
	}

	private record Entry(DeviceInfo device, long loadedAt) {
	}

}
