package org.chengxiang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module diagrams and canvases to docs/modules. Not part of {@code verify} (its name does not end in
 * {@code Tests}, so no test run picks it up): a build must not change files under version control. Run it when a
 * module, a dependency between modules or an event changes:
 *
 * <pre>./mvnw -o test -Pdocument-modules</pre>
 *
 * The documenter lists relations and events in no stable order, so a file is replaced only when its lines differ,
 * not when they merely come in another order (in a canvas the first item of a cell carries the cell's {@code |}, so
 * that mark does not count).
 */
class ModuleDiagrams {

	private static final Path DOCS = Path.of("docs/modules");

	private static final Path WRITTEN = Path.of("target/modules");

	@Test
	void writesModuleDiagrams() throws IOException {
		ApplicationModules modules = ApplicationModules.of(ChengxiangApplication.class);
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(WRITTEN.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		Files.createDirectories(DOCS);
		try (Stream<Path> files = Files.list(WRITTEN)) {
			for (Path written : files.filter(Files::isRegularFile).toList()) {
				Path target = DOCS.resolve(written.getFileName().toString());
				if (!Files.exists(target) || !sameLines(written, target)) {
					Files.copy(written, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	private static boolean sameLines(Path a, Path b) throws IOException {
		List<String> left = Files.readAllLines(a).stream().map(ModuleDiagrams::unmarked).sorted().toList();
		List<String> right = Files.readAllLines(b).stream().map(ModuleDiagrams::unmarked).sorted().toList();
		return left.equals(right);
	}

	private static String unmarked(String line) {
		return line.startsWith("|* ") ? line.substring(1) : line;
	}

}
