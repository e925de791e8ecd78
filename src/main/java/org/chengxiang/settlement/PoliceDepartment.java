package org.chengxiang.settlement;

import org.chengxiang.directory.Directory;

import org.springframework.stereotype.Component;

/**
 * Who works for the police department (公安局), which keeps the settlement rules and the household registry.
 */
@Component("settlementPolice")
class PoliceDepartment {

	// The name every city's directory resolves, whatever the full name or code of its public security bureau.
	static final String NAME = "公安局";

	private final Directory directory;

	PoliceDepartment(Directory directory) {
		this.directory = directory;
	}

	/**
	 * Whether the principal is a clerk or the lead of the police department. Public because method security calls
	 * it by name ({@code @settlementPolice.includes(principal)}), and SpEL finds public methods only.
	 */
	public boolean includes(Object principal) {
		return directory.staffOf(principal, NAME);
	}

}
