package org.chengxiang.platform.web;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.chengxiang.platform.crypto.FileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Once per store, at start and before any request is served: encrypts the files written before stored files were
 * encrypted, and narrows every file to 0600 and every folder to 0700. Each file is rewritten beside itself and
 * renamed over the old one, so a crash leaves either the old file or the new one, never half of either; the next
 * start finishes the work. A marker file in the store's root ({@value #MARKER}) says the store is done, so later
 * starts look at nothing.
 */
@Component
class StoredFileEncryption implements SmartInitializingSingleton {

	static final String MARKER = ".encrypted-v1";

	private static final String PARTIAL = ".encrypting";

	private static final Logger log = LoggerFactory.getLogger(StoredFileEncryption.class);

	private final ObjectProvider<FileStore> stores;

	private final FileEncryption encryption;

	StoredFileEncryption(ObjectProvider<FileStore> stores, FileEncryption encryption) {
		this.stores = stores;
		this.encryption = encryption;
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<Path> roots = stores.orderedStream().map(FileStore::root).distinct().toList();
		// a store inside another (case photos under the materials by default) is done with the outer one
		roots.stream()
			.filter(root -> roots.stream().noneMatch(other -> !other.equals(root) && root.startsWith(other)))
			.forEach(this::encrypt);
	}

	/** Encrypts what is not yet encrypted under the root; answers how many files it rewrote. */
	int encrypt(Path root) {
		Path marker = root.resolve(MARKER);
		if (!Files.isDirectory(root) || Files.exists(marker)) {
			return 0;
		}
		int rewritten = 0;
		int already = 0;
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(root)) {
			paths = new ArrayList<>(walk.toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// deepest first, so a folder is narrowed after what it holds
		paths.sort(Comparator.comparingInt(Path::getNameCount).reversed());
		for (Path path : paths) {
			try {
				if (Files.isDirectory(path)) {
					restrict(path, FileStore.DIRECTORY_PERMISSIONS);
				}
				else if (path.getFileName().toString().endsWith(PARTIAL)) {
					Files.deleteIfExists(path); // left by a crash during an earlier start
				}
				else if (Files.isRegularFile(path) && !path.getFileName().toString().startsWith(".")) {
					if (rewrite(path)) {
						rewritten++;
					}
					else {
						restrict(path, FileStore.FILE_PERMISSIONS);
						already++;
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not encrypt the stored file " + path, ex);
			}
		}
		try {
			Files.writeString(Files.createFile(marker, FileStore.ownerOnly(FileStore.FILE_PERMISSIONS)),
					"stored files encrypted and owner-only since " + Instant.now() + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		log.info("Stored files in {}: {} written before encryption now encrypted, {} already encrypted; "
				+ "all readable by this user only", root, rewritten, already);
		return rewritten;
	}

	private boolean rewrite(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(FileEncryption.MAGIC_LENGTH);
		}
		if (FileEncryption.isEncrypted(head)) {
			return false;
		}
		Path partial = file.resolveSibling("." + file.getFileName() + PARTIAL);
		Files.deleteIfExists(partial);
		try (FileChannel channel = FileChannel.open(
				Files.createFile(partial, FileStore.ownerOnly(FileStore.FILE_PERMISSIONS)), StandardOpenOption.WRITE)) {
			OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
			encryption.encrypt(Files.readAllBytes(file), out);
			out.flush();
			// on disk before the rename, so that a crash cannot leave the new name on an empty file
			channel.force(true);
		}
		Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		return true;
	}

	private static void restrict(Path path, Set<PosixFilePermission> permissions)
			throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
		if (view != null) {
			view.setPermissions(permissions);
		}
	}

}
