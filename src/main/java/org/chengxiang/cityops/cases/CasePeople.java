package org.chengxiang.cityops.cases;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.chengxiang.directory.Directory;
import org.chengxiang.cityops.cases.CaseDetails.Person;
import org.chengxiang.platform.security.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * Who acted on a case as people read it: the name and unit the directory holds for a login name. Cases keep the
 * login name (it is what the audit trail keeps too); pages show the person.
 */
@Component
class CasePeople {

	private final Directory directory;

	CasePeople(Directory directory) {
		this.directory = directory;
	}

	/** The people behind the login names, each asked once; an unknown name stays as it is. */
	Map<String, Person> of(Collection<String> usernames) {
		Map<String, Person> people = new LinkedHashMap<>();
		for (String username : usernames) {
			if (username == null || people.containsKey(username)) {
				continue;
			}
			people.put(username, CaseIntake.SYSTEM.equals(username) ? Person.SYSTEM
					: directory.user(username).map(CasePeople::person).orElse(new Person(username, null, null, false)));
		}
		return people;
	}

	private static Person person(CurrentUser user) {
		String unit = user.departmentName();
		// demo and imported staff are often named with their unit in front (金桥街道 吴网格员): say the unit once
		boolean named = unit != null && user.displayName() != null && user.displayName().contains(unit);
		return new Person(user.displayName() == null || user.displayName().isBlank() ? user.getUsername()
				: user.displayName(), named ? null : unit, user.role().name(), false);
	}

}
