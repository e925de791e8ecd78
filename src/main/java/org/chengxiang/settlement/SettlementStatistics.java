package org.chengxiang.settlement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.chengxiang.services.ApplicationDecided;
import org.chengxiang.services.ApplicationSubmitted;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts settlement applications from the one-stop core's events, for the plan's indicators. Events may arrive in
 * any order and more than once: each one fills in its own columns of the application's row.
 */
@Service
class SettlementStatistics {

	private final JdbcClient jdbc;

	private final Clock clock;

	SettlementStatistics(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Counts a settlement application submitted, and whether online. */
	@ApplicationModuleListener
	void on(ApplicationSubmitted event) {
		if (!SettlementHandler.ITEM_CODE.equals(event.itemCode())) {
			return;
		}
		jdbc.sql("""
				insert into settlement.statistics (application_id, application_number, submitted_at, online)
				values (:id, :number, :submittedAt, :online)
				on conflict (application_id) do update
				set submitted_at = excluded.submitted_at, online = excluded.online
				""")
			.param("id", event.applicationId())
			.param("number", event.number())
			.param("submittedAt", OffsetDateTime.ofInstant(event.submittedAt(), ZoneOffset.UTC))
			.param("online", event.online())
			.update();
	}

	/** Counts a settlement decision, its outcome and its working days. */
	@ApplicationModuleListener
	void on(ApplicationDecided event) {
		if (!SettlementHandler.ITEM_CODE.equals(event.itemCode())) {
			return;
		}
		jdbc.sql("""
				insert into settlement.statistics (application_id, application_number, online, decided_at, approved,
					working_days)
				values (:id, :number, :online, :decidedAt, :approved, :workingDays)
				on conflict (application_id) do update
				set decided_at = excluded.decided_at, approved = excluded.approved,
					working_days = excluded.working_days, online = coalesce(statistics.online, excluded.online)
				""")
			.param("id", event.applicationId())
			.param("number", event.number())
			.param("online", event.online())
			.param("decidedAt", OffsetDateTime.ofInstant(event.decidedAt(), ZoneOffset.UTC))
			.param("approved", event.approved())
			.param("workingDays", event.workingDays())
			.update();
	}

	/** The year's figures: submissions counted by the day submitted, decisions by the day decided (Beijing time). */
	@Transactional(readOnly = true)
	YearFigures figures(int year) {
		OffsetDateTime from = LocalDate.of(year, 1, 1).atStartOfDay(clock.getZone()).toOffsetDateTime();
		OffsetDateTime to = LocalDate.of(year + 1, 1, 1).atStartOfDay(clock.getZone()).toOffsetDateTime();
		return jdbc.sql("""
				select
					count(*) filter (where submitted_at >= :from and submitted_at < :to) as submitted,
					count(*) filter (where submitted_at >= :from and submitted_at < :to and online) as online,
					count(*) filter (where decided_at >= :from and decided_at < :to) as decided,
					count(*) filter (where decided_at >= :from and decided_at < :to and approved) as approved,
					avg(working_days) filter (where decided_at >= :from and decided_at < :to) as working_days
				from settlement.statistics
				where (submitted_at >= :from and submitted_at < :to) or (decided_at >= :from and decided_at < :to)
				""")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new YearFigures(year, rs.getLong("submitted"), rs.getLong("online"),
					rs.getLong("decided"), rs.getLong("approved"), rs.getBigDecimal("working_days") == null ? null
							: rs.getBigDecimal("working_days").doubleValue()))
			.single();
	}

	/**
	 * A year of settlement applications.
	 *
	 * @param year the year
	 * @param submitted applications submitted in it
	 * @param online of those, submitted online
	 * @param decided applications decided in it
	 * @param approved of those, approved
	 * @param averageWorkingDays average working days to decision of those decided, {@code null} when none were
	 */
	record YearFigures(int year, long submitted, long online, long decided, long approved, Double averageWorkingDays) {
	}

}
