package org.chengxiang.platform.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditHashTests {

	private static final Instant AT = Instant.parse("2025-03-01T02:03:04.123456Z");

	@Test
	void digestIsSm3() {
		// GB/T 32905-2016, appendix A.1
		assertThat(AuditHash.sm3Hex("abc".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
	}

	@Test
	void hashIsLowercaseHexOf64Characters() {
		assertThat(hash("a", "b", "c", "d", "e")).matches("[0-9a-f]{64}");
	}

	@Test
	void sameFieldsGiveSameHash() {
		assertThat(hash("application.approved", "Application", "42", "{}", "{}"))
			.isEqualTo(hash("application.approved", "Application", "42", "{}", "{}"));
	}

	@Test
	void shiftingAFieldBoundaryChangesTheHash() {
		assertThat(hash("ab", "c", "1", null, null)).isNotEqualTo(hash("a", "bc", "1", null, null));
		assertThat(hash("x", "T", "1", "{\"a\":1}", "")).isNotEqualTo(hash("x", "T", "1", "{\"a\":1", "}"));
	}

	@Test
	void nullAndEmptyAreDifferent() {
		assertThat(hash("x", "T", "1", null, "{}")).isNotEqualTo(hash("x", "T", "1", "", "{}"));
	}

	@Test
	void everyFieldTakesPart() {
		String base = AuditHash.compute(AuditHash.GENESIS, AT, "actor", "dept", "action", "type", "id", "b", "a", "d");
		assertThat(AuditHash.compute("1".repeat(64), AT, "actor", "dept", "action", "type", "id", "b", "a", "d"))
			.isNotEqualTo(base);
		assertThat(AuditHash.compute(AuditHash.GENESIS, AT.plusNanos(1_000), "actor", "dept", "action", "type", "id",
				"b", "a", "d"))
			.isNotEqualTo(base);
		assertThat(AuditHash.compute(AuditHash.GENESIS, AT, "actor2", "dept", "action", "type", "id", "b", "a", "d"))
			.isNotEqualTo(base);
		assertThat(AuditHash.compute(AuditHash.GENESIS, AT, "actor", null, "action", "type", "id", "b", "a", "d"))
			.isNotEqualTo(base);
		assertThat(AuditHash.compute(AuditHash.GENESIS, AT, "actor", "dept", "action", "type", "id", "b", "a", null))
			.isNotEqualTo(base);
	}

	@Test
	void timeIsHashedToTheMicrosecondInUtc() {
		// What PostgreSQL hands back: microseconds, any offset.
		Instant fromDatabase = OffsetDateTime.parse("2025-03-01T10:03:04.123456+08:00").toInstant();
		assertThat(hash(fromDatabase)).isEqualTo(hash(AT));
		assertThat(hash(Instant.parse("2025-03-01T02:03:04Z")))
			.isEqualTo(hash(Instant.parse("2025-03-01T02:03:04.000000Z")));
	}

	@Test
	void canonicalFormIsLengthPrefixedUtf8() {
		// The format docs/audit.md promises to anyone checking the chain without this code.
		var expected = new ByteArrayOutputStream();
		for (String field : new String[] { AuditHash.GENESIS, "2025-03-01T02:03:04.123456Z", "张三", null, "a", "T",
				"1", null, "{}", "" }) {
			if (field == null) {
				expected.writeBytes(new byte[] { -1, -1, -1, -1 });
			}
			else {
				byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
				expected.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
				expected.writeBytes(bytes);
			}
		}
		assertThat(AuditHash.compute(AuditHash.GENESIS, AT, "张三", null, "a", "T", "1", null, "{}", ""))
			.isEqualTo(AuditHash.sm3Hex(expected.toByteArray()));
	}

	@Test
	void matchesAnIndependentImplementation() {
		// Computed with Python's hashlib (OpenSSL SM3) from the format in docs/audit.md.
		assertThat(AuditHash.compute(AuditHash.GENESIS, AT, "张三", null, "a", "T", "1", null, "{}", ""))
			.isEqualTo("798ef62c1e4bb4fdf4febb9ee6cf9066c11c4badc854425a9dac5d50ff1387d8");
	}

	private static String hash(String action, String subjectType, String subjectId, String before, String after) {
		return AuditHash.compute(AuditHash.GENESIS, AT, "system", null, action, subjectType, subjectId, before, after,
				null);
	}

	private static String hash(Instant at) {
		return AuditHash.compute(AuditHash.GENESIS, at, "system", null, "a", "T", "1", null, null, null);
	}

}
