package org.chengxiang.cityops.sensors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;


import org.chengxiang.cityops.grid.GridLocator;
import org.chengxiang.directory.Directory;
import org.chengxiang.directory.GridCellSummary;
import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StaleVersion;
import org.chengxiang.platform.domain.NoSuchRecord;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The device registry: devices are placed at a point, which resolves to the grid cell (and town) it stands in;
 * a point outside the grid is refused. The operations centre and administrators register and edit devices;
 * everyone else sees them within their scope, with their health.
 */
@Service
@Transactional
class Devices {

	static final int MAX_PAGE = 200;

	private final JdbcClient jdbc;

	private final GridLocator grid;

	private final Directory directory;

	private final DeviceLookup lookup;

	private final AuditTrail audit;

	private final SensorsProperties properties;

	private final Clock clock;

	Devices(JdbcClient jdbc, GridLocator grid, Directory directory, DeviceLookup lookup, AuditTrail audit,
			SensorsProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.grid = grid;
		this.directory = directory;
		this.lookup = lookup;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** Device health: reporting, silent (no data for longer than its interval times the factor), or in alarm. */
	enum Health {

		/** 在线 */
		ONLINE,
		/** 静默 */
		SILENT,
		/** 告警 */
		ALARM,
		/** 未接入: registered, never reported */
		PENDING,
		/** 停用 */
		INACTIVE

	}

	/** A device with its latest reading and health, as lists and the API show it. */
	record View(long id, String code, String name, String typeCode, String typeName, String unit, double longitude,
			double latitude, long gridCellId, String gridCellName, String townCode, int intervalSeconds,
			boolean active, Instant lastSeenAt, Instant lastTs, Double lastValue, int activeAlarms, Health health,
			int version, String gatewayCode) {
	}

	View register(SaveDevice command, CurrentUser user) {
		Placement placement = place(command);
		long gateway = gateway(command.gatewayCode());
		try {
			long id = jdbc.sql("""
					insert into cityops.device (code, type_code, name, longitude, latitude, grid_cell_id, town_code,
					    interval_seconds, active, registered_at, gateway_id)
					values (:code, :type, :name, :lng, :lat, :cell, :town, :interval, :active, :now, :gateway) returning id
					""")
				.param("code", command.code().strip())
				.param("type", command.typeCode())
				.param("name", command.name().strip())
				.param("lng", command.longitude())
				.param("lat", command.latitude())
				.param("cell", placement.cell().id())
				.param("town", placement.townCode())
				.param("interval", command.intervalSeconds())
				.param("active", command.isActive())
				.param("now", Timestamp.from(clock.instant()))
				.param("gateway", gateway)
				.query(Long.class)
				.single();
			jdbc.sql("insert into cityops.device_status (device_id) values (:id)").param("id", id).update();
			audit.record(AuditEvent.of("device.registered", "device", command.code().strip(), null, command));
			lookup.forget(command.code().strip());
			return view(command.code().strip(), user);
		}
		catch (DuplicateKeyException ex) {
			throw RuleBroken.at("code", "cityops.sensor.problem.codeTaken");
		}
	}

	View update(String code, SaveDevice command, CurrentUser user) {
		if (!code.equals(command.code() == null ? null : command.code().strip())) {
			throw RuleBroken.at("code", "cityops.sensor.problem.codeFixed");
		}
		View before = view(code, user);
		Placement placement = place(command);
		// without a gateway named, the device keeps its own
		String gatewayCode = command.gatewayCode() == null ? "" : command.gatewayCode().strip();
		Long gateway = gatewayCode.isEmpty() || gatewayCode.equals(before.gatewayCode()) ? null : gateway(gatewayCode);
		int updated = jdbc.sql("""
				update cityops.device set type_code = :type, name = :name, longitude = :lng, latitude = :lat,
				    grid_cell_id = :cell, town_code = :town, interval_seconds = :interval, active = :active,
				    gateway_id = coalesce(cast(:gateway as bigint), gateway_id), version = version + 1
				where code = :code and version = :version
				""")
			.param("type", command.typeCode())
			.param("name", command.name().strip())
			.param("lng", command.longitude())
			.param("lat", command.latitude())
			.param("cell", placement.cell().id())
			.param("town", placement.townCode())
			.param("interval", command.intervalSeconds())
			.param("active", command.isActive())
			.param("gateway", gateway)
			.param("code", code)
			.param("version", command.version() == null ? before.version() : command.version())
			.update();
		if (updated == 0) {
			throw new StaleVersion();
		}
		if (!before.typeCode().equals(command.typeCode())) {
			// conditions of the old type's rules mean nothing for the new type
			jdbc.sql("delete from cityops.rule_state where device_id = :id").param("id", before.id()).update();
		}
		lookup.forget(code);
		audit.record(AuditEvent.of("device.changed", "device", code, before, command));
		return view(code, user);
	}

	private Placement place(SaveDevice command) {
		boolean knownType = jdbc.sql("select count(*) from cityops.device_type where code = :code")
			.param("code", command.typeCode())
			.query(Integer.class)
			.single() == 1;
		if (!knownType) {
			throw RuleBroken.at("typeCode", "cityops.sensor.problem.typeUnknown");
		}
		GridCellSummary cell = grid.cellAt(command.longitude(), command.latitude())
			.orElseThrow(() -> RuleBroken.at("longitude", "cityops.sensor.problem.outsideGrid"));
		String town = directory.division(cell.divisionCode())
			.map(division -> division.isTownship() ? division.code() : division.parentCode())
			.orElse(null);
		return new Placement(cell, town);
	}

	private record Placement(GridCellSummary cell, String townCode) {
	}

	/** The active gateway a device is to belong to: the only one that may deliver its readings. */
	private long gateway(String code) {
		if (code == null || code.isBlank()) {
			throw RuleBroken.at("gatewayCode", "cityops.sensor.problem.gatewayRequired");
		}
		return jdbc.sql("select id from cityops.gateway where code = :code and active")
			.param("code", code.strip())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> RuleBroken.at("gatewayCode", "cityops.sensor.problem.gatewayUnknown"));
	}

	// --- reading ---

	private static final String VIEW_SELECT = """
			select d.id, d.code, d.name, d.type_code, t.name as type_name, t.unit, d.longitude, d.latitude,
			    d.grid_cell_id, d.town_code, d.interval_seconds, d.active, d.version, s.last_seen_at, s.last_ts,
			    s.last_value, g.code as gateway_code,
			    (select count(*) from cityops.alarm a where a.device_id = d.id and a.state = 'ACTIVE') as active_alarms
			from cityops.device d join cityops.device_type t on t.code = d.type_code
			left join cityops.device_status s on s.device_id = d.id
			left join cityops.gateway g on g.id = d.gateway_id
			""";

	@Transactional(readOnly = true)
	View view(String code, CurrentUser user) {
		SensorScope scope = SensorScope.of(user.scope(), directory);
		return scope.bind(jdbc.sql(VIEW_SELECT + " where d.code = :code and " + SensorScope.CONDITION))
			.param("code", code)
			.query(this::view)
			.optional()
			.orElseThrow(() -> new NoSuchRecord("device " + code));
	}

	/** Devices in scope, filtered by type and town, ordered by code, keyset paged after {@code afterCode}. */
	@Transactional(readOnly = true)
	List<View> list(CurrentUser user, String typeCode, String townCode, String afterCode, int size) {
		SensorScope scope = SensorScope.of(user.scope(), directory);
		return scope.bind(jdbc.sql(VIEW_SELECT + """
				where %s and (cast(:type as text) is null or d.type_code = :type)
				  and (cast(:town as text) is null or d.town_code = :town) and d.code > :after
				order by d.code limit :size
				""".formatted(SensorScope.CONDITION)))
			.param("type", blankToNull(typeCode))
			.param("town", blankToNull(townCode))
			.param("after", afterCode == null ? "" : afterCode)
			.param("size", Math.max(1, Math.min(size, MAX_PAGE)))
			.query(this::view)
			.list();
	}

	/** Devices in scope, filtered by type and town, newest registered first, keyset paged before {@code beforeId}. */
	@Transactional(readOnly = true)
	List<View> newestFirst(CurrentUser user, String typeCode, String townCode, Long beforeId, int size) {
		SensorScope scope = SensorScope.of(user.scope(), directory);
		return scope.bind(jdbc.sql(VIEW_SELECT + """
				where %s and (cast(:type as text) is null or d.type_code = :type)
				  and (cast(:town as text) is null or d.town_code = :town) and d.id < :before
				order by d.id desc limit :size
				""".formatted(SensorScope.CONDITION)))
			.param("type", blankToNull(typeCode))
			.param("town", blankToNull(townCode))
			.param("before", beforeId == null ? Long.MAX_VALUE : beforeId)
			.param("size", Math.max(1, Math.min(size, MAX_PAGE)))
			.query(this::view)
			.list();
	}

	/** The device's latest readings, oldest first, for its chart. */
	@Transactional(readOnly = true)
	List<ReadingView> readings(String code, CurrentUser user, int limit) {
		View device = view(code, user);
		List<ReadingView> latest = new java.util.ArrayList<>(jdbc.sql("""
				select ts, value from cityops.reading where device_id = :id order by ts desc limit :limit
				""")
			.param("id", device.id())
			.param("limit", Math.max(1, Math.min(limit, 1000)))
			.query((rs, n) -> new ReadingView(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getDouble(2)))
			.list());
		java.util.Collections.reverse(latest);
		return latest;
	}

	/** A stored reading. */
	record ReadingView(Instant ts, double value) {
	}

	@Transactional(readOnly = true)
	List<DeviceTypeView> types() {
		return jdbc.sql("""
				select code, name, name_en, unit, case_class_code, department_code from cityops.device_type order by position
				""")
			.query((rs, n) -> new DeviceTypeView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6)))
			.list();
	}

	/** A device type. */
	record DeviceTypeView(String code, String name, String nameEn, String unit, String caseClassCode,
			String departmentCode) {
	}

	/** Health counts in scope. */
	@Transactional(readOnly = true)
	Map<Health, Integer> healthCounts(CurrentUser user) {
		return healthCounts(SensorScope.of(user.scope(), directory));
	}

	@Transactional(readOnly = true)
	Map<Health, Integer> healthCounts(SensorScope scope) {
		Map<Health, Integer> counts = new java.util.EnumMap<>(Health.class);
		for (Health health : Health.values()) {
			counts.put(health, 0);
		}
		scope.bind(jdbc.sql("""
				select case when not d.active then 'INACTIVE'
				            when exists (select 1 from cityops.alarm a where a.device_id = d.id and a.state = 'ACTIVE') then 'ALARM'
				            when s.last_seen_at is null then 'PENDING'
				            when s.last_seen_at + d.interval_seconds * :factor * interval '1 second' < :now then 'SILENT'
				            else 'ONLINE' end as health, count(*)
				from cityops.device d join cityops.device_type t on t.code = d.type_code
				left join cityops.device_status s on s.device_id = d.id
				where %s group by 1
				""".formatted(SensorScope.CONDITION)))
			.param("factor", properties.alarms().silenceFactor())
			.param("now", Timestamp.from(clock.instant()))
			.query(rs -> {
				counts.put(Health.valueOf(rs.getString(1)), rs.getInt(2));
			});
		return counts;
	}

	@Transactional(readOnly = true)
	List<SensorBoard.KindHealth> healthByKind(SensorScope scope) {
		return scope.bind(jdbc.sql("""
				select t.code, t.name,
				    count(*) filter (where h.health = 'ONLINE') as online,
				    count(*) filter (where h.health = 'SILENT') as silent,
				    count(*) filter (where h.health = 'ALARM') as alarm,
				    count(*) filter (where h.health in ('PENDING', 'INACTIVE')) as other
				from cityops.device d join cityops.device_type t on t.code = d.type_code
				left join cityops.device_status s on s.device_id = d.id
				cross join lateral (select case when not d.active then 'INACTIVE'
				    when exists (select 1 from cityops.alarm a where a.device_id = d.id and a.state = 'ACTIVE') then 'ALARM'
				    when s.last_seen_at is null then 'PENDING'
				    when s.last_seen_at + d.interval_seconds * :factor * interval '1 second' < :now then 'SILENT'
				    else 'ONLINE' end as health) h
				where %s group by t.code, t.name order by t.code
				""".formatted(SensorScope.CONDITION)))
			.param("factor", properties.alarms().silenceFactor())
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, n) -> new SensorBoard.KindHealth(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
					rs.getInt(6)))
			.list();
	}

	private View view(ResultSet rs, int n) throws SQLException {
		OffsetDateTime seen = rs.getObject("last_seen_at", OffsetDateTime.class);
		OffsetDateTime ts = rs.getObject("last_ts", OffsetDateTime.class);
		double value = rs.getDouble("last_value");
		Double lastValue = rs.wasNull() ? null : value;
		boolean active = rs.getBoolean("active");
		int alarms = rs.getInt("active_alarms");
		int interval = rs.getInt("interval_seconds");
		Health health;
		if (!active) {
			health = Health.INACTIVE;
		}
		else if (alarms > 0) {
			health = Health.ALARM;
		}
		else if (seen == null) {
			health = Health.PENDING;
		}
		else if (seen.toInstant()
			.plus(Duration.ofSeconds((long) interval * properties.alarms().silenceFactor()))
			.isBefore(clock.instant())) {
			health = Health.SILENT;
		}
		else {
			health = Health.ONLINE;
		}
		long cellId = rs.getLong("grid_cell_id");
		String cellName = grid.cells()
			.stream()
			.filter(cell -> cell.id() == cellId)
			.map(GridCellSummary::name)
			.findFirst()
			.orElse(String.valueOf(cellId));
		return new View(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("type_code"),
				rs.getString("type_name"), rs.getString("unit"), rs.getDouble("longitude"), rs.getDouble("latitude"),
				cellId, cellName, rs.getString("town_code"), interval, active, seen == null ? null : seen.toInstant(),
				ts == null ? null : ts.toInstant(), lastValue, alarms, health, rs.getInt("version"),
				rs.getString("gateway_code"));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
