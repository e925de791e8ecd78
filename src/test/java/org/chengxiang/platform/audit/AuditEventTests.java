package org.chengxiang.platform.audit;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AuditEventTests {

	record ApplicationId(UUID value) {
	}

	record Permit(String status, LocalDate validUntil, int version) {
	}

	@Test
	void serializesStatesAsCompactJsonWithSortedKeys() {
		AuditEvent event = AuditEvent.of("permit.issued", "Permit", 7, null,
				new Permit("ISSUED", LocalDate.of(2026, 6, 30), 2));
		assertThat(event.before()).isNull();
		assertThat(event.after()).isEqualTo("{\"status\":\"ISSUED\",\"validUntil\":\"2026-06-30\",\"version\":2}");
		assertThat(AuditEvent.of("x", "T", 1, Map.of("b", 1, "a", 2), null).before()).isEqualTo("{\"a\":2,\"b\":1}");
	}

	@Test
	void keepsStatesThatAreAlreadyStrings() {
		AuditEvent event = AuditEvent.of("x", "T", "1", "{\"s\":\"A\"}", "{\"s\":\"B\"}");
		assertThat(event.before()).isEqualTo("{\"s\":\"A\"}");
		assertThat(event.after()).isEqualTo("{\"s\":\"B\"}");
	}

	@Test
	void recordsATypedIdAsItsValue() {
		UUID uuid = UUID.fromString("0b8f7f2e-6f4e-4d47-9b4c-3f1f1d0a2b3c");
		assertThat(AuditEvent.of("x", "Application", new ApplicationId(uuid), null, null).subjectId())
			.isEqualTo(uuid.toString());
		assertThat(AuditEvent.of("x", "Case", 42L, null, null).subjectId()).isEqualTo("42");
	}

	@Test
	void carriesDetail() {
		assertThat(AuditEvent.of("x", "T", 1, null, null).withDetail("材料不全").detail()).isEqualTo("材料不全");
	}

	@Test
	void refusesBlankOrOverlongNames() {
		assertThatIllegalArgumentException().isThrownBy(() -> AuditEvent.of(" ", "T", 1, null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> AuditEvent.of("x", "", 1, null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> AuditEvent.of("x", "T", "9".repeat(101), null, null));
	}

}
