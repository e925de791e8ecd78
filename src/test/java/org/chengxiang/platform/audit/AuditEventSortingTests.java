package org.chengxiang.platform.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditEventSortingTests {

	record Year(int year, String source) {
	}

	@Test
	void recordStatesAreWrittenWithSortedKeys() {
		assertThat(AuditEvent.of("x", "y", 1, null, new Year(2020, "notice")).after())
			.isEqualTo("{\"source\":\"notice\",\"year\":2020}");
	}

}
