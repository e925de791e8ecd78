package org.chengxiang.training;

import java.util.HashMap;
import java.util.Map;

import org.chengxiang.platform.crypto.PersonKey;

/** The lines granted so far in one check, which the later lines of the same check count against. */
final class ClaimTally {

	private final Map<PersonKey, Integer> granted = new HashMap<>();

	/** Whether the person was granted a line earlier in this check (same occupation and level: the same class). */
	boolean holds(PersonKey person) {
		return granted.containsKey(person);
	}

	int grantedTo(PersonKey person) {
		return granted.getOrDefault(person, 0);
	}

	void grant(PersonKey person) {
		granted.merge(person, 1, Integer::sum);
	}

}
