package org.chengxiang.residence.schools;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The grades and the ages fitting each, as the data holds them. */
@Component
class Grades {

	private final JdbcClient jdbc;

	Grades(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Grade> all() {
		return jdbc.sql("select code, stage, position, min_age, max_age from residence.school_grade order by position")
			.query((rs, n) -> new Grade(rs.getString("code"), SchoolKind.valueOf(rs.getString("stage")),
					rs.getInt("position"), rs.getInt("min_age"), rs.getInt("max_age")))
			.list();
	}

	Optional<Grade> find(String code) {
		return all().stream().filter(g -> g.code().equals(code)).findFirst();
	}

}
