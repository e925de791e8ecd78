package org.chengxiang.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.chengxiang.platform.domain.RuleBroken;
import org.springframework.web.multipart.MultipartFile;

/**
 * The one check of uploaded files every module uses: how many, how large, of which type (read from the content,
 * never from the name or the browser's word), and a file name safe to store and show. A file that fails is refused
 * with a {@link RuleBroken} on the form's field before anything is stored.
 */
public final class Uploads {

	/** The longest file name kept; longer names keep their end, where the extension is. */
	public static final int MAX_NAME = 200;

	private Uploads() {
	}

	/**
	 * What a form field accepts.
	 *
	 * @param field the form field, where a refusal is shown
	 * @param maxFiles how many files one upload may hold
	 * @param maxBytes the largest file
	 * @param types the types accepted
	 */
	public record Rules(String field, int maxFiles, long maxBytes, Set<FileTypes.FileType> types) {

		public Rules {
			types = Set.copyOf(types);
		}

		public static Rules one(String field, long maxBytes, Set<FileTypes.FileType> types) {
			return new Rules(field, 1, maxBytes, types);
		}

	}

	/**
	 * One checked file.
	 *
	 * @param filename the name to store and show: no folders, no control characters, at most {@value #MAX_NAME}
	 * characters
	 * @param type its type, read from its first bytes
	 * @param content its bytes
	 */
	public record Upload(String filename, FileTypes.FileType type, byte[] content) {

		public int size() {
			return content.length;
		}

		/** The SHA-256 of the content in hex, as stored beside each file to show it unchanged. */
		public String sha256() {
			return Uploads.sha256(content);
		}

	}

	/** The one file a field requires. */
	public static Upload required(MultipartFile file, Rules rules, String defaultName) {
		if (file == null || file.isEmpty()) {
			throw RuleBroken.at(rules.field(), "upload.required");
		}
		return check(file, rules, defaultName);
	}

	/** The files of a field that may hold none, up to {@link Rules#maxFiles()}; empty parts are skipped. */
	public static List<Upload> optional(List<MultipartFile> files, Rules rules, String defaultName) {
		List<MultipartFile> given = files == null ? List.of()
				: files.stream().filter(f -> f != null && !f.isEmpty()).toList();
		if (given.size() > rules.maxFiles()) {
			throw RuleBroken.at(rules.field(), "upload.tooMany", rules.maxFiles());
		}
		List<Upload> checked = new ArrayList<>();
		for (MultipartFile file : given) {
			checked.add(check(file, rules, defaultName));
		}
		return checked;
	}

	private static Upload check(MultipartFile file, Rules rules, String defaultName) {
		if (file.getSize() > rules.maxBytes()) {
			throw RuleBroken.at(rules.field(), "upload.tooLarge", megabytes(rules.maxBytes()));
		}
		byte[] content;
		try {
			content = file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		FileTypes.FileType type = FileTypes.detect(content)
			.filter(rules.types()::contains)
			.orElseThrow(() -> RuleBroken.at(rules.field(), "upload.wrongType", typeNames(rules.types())));
		return new Upload(filename(file.getOriginalFilename(), defaultName), type, content);
	}

	/** The name to keep: the last part of a path, without control characters, its end if too long. */
	static String filename(String given, String defaultName) {
		String name = given == null ? "" : given;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.codePoints()
			.filter(c -> !Character.isISOControl(c))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.strip();
		if (name.isEmpty() || ".".equals(name) || "..".equals(name)) {
			name = defaultName;
		}
		return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
	}

	private static String megabytes(long bytes) {
		long mb = bytes / (1024 * 1024);
		return mb >= 1 && bytes % (1024 * 1024) == 0 ? String.valueOf(mb) : String.format("%.1f", bytes / 1048576.0);
	}

	private static String typeNames(Set<FileTypes.FileType> types) {
		return types.stream().map(FileTypes.FileType::label).sorted().collect(Collectors.joining("/"));
	}

	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
