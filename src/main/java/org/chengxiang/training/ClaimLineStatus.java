package org.chengxiang.training;

/** What became of a roster line of a claim. */
enum ClaimLineStatus {

	/** Granted by the rules, with the standard's amount. */
	GRANTED,
	/** Refused by one or more rules, which it names. */
	REFUSED,
	/** Cut by the bureau's reviewer, with a reason. */
	CUT;

	String messageKey() {
		return "training.claim.line.status." + name();
	}

}
