package org.chengxiang.services;

import java.util.Locale;
import java.util.Map;

import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.PdfDocuments;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The documents of an application as a printable page and as a PDF of the same template: the receipt (受理回执) and
 * the written decision. The applicant and the staff of the handling department open them; for anyone else they do
 * not exist.
 */
@Controller
@RequestMapping("/services/applications/{id}")
class ServiceDocumentPages {

	private static final String PDF_TEMPLATE = "services/documents/pdf";

	private final ServiceDocuments documents;

	private final PdfDocuments pdf;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	ServiceDocumentPages(ServiceDocuments documents, PdfDocuments pdf, ITemplateEngine templates,
			MessageSource messages) {
		this.documents = documents;
		this.pdf = pdf;
		this.templates = templates;
		this.messages = messages;
	}

	@GetMapping("/receipt")
	String receipt(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("receipt", documents.receipt(id, user));
		return "services/receipt";
	}

	@GetMapping("/receipt.pdf")
	ResponseEntity<byte[]> receiptPdf(@PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			Locale locale) {
		ServiceDocuments.Receipt receipt = documents.receipt(id, user);
		String title = messages.getMessage("services.document.receipt.title", null, locale);
		byte[] body = render(title, Map.of("receipt", receipt), locale);
		documents.downloaded(receipt.applicationNumber(), receipt.number(), user);
		return pdf.download(body, title + "-" + receipt.applicationNumber() + ".pdf");
	}

	@GetMapping("/decision")
	String decision(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		model.addAttribute("decision", documents.decision(id, user, locale));
		return "services/decision";
	}

	@GetMapping("/decision.pdf")
	ResponseEntity<byte[]> decisionPdf(@PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			Locale locale) {
		ServiceDocuments.Decision decision = documents.decision(id, user, locale);
		String title = messages.getMessage("services.document." + decision.kind().name() + ".title", null, locale);
		byte[] body = render(title, Map.of("decision", decision), locale);
		documents.downloaded(decision.applicationNumber(), decision.number(), user);
		return pdf.download(body, title + "-" + decision.applicationNumber() + ".pdf");
	}

	private byte[] render(String title, Map<String, Object> document, Locale locale) {
		Context context = new Context(locale);
		context.setVariables(document);
		context.setVariable("title", title);
		return pdf.render(templates.process(PDF_TEMPLATE, context));
	}

}
