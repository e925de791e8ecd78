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
		// a display name that already names the unit by one of its names (城运中心 周值班员) keeps that name as the unit
		jdbc.sql("""
				select u.username, u.display_name,
				    coalesce((select a.alias from directory.department_alias a where a.department_id = d.id
				        and strpos(u.display_name, a.alias) > 0 order by length(a.alias) desc limit 1), d.short_name)
				from directory.app_user u
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
