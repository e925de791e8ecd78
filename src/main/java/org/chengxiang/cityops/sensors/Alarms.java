package org.chengxiang.cityops.sensors;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chengxiang.cityops.AlarmCleared;
import org.chengxiang.cityops.AlarmRaised;
import org.chengxiang.cityops.AlarmSeverity;
import org.chengxiang.cityops.AlarmUpdated;
import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.domain.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	/** The language of the texts alarm events carry (see {@link #inCaseLanguage}). */
	private static final Locale CASE_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final SensorsProperties properties;

	private final Clock clock;

	private final MessageSource messages;

	Alarms(JdbcClient jdbc, ApplicationEventPublisher events, AuditTrail audit, SensorsProperties properties,
			Clock clock, MessageSource messages) {
		this.jdbc = jdbc;
		this.events = events;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
		this.messages = messages;
	}

	@Override
	public long raise(DeviceInfo device, Rule rule, RuleEvaluator.Point reading, Instant since) {
		return insert(device, rule.family(), device.caseClassCode(), rule.severity(),
				AlarmTexts.raised(device, rule, reading.value()), reading.value(), reading.ts());
	}

	@Override
	public void raiseSeverity(long alarmId, DeviceInfo device, Rule rule, RuleEvaluator.Point reading, Instant since) {
		Text text = AlarmTexts.severityRaised(device, rule, reading.value());
		String summary = inCaseLanguage(text);
		jdbc.sql("""
				update cityops.alarm set severity = :severity, summary_key = :key, summary_args = cast(:args as jsonb),
				    updated_at = :now,
				    peak_value = case when family = 'ABOVE' then greatest(peak_value, :value) else least(peak_value, :value) end
				where id = :id and state = 'ACTIVE'
				""")
			.param("severity", rule.severity().name())
			.param("key", text.key())
			.param("args", AlarmTexts.args(text))
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
		Text text = RuleEvaluator.SILENCE.equals(family) ? AlarmTexts.reporting(device, reading.value())
				: AlarmTexts.cleared(device, Rule.Comparison.valueOf(family), reading.value());
		String summary = inCaseLanguage(text);
		int updated = jdbc.sql("""
				update cityops.alarm set state = 'CLEARED', cleared_at = :at, clear_key = :key,
				    clear_args = cast(:args as jsonb), updated_at = :now
				where id = :id and state = 'ACTIVE'
				""")
			.param("at", Timestamp.from(reading.ts()))
			.param("key", text.key())
			.param("args", AlarmTexts.args(text))
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
		return insert(device, RuleEvaluator.SILENCE, SILENCE_CLASS, AlarmSeverity.WARNING,
				AlarmTexts.silent(device, minutes), null, now);
	}

	private long insert(DeviceInfo device, String family, String caseClass, AlarmSeverity severity, Text text,
			Double value, Instant raisedAt) {
		String summary = inCaseLanguage(text);
		long id = jdbc.sql("""
				insert into cityops.alarm (device_id, family, case_class_code, severity, state, summary_key, summary_args,
				    peak_value, raised_at, recorded_at)
				values (:device, :family, :caseClass, :severity, 'ACTIVE', :key, cast(:args as jsonb), :value, :raisedAt, :now)
				returning id
				""")
			.param("device", device.id())
			.param("family", family)
			.param("caseClass", caseClass)
			.param("severity", severity.name())
			.param("key", text.key())
			.param("args", AlarmTexts.args(text))
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
		String text = note == null ? "" : note.strip();
		if (text.isEmpty()) {
			throw RuleBroken.at("note", "cityops.alarm.problem.noteRequired");
		}
		if (text.length() > 500) {
			throw RuleBroken.at("note", "cityops.alarm.problem.noteTooLong");
		}
		String acknowledgedBy = jdbc.sql("select acknowledged_by from cityops.alarm where id = :id for update")
			.param("id", alarmId)
			.query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1)))
			.optional()
			.orElseThrow(() -> new NoSuchRecord("alarm " + alarmId))
			.orElse(null);
		if (acknowledgedBy != null) {
			throw StepRefused.because("cityops.alarm.problem.acknowledged", acknowledgedBy);
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
				select id, severity, summary_key, summary_args from cityops.alarm
				where state = 'ACTIVE' and acknowledged_at is null and escalated_at is null and recorded_at <= :limit
				order by id for update skip locked
				""")
			.param("limit", Timestamp.from(now.minus(after)))
			.query((rs, n) -> new Overdue(rs.getLong(1), AlarmSeverity.valueOf(rs.getString(2)),
					AlarmTexts.text(rs.getString(3), rs.getString(4))))
			.list();
		for (Overdue alarm : overdue) {
			Text text = AlarmTexts.escalated(after.toMinutes(), alarm.summary());
			String message = inCaseLanguage(text);
			jdbc.sql("update cityops.alarm set escalated_at = :now, updated_at = :now where id = :id")
				.param("now", Timestamp.from(now))
				.param("id", alarm.id())
				.update();
			jdbc.sql("""
					insert into cityops.alarm_notice (alarm_id, message_key, message_args, created_at)
					values (:id, :key, cast(:args as jsonb), :now)
					""")
				.param("id", alarm.id())
				.param("key", text.key())
				.param("args", AlarmTexts.args(text))
				.param("now", Timestamp.from(now))
				.update();
			audit.record(AuditEvent.of("alarm.escalated", "alarm", alarm.id(), null,
					Map.of("escalatedAfterMinutes", after.toMinutes())).withDetail(message));
			events.publishEvent(new AlarmUpdated(alarm.id(), alarm.severity(), message, now));
		}
		return overdue.size();
	}

	private record Overdue(long id, AlarmSeverity severity, Text summary) {
	}

	/**
	 * The wording the alarm events carry, and the audit trail keeps: the case an alarm opens records it as its
	 * description and timeline, kept in the city's working language as the case side stores its texts. The alarm
	 * itself keeps the key and is worded for each reader.
	 */
	private String inCaseLanguage(Text text) {
		return messages.getMessage(text, CASE_LANGUAGE);
	}

}
