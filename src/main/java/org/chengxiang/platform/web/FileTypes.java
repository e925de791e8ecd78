package org.chengxiang.platform.web;

import java.util.Optional;

/**
 * Tells an uploaded file's type by its first bytes, never by its name or the browser's word.
 */
public final class FileTypes {

	/** The kinds of file the platform accepts. */
	public enum FileType {

		PDF("application/pdf", "PDF"), JPEG("image/jpeg", "JPEG"), PNG("image/png", "PNG"),
		/** Word (.docx) and Excel (.xlsx) files are zip packages. */
		OFFICE_PACKAGE("application/zip", "DOCX/XLSX");

		private final String mediaType;

		private final String label;

		FileType(String mediaType, String label) {
			this.mediaType = mediaType;
			this.label = label;
		}

		/** The name people know the type by, the same in every language. */
		public String label() {
			return label;
		}

		public String mediaType() {
			return mediaType;
		}

	}

	private FileTypes() {
	}

	public static Optional<FileType> detect(byte[] content) {
		if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
			return Optional.of(FileType.PDF);
		}
		if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(FileType.JPEG);
		}
		if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(FileType.PNG);
		}
		if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
			return Optional.of(FileType.OFFICE_PACKAGE);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, int... magic) {
		if (content == null || content.length < magic.length) {
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
