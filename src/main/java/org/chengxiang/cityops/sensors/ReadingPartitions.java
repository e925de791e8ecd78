package org.chengxiang.cityops.sensors;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Monthly partitions of the readings (months in Beijing time). The job creates the coming months ahead; a
 * reading of a month without a partition was kept in the default partition, and is moved into its month's new
 * partition here, in the same transaction that creates it.
 */
@Component
class ReadingPartitions {

	static final int MONTHS_AHEAD = 3;

	private static final Logger log = LoggerFactory.getLogger(ReadingPartitions.class);

	private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'reading_'yyyy_MM");

	private final JdbcClient jdbc;

	/** Months begin at midnight of the city's zone. */
	private final ZoneId city;

	ReadingPartitions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.city = clock.getZone();
	}

	/**
	 * Makes sure this month and the next ones have partitions, and gives every month found in the default
	 * partition its own. Runs inside the caller's transaction. Answers the partitions created.
	 */
	List<String> maintain(LocalDate today) {
		List<YearMonth> months = new ArrayList<>();
		YearMonth current = YearMonth.from(today);
		for (int i = 0; i <= MONTHS_AHEAD; i++) {
			months.add(current.plusMonths(i));
		}
		jdbc.sql("""
				select distinct to_char(ts at time zone :zone, 'YYYY-MM') from cityops.reading_default
				""").param("zone", city.getId()).query(String.class).list().forEach(month -> months.add(YearMonth.parse(month)));
		List<String> created = new ArrayList<>();
		for (YearMonth month : months.stream().distinct().sorted().toList()) {
			if (create(month)) {
				created.add(NAME.format(month.atDay(1)));
			}
		}
		if (!created.isEmpty()) {
			log.info("Reading partitions created: {}", created);
		}
		return created;
	}

	/** Which partition holds the stored reading of a device at a time, e.g. {@code reading_2026_06}. */
	String partitionOf(long deviceId, java.time.Instant ts) {
		return jdbc.sql("select tableoid::regclass::text from cityops.reading where device_id = :d and ts = :ts")
			.param("d", deviceId)
			.param("ts", java.sql.Timestamp.from(ts))
			.query(String.class)
			.optional()
			.map(name -> name.startsWith("cityops.") ? name.substring("cityops.".length()) : name)
			.orElse(null);
	}

	private boolean create(YearMonth month) {
		String name = NAME.format(month.atDay(1));
		boolean exists = jdbc.sql("select to_regclass(:name) is not null")
			.param("name", "cityops." + name)
			.query(Boolean.class)
			.single();
		if (exists) {
			return false;
		}
		String from = month.atDay(1).atStartOfDay(city).toOffsetDateTime().toString();
		String to = month.plusMonths(1).atDay(1).atStartOfDay(city).toOffsetDateTime().toString();
		// A partition cannot be attached over rows the default partition holds for its range: move them first,
		// into a table that becomes the partition, all in one transaction.
		jdbc.sql("create table cityops.%s (like cityops.reading including defaults including constraints)".formatted(name))
			.update();
		jdbc.sql("""
				with moved as (delete from cityops.reading_default where ts >= cast(:from as timestamptz)
				    and ts < cast(:to as timestamptz) returning device_id, ts, value)
				insert into cityops.%s (device_id, ts, value) select device_id, ts, value from moved
				""".formatted(name)).param("from", from).param("to", to).update();
		jdbc.sql("alter table cityops.reading attach partition cityops.%s for values from ('%s') to ('%s')"
			.formatted(name, from, to)).update();
		return true;
	}

}
