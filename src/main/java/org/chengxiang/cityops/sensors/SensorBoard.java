package org.chengxiang.cityops.sensors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.chengxiang.cityops.AlarmSeverity;
import org.chengxiang.directory.Directory;
import org.chengxiang.platform.security.Scope;
import org.chengxiang.platform.domain.Text;
import org.chengxiang.platform.web.AsWritten;
import org.chengxiang.platform.web.ReaderTexts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the operations dashboard (and the alarms page) read of the sensors: health counts and alarms, within
 * the viewer's scope. Cheap enough to be asked on every server-sent update: {@link #lastChange()} tells whether
 * anything changed since the last push.
 */
@Service
@Transactional(readOnly = true)
public class SensorBoard {

	/** Largest page of alarms. */
	public static final int MAX_PAGE = 200;

	private final JdbcClient jdbc;

	private final Directory directory;

	private final Devices devices;

	private final Clock clock;

	SensorBoard(JdbcClient jdbc, Directory directory, Devices devices, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.devices = devices;
		this.clock = clock;
	}

	/**
	 * An alarm as boards list it.
	 *
	 * @param id the alarm
	 * @param deviceCode the device
	 * @param deviceName its name
	 * @param typeName what it measures, as the device types name it
	 * @param unit the unit of its readings
	 * @param caseClassCode the case class the alarm is filed under
	 * @param severity its severity now
	 * @param active whether still active (else cleared)
	 * @param silence whether it is a silence alarm (device stopped reporting)
	 * @param summary what happened, in the reader's language
	 * @param peakValue the most extreme reading while it was active, if any
	 * @param raisedAt when the condition was met (reading time)
	 * @param clearedAt when it cleared, or {@code null}
	 * @param clearSummary how it cleared, in the reader's language, or {@code null}
	 * @param acknowledgedBy who acknowledged it, or {@code null}
	 * @param acknowledgedAt when
	 * @param acknowledgeNote what they said they do
	 * @param escalatedAt when it was escalated for want of acknowledgement, or {@code null}
	 * @param gridCellId the cell the device stands in
	 * @param longitude where (WGS 84)
	 * @param latitude where (WGS 84)
	 */
	public record AlarmRow(long id, String deviceCode, String deviceName, String typeName, String unit,
			String caseClassCode, AlarmSeverity severity, boolean active, boolean silence, String summary,
			Double peakValue, Instant raisedAt, Instant clearedAt, String clearSummary, String acknowledgedBy,
			Instant acknowledgedAt, String acknowledgeNote, Instant escalatedAt, long gridCellId, double longitude,
			double latitude) {
	}

	/**
	 * Device counts by health: {@code ONLINE}, {@code SILENT}, {@code ALARM}, {@code PENDING} (never reported),
	 * {@code INACTIVE}.
	 */
	public Map<String, Integer> health(Scope scope) {
		Map<String, Integer> counts = new java.util.LinkedHashMap<>();
		devices.healthCounts(SensorScope.of(scope, directory)).forEach((health, count) -> counts.put(health.name(), count));
		return counts;
	}

	/** Active alarms, most severe and newest first. */
	public List<AlarmRow> activeAlarms(Scope scope, int limit) {
		return alarms(scope, null, true, null, null, limit, true);
	}

	/**
	 * Alarms newest first, optionally only active ({@code true}) or cleared ({@code false}) ones and of one
	 * severity; keyset paged by {@code beforeId}. With {@code severityFirst}, active ones come most severe first.
	 */
	List<AlarmRow> alarms(Scope scope, Boolean active, AlarmSeverity severity, Long beforeId, int size,
			boolean severityFirst) {
		return alarms(scope, null, active, severity, beforeId, size, severityFirst);
	}

	/** The alarms of one device, newest first. */
	List<AlarmRow> alarmsOfDevice(Scope scope, String deviceCode, int size) {
		return alarms(scope, deviceCode, null, null, null, size, false);
	}

	private List<AlarmRow> alarms(Scope scope, String deviceCode, Boolean active, AlarmSeverity severity,
			Long beforeId, int size, boolean severityFirst) {
		SensorScope sensors = SensorScope.of(scope, directory);
		String order = severityFirst && Boolean.TRUE.equals(active)
				? "case a.severity when 'CRITICAL' then 0 when 'SEVERE' then 1 when 'WARNING' then 2 else 3 end, a.id desc"
				: "a.id desc";
		return sensors.bind(jdbc.sql("""
				select a.*, d.code as device_code, d.name as device_name, t.name as type_name, t.unit, d.grid_cell_id,
				    d.longitude, d.latitude
				from cityops.alarm a join cityops.device d on d.id = a.device_id
				join cityops.device_type t on t.code = d.type_code
				where %s and (cast(:device as text) is null or d.code = :device)
				  and (cast(:state as text) is null or a.state = :state)
				  and (cast(:severity as text) is null or a.severity = :severity) and a.id < :before
				order by %s limit :size
				""".formatted(SensorScope.CONDITION, order)))
			.param("device", deviceCode)
			.param("state", active == null ? null : (active ? "ACTIVE" : "CLEARED"))
			.param("severity", severity == null ? null : severity.name())
			.param("before", beforeId == null ? Long.MAX_VALUE : beforeId)
			.param("size", Math.max(1, Math.min(size, MAX_PAGE)))
			.query(SensorBoard::row)
			.list();
	}

	/**
	 * Devices by kind and health, within scope: for each device type, how many devices are online, silent, in
	 * alarm, and neither (never reported or inactive).
	 */
	public List<KindHealth> healthByKind(Scope scope) {
		return devices.healthByKind(SensorScope.of(scope, directory));
	}

	/** Devices of one kind by health. */
	public record KindHealth(String typeCode, String typeName, int online, int silent, int alarm, int other) {
	}

	/**
	 * Alarms raised per hour or per day (in the city's zone) since {@code from}, within scope: bucket start → count;
	 * empty buckets are left out.
	 */
	public java.util.Map<Instant, Integer> raisedPer(Scope scope, Instant from, String unit) {
		if (!"hour".equals(unit) && !"day".equals(unit)) {
			throw new IllegalArgumentException("unit must be hour or day");
		}
		SensorScope sensors = SensorScope.of(scope, directory);
		java.util.Map<Instant, Integer> counts = new java.util.TreeMap<>();
		sensors.bind(jdbc.sql("""
				select date_trunc(:unit, a.raised_at at time zone :zone) at time zone :zone, count(*)
				from cityops.alarm a join cityops.device d on d.id = a.device_id
				join cityops.device_type t on t.code = d.type_code
				where %s and a.raised_at >= :from group by 1
				""".formatted(SensorScope.CONDITION)))
			.param("unit", unit)
			.param("zone", clock.getZone().getId())
			.param("from", java.sql.Timestamp.from(from))
			.query(rs -> {
				counts.put(rs.getTimestamp(1).toInstant(), rs.getInt(2));
			});
		return counts;
	}

	/** Active alarms nobody has acknowledged yet, within scope. */
	public long unacknowledged(Scope scope) {
		SensorScope sensors = SensorScope.of(scope, directory);
		return sensors.bind(jdbc.sql("""
				select count(*) from cityops.alarm a join cityops.device d on d.id = a.device_id
				join cityops.device_type t on t.code = d.type_code
				where %s and a.state = 'ACTIVE' and a.acknowledged_at is null
				""".formatted(SensorScope.CONDITION))).query(Long.class).single();
	}

	/** One alarm in scope, if visible. */
	java.util.Optional<AlarmRow> alarm(Scope scope, long id) {
		SensorScope sensors = SensorScope.of(scope, directory);
		return sensors.bind(jdbc.sql("""
				select a.*, d.code as device_code, d.name as device_name, t.name as type_name, t.unit, d.grid_cell_id,
				    d.longitude, d.latitude
				from cityops.alarm a join cityops.device d on d.id = a.device_id
				join cityops.device_type t on t.code = d.type_code
				where a.id = :id and %s
				""".formatted(SensorScope.CONDITION))).param("id", id).query(SensorBoard::row).optional();
	}

	/** When any alarm last changed (raised, updated, cleared), for a live board to decide whether to push. */
	public Instant lastChange() {
		return jdbc.sql("select max(greatest(recorded_at, updated_at)) from cityops.alarm")
			.query((rs, n) -> {
				Timestamp ts = rs.getTimestamp(1);
				return ts == null ? Instant.EPOCH : ts.toInstant();
			})
			.single();
	}

	/** Escalation notices, newest first: for the operations centre's leadership and the supervision office. */
	List<Notice> notices(int limit) {
		return jdbc.sql("""
				select n.alarm_id, n.message_key, n.message_args, n.created_at from cityops.alarm_notice n
				order by n.id desc limit :limit
				""")
			.param("limit", limit)
			.query((rs, n) -> new Notice(rs.getLong(1), asWritten(AlarmTexts.text(rs.getString(2), rs.getString(3))),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	// the names in a notice (a device, a place) are data, shown as written in either language
	private static String asWritten(Text text) {
		return ReaderTexts.of(AS_WRITTEN.marked(text));
	}

	private static final AsWritten AS_WRITTEN = new AsWritten();

	/** An escalation notice, in the reader's language, as HTML: its names escaped and marked as data. */
	record Notice(long alarmId, String message, Instant createdAt) {
	}

	private static AlarmRow row(ResultSet rs, int n) throws SQLException {
		double peak = rs.getDouble("peak_value");
		Double peakValue = rs.wasNull() ? null : peak;
		return new AlarmRow(rs.getLong("id"), rs.getString("device_code"), rs.getString("device_name"),
				rs.getString("type_name"), rs.getString("unit"), rs.getString("case_class_code"),
				AlarmSeverity.valueOf(rs.getString("severity")), "ACTIVE".equals(rs.getString("state")),
				RuleEvaluator.SILENCE.equals(rs.getString("family")),
				ReaderTexts.of(AlarmTexts.text(rs.getString("summary_key"), rs.getString("summary_args"))), peakValue,
				instant(rs, "raised_at"), instant(rs, "cleared_at"),
				ReaderTexts.of(AlarmTexts.text(rs.getString("clear_key"), rs.getString("clear_args"))),
				rs.getString("acknowledged_by"), instant(rs, "acknowledged_at"), rs.getString("acknowledge_note"),
				instant(rs, "escalated_at"), rs.getLong("grid_cell_id"), rs.getDouble("longitude"),
				rs.getDouble("latitude"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
