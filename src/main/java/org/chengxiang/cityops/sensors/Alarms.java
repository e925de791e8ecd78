package org.chengxiang.cityops.sensors;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.chengxiang.cityops.AlarmCleared;
import org.chengxiang.cityops.AlarmRaised;
import org.chengxiang.cityops.AlarmSeverity;
import org.chengxiang.cityops.AlarmUpdated;
import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.domain.NoSuchRecord;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alarm lifecycle: raised (one per device and rule family), severity raised, cleared, acknowledged by an
 * operator with a note, escalated once when nobody acknowledges it in time. Every change is audited and
 * published as an event in the same transaction, so that the case it opens exists exactly when the alarm does.
 */
@Service
@Transactional
class Alarms implements RuleEvaluator.AlarmSink {

	static final String SILENCE_CLASS = "C-0699";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final SensorsProperties properties;

	private final Clock clock;

	Alarms(JdbcClient jdbc, ApplicationEventPublisher events, AuditTrail audit, SensorsProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public long raise(DeviceInfo device, Rule rule, RuleEvaluator.Point reading, Instant since) {
		String summary = device.name() + "（" + device.code() + "）" + device.typeName() + " " + number(reading.value())
				+ " " + device.unit() + "，" + condition(device, rule) + "，" + severityName(rule.severity());
		return insert(device, rule.family(), device.caseClassCode(), rule.severity(), summary, reading.value(),
				reading.ts());
	}

	@Override
	public void raiseSeverity(long alarmId, DeviceInfo device, Rule rule, RuleEvaluator.Point reading, Instant since) {
		String summary = "告警升级为" + severityName(rule.severity()) + "：" + device.typeName() + " "
				+ number(reading.value()) + " " + device.unit() + "，" + condition(device, rule);
		jdbc.sql("""
				update cityops.alarm set severity = :severity, summary = :summary, updated_at = :now,
				    peak_value = case when family = 'ABOVE' then greatest(peak_value, :value) else least(peak_value, :value) end
				where id = :id and state = 'ACTIVE'
				""")
			.param("severity", rule.severity().name())
			.param("summary", summary)
			.param("now", Timestamp.from(clock.instant()))
			.param("value", reading.value())
			.param("id", alarmId)
			.update();
		audit.record(AuditEvent.of("alarm.severity-raised", "alarm", alarmId, null,
				Map.of("severity", rule.severity().name(), "value", reading.value())).withDetail(summary));
		events.publishEvent(new AlarmUpdated(alarmId, rule.severity(), summary, reading.ts()));
	}

	@Override
	public void clear(long alarmId, DeviceInfo device, String family, RuleEvaluator.Point reading) {
		String summary = RuleEvaluator.SILENCE.equals(family) ? "设备恢复上报，" + device.typeName() + " "
				+ number(reading.value()) + " " + device.unit()
				: device.typeName() + (Rule.Comparison.ABOVE.name().equals(family) ? "回落至 " : "恢复至 ")
						+ number(reading.value()) + " " + device.unit() + "，告警已解除";
		int updated = jdbc.sql("""
				update cityops.alarm set state = 'CLEARED', cleared_at = :at, clear_summary = :summary, updated_at = :now
				where id = :id and state = 'ACTIVE'
				""")
			.param("at", Timestamp.from(reading.ts()))
			.param("summary", summary)
			.param("now", Timestamp.from(clock.instant()))
			.param("id", alarmId)
			.update();
		if (updated == 1) {
			audit.record(AuditEvent.of("alarm.cleared", "alarm", alarmId, Map.of("state", "ACTIVE"),
					Map.of("state", "CLEARED")).withDetail(summary));
			events.publishEvent(new AlarmCleared(alarmId, summary, reading.ts()));
		}
	}

	/** A device that stopped reporting: its silence alarm, filed under monitoring device fault. */
	long raiseSilence(DeviceInfo device, Instant lastSeen, Instant now) {
		long minutes = Duration.between(lastSeen, now).toMinutes();
		String summary = device.name() + "（" + device.code() + "）已 " + minutes + " 分钟未上报数据（应每 "
				+ interval(device.intervalSeconds()) + "上报一次）";
		return insert(device, RuleEvaluator.SILENCE, SILENCE_CLASS, AlarmSeverity.WARNING, summary, null, now);
	}

	private long insert(DeviceInfo device, String family, String caseClass, AlarmSeverity severity, String summary,
			Double value, Instant raisedAt) {
		long id = jdbc.sql("""
				insert into cityops.alarm (device_id, family, case_class_code, severity, state, summary, peak_value,
				    raised_at, recorded_at)
				values (:device, :family, :caseClass, :severity, 'ACTIVE', :summary, :value, :raisedAt, :now)
				returning id
				""")
			.param("device", device.id())
			.param("family", family)
			.param("caseClass", caseClass)
			.param("severity", severity.name())
			.param("summary", summary)
			.param("value", value)
			.param("raisedAt", Timestamp.from(raisedAt))
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		audit.record(AuditEvent.of("alarm.raised", "alarm", id, null,
				Map.of("device", device.code(), "family", family, "severity", severity.name(), "caseClass", caseClass))
			.withDetail(summary));
		events.publishEvent(new AlarmRaised(id, device.code(), caseClass, device.gridCellId(), device.longitude(),
				device.latitude(), severity, summary, raisedAt));
		return id;
	}

	/** An operator confirms they have seen the alarm and says what they do about it. */
	void acknowledge(long alarmId, String note, CurrentUser user) {
		if (!(user.hasRole(Role.OPERATOR) || user.hasRole(Role.ADMIN))) {
			throw new AccessDeniedException("operators acknowledge alarms");
		}
		String text = note == null ? "" : note.strip();
		if (text.isEmpty()) {
			throw new RuleBroken("note", "请填写处置说明 / say what is being done");
		}
		if (text.length() > 500) {
			throw new RuleBroken("note", "处置说明最多 500 字 / at most 500 characters");
		}
		String acknowledgedBy = jdbc.sql("select acknowledged_by from cityops.alarm where id = :id for update")
			.param("id", alarmId)
			.query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1)))
			.optional()
			.orElseThrow(() -> new NoSuchRecord("alarm " + alarmId))
			.orElse(null);
		if (acknowledgedBy != null) {
			throw new StepRefused("该告警已由 " + acknowledgedBy + " 确认 / already acknowledged by " + acknowledgedBy);
		}
		jdbc.sql("""
				update cityops.alarm set acknowledged_by = :by, acknowledged_at = :at, acknowledge_note = :note
				where id = :id
				""")
			.param("by", user.getUsername())
			.param("at", Timestamp.from(clock.instant()))
			.param("note", text)
			.param("id", alarmId)
			.update();
		audit.record(AuditEvent.of("alarm.acknowledged", "alarm", alarmId, null, Map.of("by", user.getUsername()))
			.withDetail(text));
	}

	/**
	 * Escalates every active alarm nobody acknowledged within the configured time: a notice for the operations
	 * centre's leadership and the supervision office, an audit entry, and an update on the alarm's case. Once
	 * per alarm; other instances skip the alarms this one holds.
	 */
	int escalateOverdue(Instant now) {
		Duration after = properties.alarms().escalateAfter();
		List<Overdue> overdue = jdbc.sql("""
				select id, severity, summary from cityops.alarm
				where state = 'ACTIVE' and acknowledged_at is null and escalated_at is null and recorded_at <= :limit
				order by id for update skip locked
				""")
			.param("limit", Timestamp.from(now.minus(after)))
			.query((rs, n) -> new Overdue(rs.getLong(1), AlarmSeverity.valueOf(rs.getString(2)), rs.getString(3)))
			.list();
		for (Overdue alarm : overdue) {
			String message = "告警超过 " + after.toMinutes() + " 分钟无人确认，已升级至城运中心负责人和督查室：" + alarm.summary();
			jdbc.sql("update cityops.alarm set escalated_at = :now, updated_at = :now where id = :id")
				.param("now", Timestamp.from(now))
				.param("id", alarm.id())
				.update();
			jdbc.sql("insert into cityops.alarm_notice (alarm_id, message, created_at) values (:id, :message, :now)")
				.param("id", alarm.id())
				.param("message", message)
				.param("now", Timestamp.from(now))
				.update();
			audit.record(AuditEvent.of("alarm.escalated", "alarm", alarm.id(), null,
					Map.of("escalatedAfterMinutes", after.toMinutes())).withDetail(message));
			events.publishEvent(new AlarmUpdated(alarm.id(), alarm.severity(), message, now));
		}
		return overdue.size();
	}

	private record Overdue(long id, AlarmSeverity severity, String summary) {
	}

	static String condition(DeviceInfo device, Rule rule) {
		return rule.comparison().chinese() + " " + number(rule.threshold()) + " " + device.unit()
				+ (rule.durationMinutes() > 0 ? " 持续 " + rule.durationMinutes() + " 分钟" : "");
	}

	static String severityName(AlarmSeverity severity) {
		return switch (severity) {
			case NOTICE -> "提示";
			case WARNING -> "一般";
			case SEVERE -> "严重";
			case CRITICAL -> "紧急";
		};
	}

	static String number(double value) {
		return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	private static String interval(int seconds) {
		return seconds % 60 == 0 ? seconds / 60 + " 分钟" : seconds + " 秒";
	}

}
