package org.chengxiang.cityops.sensors;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sensors' periodic work: silence alarms for devices that stopped reporting, escalation of alarms nobody
 * acknowledged, and reading partitions for the coming months. Several instances may run it: a
 * transaction-scoped advisory lock lets one of them do each run. Every step is idempotent.
 */
@Component
class SensorJobs {

	private static final long LOCK = 0x73656e736f72L; // "sensor"

	private static final long PARTITION_LOCK = 0x72656164696e67L; // "reading"

	private static final Logger log = LoggerFactory.getLogger(SensorJobs.class);

	private final JdbcClient jdbc;

	private final Alarms alarms;

	private final ReadingPartitions partitions;

	private final SensorsProperties properties;

	private final Clock clock;

	SensorJobs(JdbcClient jdbc, Alarms alarms, ReadingPartitions partitions, SensorsProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.alarms = alarms;
		this.partitions = partitions;
		this.properties = properties;
		this.clock = clock;
	}

	/** What one run did. */
	record Result(boolean ran, int silenced, int escalated) {
	}

	@Scheduled(fixedDelayString = "${chengxiang.cityops.alarms.check-every:60s}", initialDelayString = "30s")
	void everyMinute() {
		Result result = checkAlarms(clock.instant());
		if (result.silenced() + result.escalated() > 0) {
			log.info("Sensor alarm check: {}", result);
		}
	}

	@Scheduled(cron = "${chengxiang.cityops.partition-cron:0 20 2 * * *}", zone = "Asia/Shanghai")
	void nightly() {
		maintainPartitions(LocalDate.now(clock));
	}

	@Transactional
	Result checkAlarms(Instant now) {
		boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", LOCK).query(Boolean.class).single();
		if (!locked) {
			return new Result(false, 0, 0);
		}
		return new Result(true, silence(now), alarms.escalateOverdue(now));
	}

	@Transactional
	List<String> maintainPartitions(LocalDate today) {
		jdbc.sql("select 1 from pg_advisory_xact_lock(:key)").param("key", PARTITION_LOCK).query(Integer.class).single();
		return partitions.maintain(today);
	}

	/**
	 * Raises a silence alarm for every active device that reported before but not within its interval times the
	 * factor, and has none yet. Devices never heard from are waiting to be connected, not silent.
	 */
	private int silence(Instant now) {
		record Silent(DeviceInfo device, Instant lastSeen) {
		}
		List<Silent> silent = jdbc.sql(DeviceLookup.SELECT.replace("from cityops.device d", """
				, s.last_seen_at from cityops.device d join cityops.device_status s on s.device_id = d.id
				""") + """
				where d.active and s.last_seen_at is not null
				  and s.last_seen_at + d.interval_seconds * :factor * interval '1 second' < :now
				  and not exists (select 1 from cityops.alarm a where a.device_id = d.id and a.family = 'SILENCE'
				                  and a.state = 'ACTIVE')
				order by d.id
				for update of s skip locked
				""")
			.param("factor", properties.alarms().silenceFactor())
			.param("now", Timestamp.from(now))
			.query((rs, n) -> new Silent(DeviceLookup.map(rs, n), rs.getObject("last_seen_at", OffsetDateTime.class).toInstant()))
			.list();
		silent.forEach(s -> alarms.raiseSilence(s.device(), s.lastSeen(), now));
		return silent.size();
	}

}
