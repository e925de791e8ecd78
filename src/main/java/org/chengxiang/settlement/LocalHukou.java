package org.chengxiang.settlement;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.chengxiang.platform.crypto.PersonKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a person holds local hukou (本地户籍) in the city's household registry, asked by person key: the modules
 * whose services are open to "local hukou or a valid residence permit" ask here and never read the registry's
 * tables. The registry holds the people who settled through the platform and those loaded into it.
 */
@Service
@Transactional(readOnly = true)
public class LocalHukou {

	private static final int BATCH = 10_000;

	private final JdbcClient jdbc;

	LocalHukou(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the person is in the local household registry. */
	public boolean holds(PersonKey person) {
		return jdbc.sql("select exists (select 1 from settlement.resident where id_number_idx = :key)")
			.param("key", person.bytes())
			.query(Boolean.class)
			.single();
	}

	/** Those of the people who are in the local household registry, for many at once. */
	public Set<PersonKey> holders(Collection<PersonKey> people) {
		List<PersonKey> all = List.copyOf(people);
		Set<PersonKey> holders = new HashSet<>();
		for (int from = 0; from < all.size(); from += BATCH) {
			byte[][] keys = all.subList(from, Math.min(all.size(), from + BATCH))
				.stream()
				.map(PersonKey::bytes)
				.toArray(byte[][]::new);
			holders.addAll(jdbc.sql("select id_number_idx from settlement.resident where id_number_idx = any(:keys)")
				.param("keys", keys)
				.query((rs, n) -> PersonKey.of(rs.getBytes(1)))
				.list());
		}
		return holders;
	}

}
