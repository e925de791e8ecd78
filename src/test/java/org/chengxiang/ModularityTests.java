package org.chengxiang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private static final Path DOCS = Path.of("docs/modules");

	private static final Path WRITTEN = Path.of("target/modules");

	private final ApplicationModules modules = ApplicationModules.of(ChengxiangApplication.class);

	@Test
	void moduleBoundariesHold() {
		modules.verify();
	}

	/**
	 * Writes the diagrams and canvases to docs/modules. The documenter lists relations and events in no stable
	 * order, so a file is replaced only when its lines differ, not when they merely come in another order (in a
	 * canvas the first item of a cell carries the cell's {@code |}, so that mark does not count).
	 */
	@Test
	void writesModuleDiagrams() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(WRITTEN.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		Files.createDirectories(DOCS);
		try (Stream<Path> files = Files.list(WRITTEN)) {
			for (Path written : files.filter(Files::isRegularFile).toList()) {
				Path target = DOCS.resolve(written.getFileName().toString());
				if (!Files.exists(target) || !sameLines(written, target)) {
					Files.copy(written, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	private static boolean sameLines(Path a, Path b) throws IOException {
		List<String> left = Files.readAllLines(a).stream().map(ModularityTests::unmarked).sorted().toList();
		List<String> right = Files.readAllLines(b).stream().map(ModularityTests::unmarked).sorted().toList();
		return left.equals(right);
	}

	private static String unmarked(String line) {
		return line.startsWith("|* ") ? line.substring(1) : line;
	}

}
