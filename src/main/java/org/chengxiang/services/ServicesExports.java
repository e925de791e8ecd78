package org.chengxiang.services;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chengxiang.directory.Directory;
import org.chengxiang.directory.PersonName;
import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.Spreadsheets;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Excel ledgers of the one-stop services (办件台账, 好差评统计): a clerk's tray as it stands, with the applicants'
 * ID numbers masked and the export itself audited, and the ratings report.
 */
@Controller
class ServicesExports {

	/** The most rows a ledger carries: a working list, not a data dump. */
	static final int MAX_ROWS = Spreadsheets.MAX_ROWS;

	// the columns' message keys, services.export.column.<name>, worded in the reader's language
	static final List<String> INBOX_HEADER = List.of("number", "item", "applicant", "idNumberMasked", "status",
			"submittedAt", "deadline", "workingDaysLeft", "clerk");

	static final List<String> RATINGS_HEADER = List.of("department", "itemCode", "item", "rated", "average",
			"unsatisfied", "followedUp", "overdue");

	static final List<String> FOLLOW_UP_HEADER = List.of("number", "department", "item", "applicant", "rating",
			"ratingComment", "ratedOn", "dueOn", "status", "contactNote", "measures", "handledBy", "handledAt");

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Inbox inbox;

	private final Catalogue catalogue;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final RatingFollowUps followUps;

	private final Directory directory;

	private final RatingsReport ratings;

	private final Clock clock;

	ServicesExports(Inbox inbox, Catalogue catalogue, AuditTrail audit, MessageSource messages,
			RatingFollowUps followUps, Directory directory, RatingsReport ratings, Clock clock) {
		this.ratings = ratings;
		this.clock = clock;
		this.directory = directory;
		this.followUps = followUps;
		this.inbox = inbox;
		this.catalogue = catalogue;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/services/inbox/export.xlsx")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	ResponseEntity<byte[]> inbox(@RequestParam(defaultValue = "WAITING") Inbox.Tray tray,
			@RequestParam(required = false) String item, @RequestParam(defaultValue = "ALL") Inbox.Claim claim,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		Inbox.Filter filter = new Inbox.Filter(item, claim);
		List<Inbox.Row> rows = inbox.trayUpTo(user, tray, filter, MAX_ROWS);
		List<List<String>> lines = new ArrayList<>();
		for (Inbox.Row row : rows) {
			lines.add(List.of(row.number(), row.itemName(), row.applicantName(), row.applicantIdMasked(),
					message(locale, "services.status." + row.status().name()),
					row.submittedAt() == null ? "" : MINUTES.format(row.submittedAt().atZone(clock.getZone())),
					row.deadline() == null ? "" : row.deadline().toString(),
					row.workingDaysLeft() == null ? "" : String.valueOf(row.workingDaysLeft()),
					row.clerk() == null ? "" : person(row.clerk(), locale)));
		}
		// a list of people leaves the platform: who took it, and how much of it, is on the record
		Map<String, Object> exported = new java.util.LinkedHashMap<>();
		exported.put("tray", tray.name());
		exported.put("claim", claim.name());
		if (filter.itemCode() != null) {
			exported.put("item", filter.itemCode());
		}
		exported.put("rows", rows.size());
		audit.record(AuditEvent.of("services.inbox.exported", "department", user.departmentId(), null, exported));
		String trayName = message(locale, "services.tray." + tray.name());
		return Spreadsheets.download(
				message(locale, "services.export.inbox.file") + "-" + trayName + "-" + LocalDate.now(clock) + ".xlsx",
				Spreadsheets.write(trayName, header(INBOX_HEADER, locale), lines));
	}

	@GetMapping("/services/ratings/export.xlsx")
	@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR','DEPARTMENT_LEAD')")
	ResponseEntity<byte[]> ratings(@AuthenticationPrincipal CurrentUser user, Locale locale) {
		Map<String, Catalogue.Item> items = catalogue.search(null)
			.stream()
			.collect(Collectors.toMap(Catalogue.Item::code, Function.identity(), (a, b) -> a));
		List<List<String>> lines = new ArrayList<>();
		for (RatingsReport.RatingRow row : ratings.ratings(user)) {
			Catalogue.Item item = items.get(row.itemCode());
			lines.add(List.of(item == null ? String.valueOf(row.departmentId()) : item.departmentName(), row.itemCode(),
					item == null ? "" : item.name(), String.valueOf(row.rated()),
					message(locale, "services.ratings.averageInWords", String.valueOf(row.average()),
							message(locale, "services.rating." + row.nearestLevel())),
					String.valueOf(row.unsatisfied()), String.valueOf(row.followedUp()), String.valueOf(row.overdue())));
		}
		String title = message(locale, "services.ratings.title");
		return Spreadsheets.download(title + "-" + LocalDate.now(clock) + ".xlsx",
				Spreadsheets.write(title, header(RATINGS_HEADER, locale), lines));
	}

	/** A person as the ledgers name them: name and unit. */
	private String person(PersonName name, Locale locale) {
		return name.unit() == null ? name.displayName()
				: message(locale, "services.person", name.displayName(), name.unit());
	}

	private List<String> header(List<String> columns, Locale locale) {
		return columns.stream().map(column -> message(locale, "services.export.column." + column)).toList();
	}

	private String message(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** 差评整改台账: the follow-ups in the viewer's scope, open ones first; the export is audited. */
	@GetMapping("/services/ratings/follow-ups/export.xlsx")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD','SUPERVISOR','ADMIN')")
	ResponseEntity<byte[]> followUps(@AuthenticationPrincipal CurrentUser user, Locale locale) {
		List<List<String>> lines = new ArrayList<>();
		List<RatingFollowUps.FollowUp> list = followUps.list(user, MAX_ROWS);
		Map<String, PersonName> people = directory
			.names(list.stream().map(RatingFollowUps.FollowUp::handledBy).filter(java.util.Objects::nonNull).toList());
		for (RatingFollowUps.FollowUp f : list) {
			String state = message(locale, !f.open() ? "services.followUp.closed"
					: f.overdue() ? "services.export.followUp.overdue" : "services.export.followUp.open");
			lines.add(List.of(f.number(), f.departmentName(), f.itemName(), f.applicantName(),
					message(locale, "services.rating." + f.rating()),
					f.ratingComment() == null ? "" : f.ratingComment(), f.ratedOn().toString(), f.dueOn().toString(),
					state, f.contactNote() == null ? "" : f.contactNote(), f.measures() == null ? "" : f.measures(),
					f.handledBy() == null ? "" : person(people.get(f.handledBy()), locale),
					f.handledAt() == null ? "" : MINUTES.format(f.handledAt().atZone(clock.getZone()))));
		}
		audit.record(AuditEvent.of("services.follow-ups.exported", "department",
				user.departmentId() == null ? "city" : user.departmentId(), null, Map.of("rows", lines.size())));
		String title = message(locale, "services.export.followUps.file");
		return Spreadsheets.download(title + "-" + LocalDate.now(clock) + ".xlsx",
				Spreadsheets.write(title, header(FOLLOW_UP_HEADER, locale), lines));
	}

}
