package org.chengxiang.residence.housing;

import org.chengxiang.directory.Directory;

import org.springframework.stereotype.Component;

/**
 * Who works for the housing bureau (住建局), which keeps the rules of public rental housing, its waiting list and its
 * stock.
 */
@Component("housingBureau")
class HousingBureau {

	// The name every city's directory resolves, whatever the full name or code of its housing bureau.
	static final String NAME = "住建局";

	private final Directory directory;

	HousingBureau(Directory directory) {
		this.directory = directory;
	}

	/**
	 * Whether the principal is a clerk or the lead of the housing bureau. Public because method security calls it by
	 * name ({@code @housingBureau.includes(principal)}), and SpEL finds public methods only.
	 */
	public boolean includes(Object principal) {
		return directory.staffOf(principal, NAME);
	}

}
