package org.chengxiang.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps application materials as files outside the database (under {@code chengxiang.services.file-dir}),
 * recognising their type by content, never by name. A file written inside a transaction that rolls back is
 * deleted again, so a refused upload leaves nothing behind.
 */
@Component
class MaterialStore {

	private final Path root;

	MaterialStore(ServicesProperties properties) {
		this.root = properties.fileDir().toAbsolutePath().normalize();
	}

	/** PDF, JPEG or PNG by their first bytes. */
	static Optional<String> detect(byte[] content) {
		if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
			return Optional.of("PDF");
		}
		if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("JPEG");
		}
		if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("PNG");
		}
		return Optional.empty();
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Writes the content and answers its path relative to the store. */
	String store(byte[] content) {
		String relative = java.time.LocalDate.now().toString().replace("-", "/") + "/" + UUID.randomUUID();
		Path file = root.resolve(relative);
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, content, StandardOpenOption.CREATE_NEW);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						delete(relative);
					}
				}
			});
		}
		return relative;
	}

	byte[] read(String relative) {
		try {
			return Files.readAllBytes(resolve(relative));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void delete(String relative) {
		try {
			Files.deleteIfExists(resolve(relative));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Path root() {
		return root;
	}

	private Path resolve(String relative) {
		Path file = root.resolve(relative).normalize();
		if (!file.startsWith(root)) {
			throw new IllegalArgumentException("outside the store");
		}
		return file;
	}

	private static boolean startsWith(byte[] content, int... magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((content[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
