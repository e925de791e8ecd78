package org.chengxiang.platform.audit;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AuditQueryTests {

	@Test
	void refusesPageSizeOutsideOneToTwoHundred() {
		assertThatIllegalArgumentException().isThrownBy(() -> AuditQuery.latest(0));
		assertThatIllegalArgumentException().isThrownBy(() -> AuditQuery.latest(201));
		assertThat(AuditQuery.latest(200).size()).isEqualTo(200);
	}

	@Test
	void refusesFromAfterTo() {
		Instant now = Instant.parse("2025-01-01T00:00:00Z");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AuditQuery(null, null, null, null, now.plusSeconds(1), now, null, 10));
	}

	@Test
	void blankFiltersMatchEverything() {
		AuditQuery query = new AuditQuery(" ", "", null, " 42 ", null, null, null, 10);
		assertThat(query.actor()).isNull();
		assertThat(query.action()).isNull();
		assertThat(query.subjectId()).isEqualTo("42");
	}

	@Test
	void nextPageKeepsFiltersAndMovesCursor() {
		AuditQuery next = AuditQuery.ofSubject("Case", "7", 20).before(99);
		assertThat(next).isEqualTo(new AuditQuery(null, null, "Case", "7", null, null, 99L, 20));
	}

}
