package org.chengxiang.directory;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.chengxiang.platform.audit.AuditActorNames;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names people by their login names, for pages that recorded who acted (reports, notices, the audit trail).
 */
@Service
@Transactional(readOnly = true)
class PeopleNames implements AuditActorNames {

	private final JdbcClient jdbc;

	PeopleNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, PersonName> of(Collection<String> usernames) {
		List<String> names = usernames.stream().filter(Objects::nonNull).distinct().toList();
		Map<String, PersonName> found = new LinkedHashMap<>();
		if (names.isEmpty()) {
			return found;
		}
		jdbc.sql("""
				select u.username, u.display_name, d.short_name from directory.app_user u
				left join directory.department d on d.id = u.department_id where u.username in (:names)
				""")
			.param("names", names)
			.query((rs, n) -> new PersonName(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list()
			.forEach(person -> found.put(person.username(), person));
		return found;
	}

	@Override
	public Map<String, String> describe(Collection<String> actors) {
		Map<String, String> labels = new LinkedHashMap<>();
		of(actors).forEach((username, person) -> labels.put(username, person.label()));
		return labels;
	}

}
