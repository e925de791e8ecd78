package org.chengxiang.platform.web;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;

import org.chengxiang.platform.crypto.FileEncryption;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Uploaded files kept outside the database, under a root directory, in folders by day with random names. A
 * file written inside a transaction that rolls back is deleted again, so a refused step leaves nothing behind;
 * a file a transaction replaces is deleted once that transaction commits, never before. Files are encrypted
 * ({@link FileEncryption}) and readable by the platform's own user alone (0600, folders 0700); files written before
 * encryption are read as they are until {@link StoredFileEncryption} rewrites them. Modules keep their own store
 * (materials, case photos) as a subclass with its own root.
 */
public class FileStore {

	static final Set<PosixFilePermission> FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-------");

	static final Set<PosixFilePermission> DIRECTORY_PERMISSIONS = PosixFilePermissions.fromString("rwx------");

	private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

	private final Path root;

	private final FileEncryption encryption;

	protected FileStore(Path root, FileEncryption encryption) {
		this.root = root.toAbsolutePath().normalize();
		this.encryption = encryption;
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

	/** Writes the content encrypted and answers its path relative to the store. */
	public String store(byte[] content) {
		String relative = LocalDate.now().toString().replace("-", "/") + "/" + UUID.randomUUID();
		Path file = root.resolve(relative);
		try {
			createDirectories(file.getParent());
			write(file, content);
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

	/**
	 * Deletes a file that the current transaction replaced or removed, once it commits; on a rollback the file stays,
	 * since the record still names it. Outside a transaction the change is already committed, so it goes at once.
	 */
	public void deleteAfterCommit(String relative) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			delete(relative);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				delete(relative);
			}
		});
	}

	/** The content as it was stored. */
	public byte[] read(String relative) {
		try {
			return encryption.decrypt(Files.readAllBytes(resolve(relative)));
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

	/** Writes the content encrypted to a new owner-only file; fails when the file exists. */
	void write(Path file, byte[] content) throws IOException {
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(
				Files.createFile(file, ownerOnly(FILE_PERMISSIONS)), StandardOpenOption.WRITE), 64 * 1024)) {
			encryption.encrypt(content, out);
		}
	}

	FileEncryption encryption() {
		return encryption;
	}

	private static void createDirectories(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			createDirectories(directory.getParent());
			try {
				Files.createDirectory(directory, ownerOnly(DIRECTORY_PERMISSIONS));
			}
			catch (java.nio.file.FileAlreadyExistsException ex) {
				// another upload of the same day made it first
			}
		}
	}

	static FileAttribute<?>[] ownerOnly(Set<PosixFilePermission> permissions) {
		return POSIX ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(permissions) }
				: new FileAttribute<?>[0];
	}

	private Path resolve(String relative) {
		Path file = root.resolve(relative).normalize();
		if (!file.startsWith(root)) {
			throw new IllegalArgumentException("outside the store");
		}
		return file;
	}

}
