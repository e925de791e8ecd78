package org.chengxiang.training;

import org.chengxiang.directory.Directory;
import org.springframework.stereotype.Component;

/** Who works for the finance bureau (财政局), which approves reviewed claims and keeps the disbursement ledger. */
@Component("trainingFinance")
class FinanceBureau {

	static final String NAME = "财政局";

	private final Directory directory;

	FinanceBureau(Directory directory) {
		this.directory = directory;
	}

	/** Called by method security by name ({@code @trainingFinance.includes(principal)}). */
	public boolean includes(Object principal) {
		return directory.staffOf(principal, NAME);
	}

}
