package org.chengxiang.residence.schools;

import org.chengxiang.directory.Directory;

import org.springframework.stereotype.Component;

/** Who works for the education bureau (教育局), which keeps the schools, their places and the rounds. */
@Component("schoolsEducation")
class EducationBureau {

	// The name every city's directory resolves, whatever the full name of its education bureau.
	static final String NAME = "教育局";

	private final Directory directory;

	EducationBureau(Directory directory) {
		this.directory = directory;
	}

	/**
	 * Whether the principal is a clerk or the lead of the education bureau. Public because method security calls it
	 * by name ({@code @schoolsEducation.includes(principal)}), and SpEL finds public methods only.
	 */
	public boolean includes(Object principal) {
		return directory.staffOf(principal, NAME);
	}

}
