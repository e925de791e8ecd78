package org.chengxiang.residence.pension;

import org.chengxiang.directory.Directory;

import org.springframework.stereotype.Component;

/**
 * Who works for the human resources bureau (人社局), which publishes the contribution base bands.
 */
@Component("pensionBureau")
class PensionBureau {

	// The name every city's directory resolves, whatever the full name or code of its human resources bureau.
	static final String NAME = "人社局";

	private final Directory directory;

	PensionBureau(Directory directory) {
		this.directory = directory;
	}

	/** Whether the principal is a clerk or the lead of the bureau; public for method security. */
	public boolean includes(Object principal) {
		return directory.staffOf(principal, NAME);
	}

}
