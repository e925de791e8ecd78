package org.chengxiang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verifies the module boundaries. It writes nothing: the diagrams in docs/modules are written by
 * {@link ModuleDiagrams}, run on demand with {@code ./mvnw -o test -Pdocument-modules}.
 */
class ModularityTests {

	private static final Path SOURCES = Path.of("src/main/java/org/chengxiang");

	/** A table named with its schema after the SQL words that read or write it. */
	private static final Pattern TABLE = Pattern
		.compile("(?i)\\b(?:from|join|into|update|references)\\s+([a-z_]+)\\.([a-z_]+)\\b");

	/** Read once for both tests: reading the modules is the costly part. */
	private static final ApplicationModules MODULES = ApplicationModules.of(ChengxiangApplication.class);

	@Test
	void moduleBoundariesHold() {
		MODULES.verify();
	}

	/**
	 * The verification above sees Java dependencies only; SQL naming another module's schema would pass it. Each
	 * module's schema is its name, and no module's code reads or writes another's tables (ADR 24): it asks the
	 * module's API (e.g. {@code residence.ResidencePermits}, {@code settlement.LocalHukou}).
	 */
	@Test
	void noModuleNamesAnotherModulesTablesInItsSql() throws IOException {
		Set<String> schemas = Set.of("directory", "plan", "services", "settlement", "cityops", "residence", "training");
		List<String> found = new ArrayList<>();
		for (ApplicationModule module : MODULES) {
			String name = module.getIdentifier().toString();
			Path sources = SOURCES.resolve(name);
			if (!Files.isDirectory(sources)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(sources)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
					Matcher table = TABLE.matcher(Files.readString(file));
					while (table.find()) {
						String schema = table.group(1).toLowerCase();
						if (schemas.contains(schema) && !schema.equals(name)) {
							found.add(SOURCES.relativize(file) + " names " + table.group(1) + "." + table.group(2));
						}
					}
				}
			}
		}
		assertThat(found).as("SQL naming another module's tables").isEmpty();
		assertThat(schemas).as("every module with tables is checked").allSatisfy(
				schema -> assertThat(SOURCES.resolve(schema)).isDirectory());
	}

}
