package org.chengxiang.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Uploaded files kept outside the database, under a root directory, in folders by day with random names. A
 * file written inside a transaction that rolls back is deleted again, so a refused step leaves nothing behind.
 * Modules keep their own store (materials, case photos) as a subclass with its own root.
 */
public class FileStore {

	private final Path root;

	protected FileStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/** The SHA-256 of the content, lowercase hex, as recorded beside every stored file. */
	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Writes the content and answers its path relative to the store. */
	public String store(byte[] content) {
		String relative = LocalDate.now().toString().replace("-", "/") + "/" + UUID.randomUUID();
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

	public byte[] read(String relative) {
		try {
			return Files.readAllBytes(resolve(relative));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public boolean exists(String relative) {
		return Files.exists(resolve(relative));
	}

	public void delete(String relative) {
		try {
			Files.deleteIfExists(resolve(relative));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Path root() {
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
