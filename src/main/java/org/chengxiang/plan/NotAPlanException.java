package org.chengxiang.plan;

/** Thrown when a document holds nothing a plan is made of: no numbered task with responsible units. */
class NotAPlanException extends RuntimeException {

	static final String NO_TASKS = "plan.notAPlan.noTasks";

	static final String TRADITIONAL = "plan.notAPlan.traditional";

	static final String CELLS_NOT_ALIGNED = "plan.notAPlan.cellsNotAligned";

	static final String SPREADSHEET = "plan.notAPlan.spreadsheet";

	static final String DOC = "plan.notAPlan.doc";

	static final String UNREADABLE_WORD = "plan.notAPlan.unreadableWord";

	static final String UNREADABLE_EXCEL = "plan.notAPlan.unreadableExcel";

	static final String LEDGER_TOO_LARGE = "plan.notAPlan.ledgerTooLarge";

	static final String NO_LEDGER_HEADER = "plan.notAPlan.noLedgerHeader";

	NotAPlanException() {
		this(NO_TASKS);
	}

	/** @param key the message key that says, to the reader, what was not found */
	NotAPlanException(String key) {
		super(key);
	}

	/** The message key of the refusal. */
	String key() {
		return getMessage();
	}

}
