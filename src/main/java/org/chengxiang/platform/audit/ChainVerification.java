package org.chengxiang.platform.audit;

/**
 * The outcome of walking the audit chain from its first entry: intact, or where and why it breaks.
 *
 * @param intact whether every entry's hash and link checked out
 * @param checked how many entries were examined, including the broken one
 * @param brokenAt id of the first entry that does not check out, {@code null} when intact
 * @param reason why it does not, {@code null} when intact
 */
public record ChainVerification(boolean intact, long checked, Long brokenAt, Reason reason) {

	static ChainVerification intact(long checked) {
		return new ChainVerification(true, checked, null, null);
	}

	static ChainVerification broken(long checked, long brokenAt, Reason reason) {
		return new ChainVerification(false, checked, brokenAt, reason);
	}

	/** Why an entry does not check out. */
	public enum Reason {

		/** The entry's fields no longer give its hash: the entry was altered after it was written. */
		HASH_MISMATCH,

		/**
		 * The entry does not link to the one before it: an entry before it was removed, one was
		 * inserted, or the one before was altered and re-hashed.
		 */
		PREV_HASH_MISMATCH

	}

}
