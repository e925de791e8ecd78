package org.chengxiang.platform.audit;

import java.time.ZoneId;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.Text;
import org.chengxiang.platform.web.Spreadsheets;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

/**
 * The audit trail page for administrators and supervisors: search it, export it, check the chain.
 */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR')")
class AuditPages {

	private static final String PAGE = "audit/trail";

	private static final int PAGE_SIZE = 50;

	/** Most entries one export holds: a ledger to read, not a backup of the trail. */
	static final int EXPORT_LIMIT = 10_000;

	// Excel refuses longer text in a cell; a long state is cut rather than the whole export failing.
	private static final int CELL_LIMIT = 32_767;


	private final AuditTrail trail;

	private final MessageSource messages;

	private final AuditSentences sentences;

	private final AuditAnchoring anchoring;

	private final ZoneId cityZone;

	private final DateTimeFormatter time;

	AuditPages(AuditTrail trail, MessageSource messages, AuditSentences sentences, AuditAnchoring anchoring,
			Clock clock) {
		this.cityZone = clock.getZone();
		this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(cityZone);
		this.anchoring = anchoring;
		this.trail = trail;
		this.messages = messages;
		this.sentences = sentences;
	}

	@GetMapping
	String list(@ModelAttribute("filter") AuditFilter filter, BindingResult result, Model model, Locale locale) {
		rows(filter, null, result, model, locale);
		model.addAttribute("anchors", anchoring.status());
		return PAGE;
	}

	/** The next page of rows, appended in place by htmx. */
	@HxRequest
	@GetMapping("/rows")
	String moreRows(@ModelAttribute("filter") AuditFilter filter, BindingResult result, @RequestParam long beforeId,
			Model model, Locale locale) {
		rows(filter, beforeId, result, model, locale);
		return PAGE + " :: rows";
	}

	/** Walks the whole chain; answers the outcome in place of the button's result area. */
	@HxRequest
	@PostMapping("/verification")
	String verify(Model model) {
		// The head first: the walk that follows includes it, so an intact answer vouches for this hash.
		String headHash = trail.headHash();
		model.addAttribute("verification", trail.verify());
		model.addAttribute("headHash", headHash);
		return PAGE + " :: verification";
	}

	/** Writes the head down as an anchor now, e.g. before maintenance of the database; answers the anchors' status. */
	@HxRequest
	@PostMapping("/anchors")
	@PreAuthorize("hasRole('ADMIN')")
	String anchor(Model model) {
		AuditAnchor anchor = anchoring.anchor();
		trail.record(AuditEvent.of("audit.anchored", "audit_anchor", anchor.seq(), null,
				java.util.Map.of("seq", anchor.seq(), "hash", anchor.hash())));
		model.addAttribute("anchors", anchoring.status());
		model.addAttribute("anchoredNow", true);
		return PAGE + " :: anchors";
	}

	/** The newest entries that match the filter, at most {@value #EXPORT_LIMIT}. */
	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> export(@ModelAttribute("filter") AuditFilter filter, BindingResult result, Locale locale) {
		AuditQuery query = filter.query(null, AuditQuery.MAX_SIZE, result, cityZone).orElseThrow(() -> {
			// The page only links to an export of a filter it accepted: this is a hand-made address.
			FieldError error = result.getFieldError();
			return new RuleBroken(error.getField(), Text.asWorded(messages.getMessage(error, locale)));
		});
		List<List<String>> rows = new ArrayList<>();
		List<AuditEntry> page;
		do {
			page = trail.search(query);
			page.stream().limit(EXPORT_LIMIT - rows.size()).map(this::row).forEach(rows::add);
			if (!page.isEmpty()) {
				query = query.before(page.get(page.size() - 1).id());
			}
		}
		while (page.size() == AuditQuery.MAX_SIZE && rows.size() < EXPORT_LIMIT);
		List<String> header = Stream
			.of("id", "time", "actor", "department", "action", "subjectType", "subjectId", "before", "after", "detail",
					"hash")
			.map((column) -> messages.getMessage("audit.column." + column, null, locale))
			.toList();
		return Spreadsheets.download("audit-trail.xlsx",
				Spreadsheets.write(messages.getMessage("audit.title", null, locale), header, rows));
	}

	private void rows(AuditFilter filter, Long beforeId, BindingResult result, Model model, Locale locale) {
		List<AuditEntry> entries = filter.query(beforeId, PAGE_SIZE, result, cityZone).map(trail::search).orElse(List.of());
		model.addAttribute("entries", sentences.rows(entries, locale));
		model.addAttribute("nextBeforeId", (entries.size() == PAGE_SIZE) ? entries.get(entries.size() - 1).id() : null);
	}

	private List<String> row(AuditEntry entry) {
		return Stream
			.of(String.valueOf(entry.id()), time.format(entry.occurredAt()), entry.actor(), entry.actorDepartment(),
					entry.action(), entry.subjectType(), entry.subjectId(), entry.before(), entry.after(),
					entry.detail(), entry.hash())
			.map(AuditPages::fitCell)
			.toList();
	}

	private static String fitCell(String text) {
		if (text == null || text.length() <= CELL_LIMIT) {
			return text;
		}
		return text.substring(0, CELL_LIMIT - 1) + "…";
	}

}
