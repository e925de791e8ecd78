package org.chengxiang.plan;

import java.util.Optional;

/**
 * Tells a file's type by its first bytes, never by its name.
 */
final class AttachmentTypes {

	private AttachmentTypes() {
	}

	static Optional<String> detect(byte[] content) {
		if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
			return Optional.of("application/pdf");
		}
		if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
			// docx and xlsx are zip packages
			return Optional.of("application/zip");
		}
		return Optional.empty();
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
