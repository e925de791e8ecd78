package org.chengxiang.platform.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How the platform hands a stored file back to a browser, the same for every module: the type as recorded at upload
 * (never sniffed by the browser), the original name as an RFC 5987 filename, kept out of shared caches, and a
 * policy that lets the file show but run nothing. Images and PDFs open in the browser ({@link #inline}); other files
 * are saved ({@link #attachment}).
 */
public final class FileResponses {

	/** The file's own policy: an image or PDF shows, nothing in it loads or runs anything else. */
	static final String FILE_POLICY = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; "
			+ "object-src 'self'; frame-ancestors 'self'";

	private FileResponses() {
	}

	/** The file shown in the browser (an image, a PDF). */
	public static ResponseEntity<byte[]> inline(String filename, String mediaType, byte[] content) {
		return respond(ContentDisposition.inline(), filename, mediaType, content);
	}

	/** The file saved by the browser. */
	public static ResponseEntity<byte[]> attachment(String filename, String mediaType, byte[] content) {
		return respond(ContentDisposition.attachment(), filename, mediaType, content);
	}

	private static ResponseEntity<byte[]> respond(ContentDisposition.Builder disposition, String filename,
			String mediaType, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.contentLength(content.length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					disposition.filename(safeFilename(filename), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", FILE_POLICY)
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(content);
	}

	/**
	 * The name a browser may use to save the file: the last part of a path, without control characters, quotes or
	 * separators that could end the header or name another place; never empty.
	 */
	static String safeFilename(String filename) {
		String name = filename == null ? "" : filename;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder safe = new StringBuilder();
		name.codePoints()
			.filter(c -> !Character.isISOControl(c) && c != '"' && c != ';' && Character.getType(c) != Character.FORMAT)
			.forEach(safe::appendCodePoint);
		String stripped = safe.toString().strip();
		return stripped.isEmpty() || stripped.chars().allMatch(c -> c == '.') ? "file" : stripped;
	}

}
