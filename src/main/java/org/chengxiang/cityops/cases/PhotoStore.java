package org.chengxiang.cityops.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps case photos as files outside the database: under {@code chengxiang.cityops.file-dir}, by default
 * {@code cityops} in the platform's file directory ({@code chengxiang.services.file-dir}). A file written in a
 * transaction that rolls back is deleted again, so a refused step leaves nothing behind.
 */
@Component
class PhotoStore {

	private final Path root;

	PhotoStore(CaseProperties properties, Environment environment) {
		Path dir = properties.fileDir() != null ? properties.fileDir()
				: Path.of(environment.getProperty("chengxiang.services.file-dir", "data/files")).resolve("cityops");
		this.root = dir.toAbsolutePath().normalize();
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

	boolean exists(String relative) {
		return Files.exists(resolve(relative));
	}

	private void delete(String relative) {
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
