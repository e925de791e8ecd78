package org.chengxiang.platform.calendar;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Loads the bundled official arrangements into {@code platform.calendar_day}, each year once.
 * <p>
 * A year recorded in {@code platform.calendar_year} is never loaded again: from then on the database
 * is the authority for it, so an administrator's corrections and removals survive restarts and new
 * releases. A day an administrator defined before the bundle knew its year is kept too
 * ({@code on conflict do nothing}).
 */
@Component
class BundledCalendarLoader {

	private static final Logger log = LoggerFactory.getLogger(BundledCalendarLoader.class);

	private final JdbcClient jdbc;

	private final TransactionOperations transactions;

	private final CalendarBundle bundle;

	BundledCalendarLoader(JdbcClient jdbc, TransactionOperations transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.bundle = CalendarBundle.read(new ClassPathResource(CalendarBundle.LOCATION));
	}

	/**
	 * Loads the years of the bundle that the database does not have yet.
	 * @return the years loaded now
	 */
	Set<Integer> loadNewYears() {
		Set<Integer> loaded = transactions.execute((status) -> {
			Set<Integer> known = jdbc.sql("select year from platform.calendar_year").query(Integer.class).set();
			Map<Integer, String> newYears = new TreeMap<>(bundle.yearSources());
			newYears.keySet().removeAll(known);
			List<CalendarDay> days = bundle.daysOfArrangements(newYears.keySet());
			for (CalendarDay day : days) {
				jdbc.sql("""
						insert into platform.calendar_day (day, kind, name, source) values (:day, :kind, :name, :source)
						on conflict (day) do nothing""")
					.param("day", day.date())
					.param("kind", day.kind().name())
					.param("name", day.name())
					.param("source", day.source())
					.update();
			}
			newYears.forEach((year, source) -> jdbc.sql("""
					insert into platform.calendar_year (year, source) values (:year, :source)
					on conflict (year) do nothing""")
				.param("year", year)
				.param("source", source)
				.update());
			return newYears.keySet();
		});
		if (!loaded.isEmpty()) {
			log.info("Loaded the official holiday arrangements of {} from {}", loaded, CalendarBundle.LOCATION);
		}
		return loaded;
	}

}
