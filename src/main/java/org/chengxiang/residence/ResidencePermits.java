package org.chengxiang.residence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.chengxiang.platform.crypto.PersonKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a person held a valid residence permit on a day: the one question every other module asks of residence
 * (schools, housing, pension, training, population). A permit counts from its first valid day through the last day
 * its issue or latest endorsement covers, unless it ended (lapsed, was replaced or cancelled) before: a replacement
 * permit takes over from its day, so a person with a replaced card stays covered.
 */
@Service
@Transactional(readOnly = true)
public class ResidencePermits {

	/** Keys per statement, sent as one array: a batch bounds what the database holds of them at once. */
	private static final int BATCH = 100_000;

	private static final String VALID_ON = """
			valid_from <= :day and :day <= valid_until and (ended_on is null or :day < ended_on)
			""";

	private final JdbcClient jdbc;

	ResidencePermits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether the person held a valid permit on the day. One statement, so it needs no transaction of its own: in
	 * the caller's if there is one, otherwise a single round trip without begin and commit.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public boolean validOn(PersonKey person, LocalDate day) {
		return jdbc.sql("select exists (select 1 from residence.permit where person_key = :key and " + VALID_ON + ")")
			.param("key", person.bytes())
			.param("day", day)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Those of the people who held a valid permit on the day, for many at once: the keys unnested and joined to the
	 * permits, so that the database chooses by their number between looking each one up and one pass over all
	 * permits. It chooses on every call: a plan cached for the statement (PostgreSQL's generic plan, after a few
	 * executions on one connection) cannot know how many keys come and looks every one up, twice as slow for
	 * 100,000 of them.
	 */
	public Set<PersonKey> validOn(Collection<PersonKey> people, LocalDate day) {
		List<PersonKey> all = List.copyOf(people);
		Set<PersonKey> valid = new HashSet<>();
		String planCacheMode = jdbc.sql("select current_setting('plan_cache_mode')").query(String.class).single();
		planCacheMode("force_custom_plan");
		for (int from = 0; from < all.size(); from += BATCH) {
			byte[][] keys = all.subList(from, Math.min(all.size(), from + BATCH))
				.stream()
				.map(PersonKey::bytes)
				.toArray(byte[][]::new);
			valid.addAll(jdbc.sql("select distinct p.person_key from unnest(cast(:keys as bytea[])) k (key) "
					+ "join residence.permit p on p.person_key = k.key where " + VALID_ON)
				.param("keys", keys)
				.param("day", day)
				.query((rs, n) -> PersonKey.of(rs.getBytes(1)))
				.list());
		}
		planCacheMode(planCacheMode);
		return valid;
	}

	/** For the rest of the transaction, which may be the caller's. */
	private void planCacheMode(String mode) {
		jdbc.sql("select set_config('plan_cache_mode', :mode, true)").param("mode", mode).query(String.class).single();
	}

}
