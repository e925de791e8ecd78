package org.chengxiang.platform.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.util.encoders.Hex;

/**
 * The SM3 hash that links an audit entry to its predecessor.
 * <p>
 * The input is the fields in a fixed order, each written as a 4-byte big-endian length of its
 * UTF-8 bytes followed by those bytes; {@code null} is length {@code 0xFFFFFFFF} with no bytes.
 * Length prefixes keep field boundaries fixed ({@code "ab","c"} and {@code "a","bc"} differ) and
 * tell {@code null} from an empty string. docs/audit.md describes the same format so that the
 * chain can be checked without this code.
 */
final class AuditHash {

	/** The predecessor of the first entry. */
	static final String GENESIS = "0".repeat(64);

	// Fixed width and always UTC, so that the text does not depend on how many trailing zeros the
	// instant happens to have or on the server's zone; PostgreSQL keeps microseconds, so do we.
	private static final DateTimeFormatter OCCURRED_AT = DateTimeFormatter
		.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private AuditHash() {
	}

	static String of(AuditEntry entry) {
		return compute(entry.prevHash(), entry.occurredAt(), entry.actor(), entry.actorDepartment(), entry.action(),
				entry.subjectType(), entry.subjectId(), entry.before(), entry.after(), entry.detail());
	}

	static String compute(String prevHash, Instant occurredAt, String actor, String actorDepartment, String action,
			String subjectType, String subjectId, String before, String after, String detail) {
		ByteArrayOutputStream canonical = new ByteArrayOutputStream(256);
		for (String field : new String[] { prevHash, OCCURRED_AT.format(occurredAt), actor, actorDepartment, action,
				subjectType, subjectId, before, after, detail }) {
			writeField(canonical, field);
		}
		return sm3Hex(canonical.toByteArray());
	}

	static String sm3Hex(byte[] input) {
		SM3Digest digest = new SM3Digest();
		digest.update(input, 0, input.length);
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return Hex.toHexString(out);
	}

	private static void writeField(ByteArrayOutputStream out, String field) {
		if (field == null) {
			writeLength(out, -1);
			return;
		}
		byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
		writeLength(out, bytes.length);
		out.writeBytes(bytes);
	}

	private static void writeLength(ByteArrayOutputStream out, int length) {
		out.write(length >>> 24);
		out.write(length >>> 16);
		out.write(length >>> 8);
		out.write(length);
	}

}
