package org.chengxiang.residence;

import org.chengxiang.directory.DepartmentSummary;
import org.chengxiang.directory.Directory;

import org.springframework.stereotype.Component;

/**
 * Who works for the police department (公安局), which registers residence, issues permits and keeps the permit rules.
 */
@Component("residencePolice")
public class ResidencePolice {

	// The name every city's directory resolves, whatever the full name of its public security bureau.
	static final String NAME = "公安局";

	private final Directory directory;

	ResidencePolice(Directory directory) {
		this.directory = directory;
	}

	/**
	 * Whether the principal is a clerk or the lead of the police department. Public because method security calls it
	 * by name ({@code @residencePolice.includes(principal)}).
	 */
	public boolean includes(Object principal) {
		return directory.staffOf(principal, NAME);
	}

	/** The department's name as the directory holds it, printed on the card as the issuing authority. */
	public String authorityName() {
		return directory.departmentByName(NAME).map(DepartmentSummary::name).orElse(NAME);
	}

}
