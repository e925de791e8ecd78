package org.chengxiang.platform.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.chengxiang.platform.crypto.FileEncryption;
import org.chengxiang.platform.crypto.PersonalDataDecryptionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Files stored before encryption keep opening, and the pass at start encrypts them in place and makes them
 * owner-only, once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StoredFileEncryptionIntegrationTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Title (ID card scan) >> endobj\n%%EOF".getBytes();

	@Autowired
	FileEncryption encryption;

	@Autowired
	StoredFileEncryption pass;

	@TempDir
	Path root;

	@Test
	void aFileWrittenBeforeEncryptionOpensAndIsEncryptedInPlaceAtStart() throws Exception {
		FileStore store = new FileStore(root, encryption);
		Path legacy = root.resolve("2026/11/30/" + java.util.UUID.randomUUID());
		Files.createDirectories(legacy.getParent());
		Files.write(legacy, PDF);
		Files.setPosixFilePermissions(legacy, PosixFilePermissions.fromString("rw-r--r--"));
		Files.setPosixFilePermissions(legacy.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
		String relative = root.relativize(legacy).toString();
		assertThat(store.read(relative)).isEqualTo(PDF);
		String fresh = store.store(PDF);
		byte[] freshOnDisk = Files.readAllBytes(root.resolve(fresh));

		assertThat(pass.encrypt(root)).isEqualTo(1);

		assertThat(Files.readAllBytes(legacy)).isNotEqualTo(PDF).startsWith(0, 'C', 'X', 'F', 'I', 'L', 'E', 1);
		assertThat(store.read(relative)).isEqualTo(PDF);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(legacy))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(legacy.getParent())))
			.isEqualTo("rwx------");
		// what was encrypted already is left as it was
		assertThat(Files.readAllBytes(root.resolve(fresh))).isEqualTo(freshOnDisk);
		// done once: the next start looks at nothing
		Files.write(root.resolve("2026/11/30/late"), PDF);
		assertThat(pass.encrypt(root)).isZero();
		try (var files = Files.list(legacy.getParent())) {
			assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.startsWith("."));
		}
	}

	@Test
	void anAlteredEncryptedFileIsRefusedRatherThanServed() throws Exception {
		FileStore store = new FileStore(root, encryption);
		String relative = store.store(PDF);
		byte[] onDisk = Files.readAllBytes(root.resolve(relative));
		onDisk[onDisk.length / 2] ^= 1;
		Files.write(root.resolve(relative), onDisk);

		assertThatExceptionOfType(PersonalDataDecryptionException.class).isThrownBy(() -> store.read(relative));
	}

}
