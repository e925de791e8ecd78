package org.chengxiang.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.chengxiang.directory.Directory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The classes as listed, filtered and paged within the reader's provider scope, and the occupations to file for. */
@Service
@Transactional(readOnly = true)
class ClassQueries {

	private final JdbcClient jdbc;

	private final TrainingClasses classes;

	private final Directory directory;

	private final Clock clock;

	ClassQueries(JdbcClient jdbc, TrainingClasses classes, Directory directory, Clock clock) {
		this.jdbc = jdbc;
		this.classes = classes;
		this.directory = directory;
		this.clock = clock;
	}

	/** An occupation of the catalogue: OCCUPATION (with skill levels) or SPECIAL (a special ability). */
	record Occupation(String code, String name, String kind, boolean active) {
	}

	Optional<Occupation> occupation(String code) {
		return jdbc.sql("select code, name, kind, active from training.occupation where code = :code")
			.param("code", code)
			.query(Occupation.class)
			.optional();
	}

	/** The active occupations, by code, for the filing form. */
	List<Occupation> occupations() {
		return jdbc.sql("select code, name, kind, active from training.occupation where active order by code")
			.query(Occupation.class)
			.list();
	}

	/** The class if the filter covers it (ProviderScope#filter). */
	Optional<TrainingClass> find(long id, Long providerFilter) {
		return classes.findInScope(id, providerFilter);
	}

	/**
	 * What the list may be narrowed to.
	 *
	 * @param status a status, or {@code null} for all
	 * @param year the year of the first day, or {@code null} for all
	 * @param text part of the class's or provider's name, or {@code null}
	 */
	record Filter(ClassStatus status, Integer year, String text) {

		static final Filter NONE = new Filter(null, null, null);

	}

	/**
	 * A class as listed.
	 *
	 * @param enrolled trainees on its roster
	 * @param filedLate filed on or after its first day (not subsidised)
	 */
	record ClassRow(long id, String name, long providerId, String provider, String occupationCode, String occupation,
			SkillLevel level, TrainingType trainingType, int hours, int capacity, LocalDate startsOn, LocalDate endsOn,
			ClassStatus status, int enrolled, boolean filedLate) {

		public boolean overCapacity() {
			return enrolled > capacity;
		}

	}

	/** A page of classes newest first, before {@code beforeId}, within the filter of providers. */
	List<ClassRow> list(Long providerFilter, Filter filter, Long beforeId, int limit) {
		String text = filter.text() == null || filter.text().isBlank() ? null
				: "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc.sql("""
				select c.id, c.name, c.provider_id, p.name as provider, c.occupation_code, o.name as occupation,
					c.level, c.training_type, c.hours, c.capacity, c.starts_on, c.ends_on, c.status,
					(select count(*) from training.enrolment e where e.class_id = c.id) as enrolled,
					(c.filed_at at time zone :zone)::date >= c.starts_on as filed_late
				from training.training_class c
				join training.provider p on p.id = c.provider_id
				join training.occupation o on o.code = c.occupation_code
				where (cast(:provider as bigint) is null or c.provider_id = :provider)
				  and (cast(:before as bigint) is null or c.id < :before)
				  and (cast(:status as varchar) is null or c.status = :status)
				  and (cast(:year as integer) is null or extract(year from c.starts_on) = :year)
				  and (cast(:text as varchar) is null or c.name like :text or p.name like :text)
				order by c.id desc
				limit :limit
				""")
			.param("zone", clock.getZone().getId())
			.param("provider", providerFilter)
			.param("before", beforeId)
			.param("status", filter.status() == null ? null : filter.status().name())
			.param("year", filter.year())
			.param("text", text)
			.param("limit", limit)
			.query(ClassRow.class)
			.list();
	}

	/** The years classes start in, newest first. */
	List<Integer> years(Long providerFilter) {
		return jdbc.sql("""
				select distinct extract(year from starts_on)::int from training.training_class
				where cast(:provider as bigint) is null or provider_id = :provider order by 1 desc
				""").param("provider", providerFilter).query(Integer.class).list();
	}

	/** The provider's name. */
	String providerName(long providerId) {
		return jdbc.sql("select name from training.provider where id = :id").param("id", providerId)
			.query(String.class).single();
	}

	/** The community or village by its full name. */
	String placeLabel(String divisionCode) {
		return directory.placeLabel(divisionCode);
	}

}
