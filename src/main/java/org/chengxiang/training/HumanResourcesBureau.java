package org.chengxiang.training;

import org.chengxiang.directory.Directory;
import org.springframework.stereotype.Component;

/**
 * Who works for the human resources bureau (人社局), which approves providers, keeps the standards and rules, sees
 * every class and reviews claims.
 */
@Component("trainingBureau")
class HumanResourcesBureau {

	static final String NAME = "人社局";

	private final Directory directory;

	HumanResourcesBureau(Directory directory) {
		this.directory = directory;
	}

	/** Called by method security by name ({@code @trainingBureau.includes(principal)}). */
	public boolean includes(Object principal) {
		return directory.staffOf(principal, NAME);
	}

}
