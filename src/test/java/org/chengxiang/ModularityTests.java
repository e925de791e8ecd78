package org.chengxiang;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Verifies the module boundaries. It writes nothing: the diagrams in docs/modules are written by
 * {@link ModuleDiagrams}, run on demand with {@code ./mvnw -o test -Pdocument-modules}.
 */
class ModularityTests {

	@Test
	void moduleBoundariesHold() {
		ApplicationModules.of(ChengxiangApplication.class).verify();
	}

}
