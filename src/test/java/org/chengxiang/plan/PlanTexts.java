package org.chengxiang.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Plans kept as test resources under {@code plans/}. */
final class PlanTexts {

	private PlanTexts() {
	}

	static String read(String name) {
		try (InputStream in = PlanTexts.class.getResourceAsStream("/plans/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no test plan " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ParsedUnit lead(String name) {
		return new ParsedUnit(name, UnitRole.LEAD, false);
	}

	static ParsedUnit co(String name) {
		return new ParsedUnit(name, UnitRole.CO, false);
	}

	static ParsedUnit townships(String name, UnitRole role) {
		return new ParsedUnit(name, role, true);
	}

}
