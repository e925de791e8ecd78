package org.chengxiang.platform.audit;

import java.time.Instant;

/**
 * A signed note, kept outside the database, of the audit chain's head at one moment: its sequence number and hash.
 * Every later check requires the chain to reach that far and to hold that hash there.
 *
 * @param anchoredAt when the head was read
 * @param seq the head's place in the chain (0 while the trail is empty)
 * @param hash the head's hash
 */
public record AuditAnchor(Instant anchoredAt, long seq, String hash) {

	static final String VERSION = "v1";

	/** The text that is signed: the version, the time, the sequence number and the hash, separated by spaces. */
	String signedText() {
		return VERSION + " " + anchoredAt + " " + seq + " " + hash;
	}

}
