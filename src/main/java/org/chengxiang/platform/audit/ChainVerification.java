package org.chengxiang.platform.audit;

/**
 * The outcome of walking the audit chain from its first entry and holding it against the anchors kept outside the
 * database: intact, or where and why it breaks.
 *
 * @param intact whether every entry's hash and link checked out and the chain still holds every anchor
 * @param checked how many entries were examined, including the broken one
 * @param brokenAt id of the first entry that does not check out; {@code null} when intact, and when the entry the
 * anchor names is gone or the anchor file is what fails
 * @param reason why it does not, {@code null} when intact
 * @param headSeq the sequence number of the newest entry examined (0 when none)
 * @param anchor the newest anchor when intact, the anchor the chain fails when broken by an anchor; {@code null}
 * when none was ever written
 */
public record ChainVerification(boolean intact, long checked, Long brokenAt, Reason reason, long headSeq,
		AuditAnchor anchor) {

	static ChainVerification intact(long checked, long headSeq, AuditAnchor anchor) {
		return new ChainVerification(true, checked, null, null, headSeq, anchor);
	}

	static ChainVerification broken(long checked, Long brokenAt, Reason reason, long headSeq, AuditAnchor anchor) {
		return new ChainVerification(false, checked, brokenAt, reason, headSeq, anchor);
	}

	/** Why an entry does not check out. */
	public enum Reason {

		/** The entry's fields no longer give its hash: the entry was altered after it was written. */
		HASH_MISMATCH,

		/**
		 * The entry does not link to the one before it: an entry before it was removed, one was
		 * inserted, or the one before was altered and re-hashed.
		 */
		PREV_HASH_MISMATCH,

		/** The chain ends before an anchor's sequence number: the newest entries were deleted. */
		TRUNCATED,

		/**
		 * The entry at an anchor's sequence number has another hash: the chain was rewritten from there on and
		 * re-hashed, or replaced by another.
		 */
		ANCHOR_MISMATCH,

		/** A line of the anchor file does not carry a valid signature: the file was edited. */
		ANCHOR_FORGED

	}

}
