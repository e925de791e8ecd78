package org.chengxiang.platform.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chengxiang.platform.crypto.RecordSigner;

import org.springframework.stereotype.Component;

/**
 * The append-only file of audit anchors, one line each: {@code v1 <time> <seq> <hash> <HMAC-SM3 signature>}. The
 * signature's key is derived from the personal-data master key, which the database never holds, so an anchor cannot
 * be forged or moved by someone who can only change the database. Lines are only ever appended, and each is forced to
 * disk before the anchor counts as written.
 */
@Component
class AnchorFile {

	private static final Pattern LINE = Pattern
		.compile("v1 (\\S+) (\\d{1,18}) ([0-9a-f]{64}) ([0-9a-f]{64})");

	private final Path file;

	private final RecordSigner signer;

	AnchorFile(AuditProperties properties, RecordSigner signer) {
		this.file = properties.anchorFile().toAbsolutePath().normalize();
		this.signer = signer;
	}

	/** What the file holds: the anchors whose signature checks out, and how many lines do not. */
	record Contents(List<AuditAnchor> anchors, int forged) {
	}

	Path path() {
		return file;
	}

	/** Appends the anchor, signed, and answers the line written. */
	synchronized String append(AuditAnchor anchor) {
		String line = anchor.signedText() + " " + signer.sign(anchor.signedText());
		try {
			if (!Files.isDirectory(file.getParent())) {
				Files.createDirectories(file.getParent(), ownerOnly("rwx------"));
			}
			if (!Files.exists(file)) {
				try {
					Files.createFile(file, ownerOnly("rw-------"));
				}
				catch (FileAlreadyExistsException ex) {
					// written by another thread meanwhile: append to it
				}
			}
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
				channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.US_ASCII)));
				channel.force(true);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not append to the audit anchor file " + file, ex);
		}
		return line;
	}

	/** Reads every anchor; a missing file holds none. */
	Contents read() {
		if (!Files.exists(file)) {
			return new Contents(List.of(), 0);
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
		}
		catch (MalformedInputException ex) {
			// not text any more: nothing in it can be trusted
			return new Contents(List.of(), 1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the audit anchor file " + file, ex);
		}
		List<AuditAnchor> anchors = new ArrayList<>(lines.size());
		int forged = 0;
		for (String line : lines) {
			if (line.isBlank()) {
				continue;
			}
			AuditAnchor anchor = parse(line);
			if (anchor == null) {
				forged++;
			}
			else {
				anchors.add(anchor);
			}
		}
		return new Contents(List.copyOf(anchors), forged);
	}

	private AuditAnchor parse(String line) {
		Matcher matcher = LINE.matcher(line.strip());
		if (!matcher.matches()) {
			return null;
		}
		try {
			AuditAnchor anchor = new AuditAnchor(Instant.parse(matcher.group(1)), Long.parseLong(matcher.group(2)),
					matcher.group(3));
			return signer.verify(anchor.signedText(), matcher.group(4)) ? anchor : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static FileAttribute<?>[] ownerOnly(String permissions) {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
				? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions)) }
				: new FileAttribute<?>[0];
	}

}
