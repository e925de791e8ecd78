package org.chengxiang.training;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.chengxiang.directory.Directory;
import org.chengxiang.directory.PlaceChoices;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training report of a year, from the module's own tables: trainees, migrant workers, completions and
 * certificates of the classes that ended in the year, per town (of the class's community or village), occupation
 * and training type; and the subsidy paid in the year (batches confirmed in it) per provider or enterprise. Scoped
 * by the {@link ProviderScope} filter, a bind parameter.
 */
@Service
@Transactional(readOnly = true)
class TrainingReportQueries {

	private final JdbcClient jdbc;

	private final Directory directory;

	private final Clock clock;

	TrainingReportQueries(JdbcClient jdbc, Directory directory, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.clock = clock;
	}

	/** The year's report as the provider filter allows ({@code null}: every provider). */
	TrainingReport of(int year, Long provider) {
		List<ClassGroup> groups = jdbc.sql("""
				select k.division_code, k.occupation_code, o.name as occupation, k.training_type,
					count(distinct k.id) as classes,
					count(e.id) as trainees,
					count(e.id) filter (where e.migrant_worker) as migrants,
					count(e.id) filter (where e.exam_result = 'PASSED') as completions,
					count(e.id) filter (where e.certificate_number is not null) as certificates
				from training.training_class k
				join training.occupation o on o.code = k.occupation_code
				left join training.enrolment e on e.class_id = k.id
				where k.status <> 'CANCELLED' and k.ends_on >= :from and k.ends_on < :to
					and (cast(:provider as bigint) is null or k.provider_id = :provider)
				group by k.division_code, k.occupation_code, o.name, k.training_type
				""")
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1))
			.param("provider", provider)
			.query((rs, n) -> new ClassGroup(rs.getString("division_code"), rs.getString("occupation_code"),
					rs.getString("occupation"), rs.getString("training_type"),
					new Figures(rs.getLong("classes"), rs.getLong("trainees"), rs.getLong("migrants"),
							rs.getLong("completions"), rs.getLong("certificates"))))
			.list();
		PlaceChoices places = directory.placeChoices();
		Map<String, String> townNames = new LinkedHashMap<>();
		places.towns().forEach(t -> townNames.put(t.code(), t.name()));
		List<Line> towns = sum(groups, g -> {
			String town = places.townOf(g.divisionCode());
			return town == null ? "" : town;
		}, code -> townNames.getOrDefault(code, ""));
		List<Line> occupations = sum(groups, ClassGroup::occupationCode,
				code -> groups.stream().filter(g -> g.occupationCode().equals(code)).findFirst().orElseThrow().occupation());
		List<Line> types = sum(groups, ClassGroup::type, code -> code);
		Figures total = groups.stream().map(ClassGroup::figures).reduce(Figures.NONE, Figures::plus);
		return new TrainingReport(year, total, towns, occupations, types, subsidies(year, provider));
	}

	/** The years a report can be asked for: those classes ended in, and this year. */
	List<Integer> years() {
		TreeSet<Integer> years = new TreeSet<>(jdbc.sql("""
				select distinct cast(extract(year from ends_on) as integer) from training.training_class""")
			.query(Integer.class)
			.list());
		years.add(LocalDate.now(clock).getYear());
		return List.copyOf(years.descendingSet());
	}

	private List<Subsidy> subsidies(int year, Long provider) {
		return jdbc.sql("""
				select p.name, p.kind, count(d.claim_id) as claims,
					sum((select count(*) from training.claim_line l where l.claim_id = d.claim_id and l.status = 'GRANTED'))
						as trainees,
					sum(d.paid) as paid
				from training.disbursement d
				join training.disbursement_batch b on b.id = d.batch_id
				join training.provider p on p.id = d.provider_id
				where b.status = 'CONFIRMED' and b.confirmed_at >= :from and b.confirmed_at < :to
					and (cast(:provider as bigint) is null or d.provider_id = :provider)
				group by p.id, p.name, p.kind
				order by sum(d.paid) desc, p.name
				""")
			.param("from", LocalDate.of(year, 1, 1).atStartOfDay(clock.getZone()).toOffsetDateTime())
			.param("to", LocalDate.of(year + 1, 1, 1).atStartOfDay(clock.getZone()).toOffsetDateTime())
			.param("provider", provider)
			.query((rs, n) -> new Subsidy(rs.getString("name"), rs.getString("kind"), rs.getLong("claims"),
					rs.getLong("trainees"), rs.getBigDecimal("paid")))
			.list();
	}

	/** The groups summed by a key, named by the key, largest number of trainees first. */
	private static List<Line> sum(List<ClassGroup> groups, Function<ClassGroup, String> key,
			Function<String, String> name) {
		Map<String, Figures> sums = new LinkedHashMap<>();
		groups.forEach(g -> sums.merge(key.apply(g), g.figures(), Figures::plus));
		List<Line> lines = new ArrayList<>();
		sums.forEach((code, figures) -> lines.add(new Line(code, name.apply(code), figures)));
		lines.sort((a, b) -> a.figures().trainees() != b.figures().trainees()
				? Long.compare(b.figures().trainees(), a.figures().trainees()) : a.code().compareTo(b.code()));
		return lines;
	}

	private record ClassGroup(String divisionCode, String occupationCode, String occupation, String type,
			Figures figures) {
	}

	/**
	 * What the classes of a town, occupation or type counted.
	 *
	 * @param trainees enrolments on their rosters (a person in two classes counts twice)
	 * @param migrants of them, migrant workers
	 * @param completions of them, passed the exam
	 * @param certificates of them, certified
	 */
	record Figures(long classes, long trainees, long migrants, long completions, long certificates) {

		static final Figures NONE = new Figures(0, 0, 0, 0, 0);

		Figures plus(Figures other) {
			return new Figures(classes + other.classes, trainees + other.trainees, migrants + other.migrants,
					completions + other.completions, certificates + other.certificates);
		}

	}

	/**
	 * One row of a table.
	 *
	 * @param code the town's division code, the occupation's code or the training type; empty for a town unknown
	 * @param name the town's or occupation's name (a type is worded by the page)
	 */
	record Line(String code, String name, Figures figures) {
	}

	/** The subsidy paid to one provider or enterprise in the year. */
	record Subsidy(String provider, String kind, long claims, long trainees, BigDecimal paid) {
	}

	/** A year's report. */
	record TrainingReport(int year, Figures total, List<Line> towns, List<Line> occupations, List<Line> types,
			List<Subsidy> subsidies) {

		public BigDecimal paid() {
			return subsidies.stream().map(Subsidy::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

	}

}
