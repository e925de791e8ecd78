package org.chengxiang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.Text;
import org.junit.jupiter.api.Test;
import org.springframework.web.multipart.MultipartFile;

class UploadsTests {

	private static final byte[] PNG = { (byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 };

	private static final byte[] PDF = { 0x25, 0x50, 0x44, 0x46, 0x2D, 1, 2 };

	private static final Uploads.Rules PHOTOS = new Uploads.Rules("photos", 2, 1024,
			Set.of(FileTypes.FileType.JPEG, FileTypes.FileType.PNG));

	@Test
	void acceptsAFileOfAnAcceptedTypeAndKeepsItsName() {
		Uploads.Upload upload = Uploads.required(file("现场.png", PNG), Uploads.Rules.one("file", 1024,
				Set.of(FileTypes.FileType.PNG)), "photo");
		assertThat(upload.filename()).isEqualTo("现场.png");
		assertThat(upload.type()).isEqualTo(FileTypes.FileType.PNG);
		assertThat(upload.size()).isEqualTo(PNG.length);
		assertThat(upload.sha256()).hasSize(64);
	}

	@Test
	void refusesAMissingRequiredFile() {
		assertRefused(() -> Uploads.required(file("a.png", new byte[0]), PHOTOS, "photo"), "photos", "upload.required");
		assertRefused(() -> Uploads.required(null, PHOTOS, "photo"), "photos", "upload.required");
	}

	@Test
	void refusesTooManyTooLargeAndTheWrongTypeByContent() {
		assertRefused(() -> Uploads.optional(List.of(file("1.png", PNG), file("2.png", PNG), file("3.png", PNG)),
				PHOTOS, "photo"), "photos", "upload.tooMany");
		byte[] large = Arrays.copyOf(PNG, 1025);
		assertRefused(() -> Uploads.optional(List.of(file("big.png", large)), PHOTOS, "photo"), "photos",
				"upload.tooLarge");
		// a PDF named like a photo is still a PDF
		assertRefused(() -> Uploads.optional(List.of(file("x.png", PDF)), PHOTOS, "photo"), "photos",
				"upload.wrongType");
	}

	@Test
	void skipsEmptyPartsOfAFieldThatMayHoldNone() {
		assertThat(Uploads.optional(null, PHOTOS, "photo")).isEmpty();
		assertThat(Uploads.optional(List.of(file("", new byte[0])), PHOTOS, "photo")).isEmpty();
	}

	@Test
	void keepsAFileNameSafeToStoreAndShow() {
		assertThat(Uploads.filename("C:\\scans\\户口本.pdf", "material")).isEqualTo("户口本.pdf");
		assertThat(Uploads.filename("../../etc/passwd", "material")).isEqualTo("passwd");
		assertThat(Uploads.filename("a\u0000b\nc.pdf", "material")).isEqualTo("abc.pdf");
		assertThat(Uploads.filename("  ", "material")).isEqualTo("material");
		assertThat(Uploads.filename("..", "material")).isEqualTo("material");
		assertThat(Uploads.filename(null, "material")).isEqualTo("material");
		String longName = "x".repeat(300) + ".pdf";
		assertThat(Uploads.filename(longName, "material")).hasSize(Uploads.MAX_NAME).endsWith(".pdf");
	}

	private static void assertRefused(Runnable upload, String field, String key) {
		assertThatThrownBy(upload::run).isInstanceOfSatisfying(RuleBroken.class, ex -> {
			assertThat(ex.problems()).hasSize(1);
			assertThat(ex.problems().get(0).field()).isEqualTo(field);
			assertThat(ex.problems().get(0).text()).extracting(Text::key).isEqualTo(key);
		});
	}

	private static MultipartFile file(String name, byte[] content) {
		return new InMemoryUpload("file", name, "application/octet-stream", content);
	}

}
