package org.chengxiang.platform.crypto;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.StringUtils;

/**
 * Finds the 32-byte personal-data master key: the configured {@code chengxiang.crypto.key} first;
 * then the key file ({@code chengxiang.crypto.key-file}), which the embedded default generates on first start and
 * production only reads (a mounted secret, a file on another disk than the database), so a forgotten key stops the
 * start instead of silently encrypting with a throwaway one.
 */
final class PersonalDataKeys {

	static final int MASTER_KEY_LENGTH = 32;

	private static final String GENERATE_HINT = "Generate one with `openssl rand -base64 32`.";

	private static final Logger log = LoggerFactory.getLogger(PersonalDataKeys.class);

	private static final SecureRandom random = new SecureRandom();

	private PersonalDataKeys() {
	}

	static byte[] masterKey(CryptoProperties properties, boolean embedded) {
		if (StringUtils.hasText(properties.key())) {
			return decode(properties.key(), "The property chengxiang.crypto.key (CHENGXIANG_CRYPTO_KEY)",
					"Set CHENGXIANG_CRYPTO_KEY to base64 of exactly 32 random bytes. " + GENERATE_HINT);
		}
		if (embedded) {
			return readOrCreate(properties.keyFile());
		}
		Path keyFile = properties.keyFile().toAbsolutePath().normalize();
		if (Files.isRegularFile(keyFile)) {
			// a file the operator put there, e.g. a mounted secret; read, never created, in production
			try {
				return read(keyFile);
			}
			catch (IOException ex) {
				throw new PersonalDataKeyException("The personal-data key file " + keyFile + " could not be read: "
						+ ex.getMessage() + ".", "Check that the platform's user may read it.", ex);
			}
		}
		throw new PersonalDataKeyException(
				"No personal-data key is configured. The platform runs on an external (production) database, "
						+ "where it never generates a key by itself.",
				"Set the environment variable CHENGXIANG_CRYPTO_KEY (property chengxiang.crypto.key) to base64 of "
						+ "32 random bytes, or put that text in a file readable by the platform's user alone and set "
						+ "CHENGXIANG_CRYPTO_KEYFILE (property chengxiang.crypto.key-file) to its path; no file is "
						+ "at " + keyFile + ". " + GENERATE_HINT + " When moving data from the embedded default, use the "
						+ "content of its key file (" + properties.keyFile() + "). Keep a backup of the key: "
						+ "ID numbers and phone numbers encrypted with a lost key cannot be recovered.");
	}

	static byte[] readOrCreate(Path keyFile) {
		Path file = keyFile.toAbsolutePath().normalize();
		try {
			if (Files.exists(file)) {
				return read(file);
			}
			Files.createDirectories(file.getParent());
			byte[] key = new byte[MASTER_KEY_LENGTH];
			random.nextBytes(key);
			// Written in full beside the target and then renamed, so a crash never leaves a
			// half-written key, and a key another process wrote meanwhile is never replaced.
			Path temporary = Files.createTempFile(file.getParent(), ".personal-data", ".tmp",
					ownerOnly(file.getParent()));
			try {
				writeDurably(temporary, Base64.getEncoder().encodeToString(key) + "\n");
				Files.move(temporary, file);
			}
			catch (FileAlreadyExistsException ex) {
				return read(file);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
			log.warn("Generated the personal-data key in {}. Back it up together with the database: "
					+ "without it the stored ID numbers and phone numbers cannot be decrypted.", file);
			return key;
		}
		catch (IOException ex) {
			throw new PersonalDataKeyException("The personal-data key file " + file + " could not be read or created: "
					+ ex.getMessage() + ".", "Check that the directory is writable, or set CHENGXIANG_CRYPTO_KEY.", ex);
		}
	}

	private static byte[] read(Path file) throws IOException {
		return decode(Files.readString(file, StandardCharsets.US_ASCII), "The personal-data key file " + file,
				"Restore the file from its backup. Only if nothing was ever encrypted with it, delete it and a new key "
						+ "is generated on the next start.");
	}

	private static byte[] decode(String encoded, String source, String action) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(encoded.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new PersonalDataKeyException(source + " is not valid base64.", action);
		}
		if (key.length != MASTER_KEY_LENGTH) {
			throw new PersonalDataKeyException(
					source + " holds " + key.length + " bytes instead of " + MASTER_KEY_LENGTH + ".", action);
		}
		return key;
	}

	private static void writeDurably(Path file, String content) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.US_ASCII)));
			channel.force(true);
		}
	}

	private static FileAttribute<?>[] ownerOnly(Path directory) throws IOException {
		if (Files.getFileStore(directory).supportsFileAttributeView(PosixFileAttributeView.class)) {
			return new FileAttribute<?>[] {
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) };
		}
		return new FileAttribute<?>[0];
	}

}
