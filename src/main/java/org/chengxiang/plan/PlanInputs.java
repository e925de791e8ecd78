package org.chengxiang.plan;

import java.io.IOException;
import java.util.Locale;

import org.chengxiang.platform.domain.RuleBroken;

import org.springframework.web.multipart.MultipartFile;

/**
 * Turns an uploaded document into a parsed plan, refusing what is empty, too large or not a plan with a
 * 400 that says what was not found.
 */
final class PlanInputs {

	static final long MAX_DOCUMENT = 10L * 1024 * 1024;

	private PlanInputs() {
	}

	static ParsedPlan parse(MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw RuleBroken.at("file", "plan.rule.documentRequired");
		}
		return parse(file.getBytes(), file.getOriginalFilename(), file.getContentType());
	}

	static ParsedPlan parse(byte[] content, String filename, String contentType) {
		if (content == null || content.length == 0) {
			throw RuleBroken.at("file", "plan.rule.documentEmpty");
		}
		if (content.length > MAX_DOCUMENT) {
			throw RuleBroken.at("file", "upload.tooLarge", MAX_DOCUMENT / (1024 * 1024));
		}
		String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
		try {
			if (name.endsWith(".xlsx")) {
				return PlanDocuments.ledger(content);
			}
			return new PlanDocumentParser().parse(PlanDocuments.text(content, filename, contentType));
		}
		catch (NotAPlanException ex) {
			throw RuleBroken.at("file", ex.key());
		}
	}

}
