package org.chengxiang.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps application materials as files outside the database (under {@code chengxiang.services.file-dir}). A file written inside a transaction that rolls back is
 * deleted again, so a refused upload leaves nothing behind.
 */
@Component
class MaterialStore {

	private final Path root;

	MaterialStore(ServicesProperties properties) {
		this.root = properties.fileDir().toAbsolutePath().normalize();
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

}
