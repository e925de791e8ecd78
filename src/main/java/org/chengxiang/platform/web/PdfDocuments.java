package org.chengxiang.platform.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Renders a page written as XHTML (usually a Thymeleaf template) to PDF for download. Chinese text is set in Droid
 * Sans Fallback, a TrueType font shipped in the application (resources/fonts, Apache License 2.0), so that a
 * document renders the same on any machine without fonts installed; the PDF embeds only the glyphs it uses.
 */
@Component
public class PdfDocuments {

	/** The font family templates name in their CSS; also the fallback for any text another font lacks. */
	public static final String CJK_FONT_FAMILY = "Droid Sans Fallback";

	private static final String FONT = "fonts/DroidSansFallbackFull.ttf";

	// read once: 4 MB, parsed again for each document, which the renderer requires
	private final byte[] font;

	public PdfDocuments() {
		try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
			this.font = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The CJK font " + FONT + " is missing from the application", ex);
		}
	}

	/** The PDF of a well-formed XHTML document. */
	public byte[] render(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new PdfRendererBuilder().useFastMode()
				.useFont(() -> new ByteArrayInputStream(font), CJK_FONT_FAMILY, 400, FontStyle.NORMAL, true,
						EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL))
				.withHtmlContent(xhtml, null)
				.withProducer("Chengxiang")
				.toStream(out)
				.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A download of the PDF under the given file name (non-ASCII names are encoded for the browser). */
	public ResponseEntity<byte[]> download(byte[] pdf, String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(pdf);
	}

}
