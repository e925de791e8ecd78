package org.chengxiang.residence.schools;

/**
 * The round's priority rules as one SQL statement with window functions, the yardstick the tests and the benchmark
 * hold the platform's round against: the same data and seed must give the same outcome. It reads the settlement
 * module's registry directly, as a yardstick may; the platform asks {@code settlement.LocalHukou} instead.
 */
final class AllocationSql {

	/**
	 * The same rules as one SQL statement with window functions over the round's applications; parameters
	 * {@code :year}, {@code :reference} (the reference date) and {@code :seed}. Answers id, status and rank.
	 */
	static final String SQL = """
			with candidate as (
				select a.id, a.school, a.grade,
					(exists (select 1 from residence.permit p where p.person_key = a.guardian_key
							and p.valid_from <= :reference and :reference <= p.valid_until
							and (p.ended_on is null or :reference < p.ended_on))
						or exists (select 1 from settlement.resident r where r.id_number_idx = a.guardian_key)) as eligible,
					exists (select 1 from residence.school_catchment k
						where k.school = a.school and k.grid_cell_id = a.grid_cell_id) as catchment,
					greatest(0, (extract(year from cast(:reference as date)) * 12 + extract(month from cast(:reference as date)))
						- (extract(year from a.residence_since) * 12 + extract(month from a.residence_since))
						- case when extract(day from cast(:reference as date)) < extract(day from a.residence_since)
							then 1 else 0 end) as months,
					a.sibling_declared or exists (select 1 from residence.school_application s
						where s.guardian_key = a.guardian_key and s.school = a.school and s.year < a.year
							and s.status = 'ACCEPTED') as sibling,
					('x' || substr(encode(sha256(convert_to(cast(:seed as text) || ':' || a.id, 'UTF8')), 'hex'), 1, 16))::bit(64)::bigint
						as lottery
				from residence.school_application a
				where a.year = :year and a.status = 'APPLIED'
			), ranked as (
				select c.*, case when c.eligible then cast(row_number() over (partition by c.school, c.grade, c.eligible
					order by c.catchment desc, c.months desc, c.sibling desc, c.lottery, c.id) as integer) end as priority_rank
				from candidate c
			)
			select r.id, case when not r.eligible then 'INELIGIBLE'
					when r.priority_rank <= coalesce(p.places, 0) then 'OFFERED' else 'WAITING' end as status,
				r.priority_rank
			from ranked r
			left join residence.school_places p on p.school = r.school and p.grade = r.grade and p.year = :year
			""";

	private AllocationSql() {
	}

}
