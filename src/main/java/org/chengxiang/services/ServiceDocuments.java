package org.chengxiang.services;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chengxiang.directory.DepartmentSummary;
import org.chengxiang.directory.Directory;
import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.calendar.WorkingDayCalendar;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.domain.NoSuchRecord;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents a service office issues on an application, as it prints them: the receipt (受理回执) once the
 * application is accepted, and the written decision (准予许可决定书, 不予许可决定书, 不予受理通知书) once it is decided.
 * Each is numbered when the step is taken, in the same transaction; an application decided before documents were
 * numbered gets its number the first time its document is opened, dated by the step. Who may see the application
 * may see its documents; anyone else finds nothing.
 */
@Service
@Transactional
class ServiceDocuments {

	private final ApplicationRecords inbox;

	private final Applications applications;

	private final Catalogue catalogue;

	private final Directory directory;

	private final DocumentNumbers numbers;

	private final WorkingDayCalendar calendar;

	private final ServiceApplications forms;

	private final AuditTrail audit;

	private final Map<String, DecisionContribution> contributions;

	private final Clock clock;

	ServiceDocuments(ApplicationRecords inbox, Applications applications, Catalogue catalogue, Directory directory,
			DocumentNumbers numbers, WorkingDayCalendar calendar, ServiceApplications forms, AuditTrail audit,
			List<DecisionContribution> contributions, Clock clock) {
		this.clock = clock;
		this.inbox = inbox;
		this.applications = applications;
		this.catalogue = catalogue;
		this.directory = directory;
		this.numbers = numbers;
		this.calendar = calendar;
		this.forms = forms;
		this.audit = audit;
		this.contributions = contributions.stream()
			.collect(Collectors.toMap(DecisionContribution::itemCode, Function.identity()));
	}

	/** Issues what a step made due: the receipt on acceptance, the decision on a decision. */
	@EventListener
	void on(DocumentDue due) {
		applications.findById(due.applicationId()).ifPresent(this::issueDue);
	}

	/** The receipt of an accepted application, for its applicant and the staff of its department. */
	Receipt receipt(long id, CurrentUser user) {
		ApplicationRecords.Detail detail = inbox.detail(id, user);
		if (detail.acceptedOn() == null) {
			throw new NoSuchRecord("receipt of application " + id);
		}
		Application application = applications.findById(id).orElseThrow();
		DocumentNumbers.Issued issued = issueDue(application).receipt();
		return new Receipt(detail.id(), detail.number(), issued.number(), issued.issuedOn(),
				authority(application).name(), detail.applicantName(), detail.applicantIdMasked(), detail.itemName(),
				day(detail.submittedAt()), detail.acceptedOn(), issued.promisedDays(), issued.dueOn(),
				staffName(detail.claimedBy()));
	}

	/** The written decision of a decided (or not accepted) application, worded in the reader's language. */
	Decision decision(long id, CurrentUser user, Locale locale) {
		ApplicationRecords.Detail detail = inbox.detail(id, user);
		Application application = applications.findById(id).orElseThrow();
		DocumentKind kind = DocumentKind.decisionFor(application.status())
			.orElseThrow(() -> new NoSuchRecord("decision of application " + id));
		DocumentNumbers.Issued issued = issueDue(application).decision();
		Catalogue.Item item = catalogue.get(application.itemCode());
		DecisionContribution.Particulars particulars = kind == DocumentKind.NOT_ACCEPTED
				? DecisionContribution.Particulars.NONE : particulars(application, locale);
		return new Decision(detail.id(), detail.number(), kind, issued.number(), issued.issuedOn(),
				authority(application).name(), detail.applicantName(), detail.applicantIdMasked(), detail.itemName(),
				day(detail.submittedAt()), detail.acceptedOn(), item.legalBasis(), detail.decisionReason(),
				detail.decisionBasis(), particulars.basis(), particulars.results());
	}

	/** A download of a document as PDF; staff downloads are recorded in the audit trail. */
	void downloaded(String applicationNumber, String documentNumber, CurrentUser user) {
		if (user.role() != Role.RESIDENT) {
			audit.record(AuditEvent.of("application.document.downloaded", "application", applicationNumber, null,
					Map.of("document", documentNumber)));
		}
	}

	/** Issues the documents the application's state calls for and has not got yet; answers them. */
	private Due issueDue(Application application) {
		DocumentNumbers.Issued receipt = application.acceptedOn() == null ? null
				: numbers.find(application.id(), DocumentKind.RECEIPT).orElseGet(() -> {
					int promised = catalogue.get(application.itemCode()).promisedDays();
					DepartmentSummary department = authority(application);
					return numbers.issue(application.id(), DocumentKind.RECEIPT, department.id(),
							department.shortName(), application.acceptedOn(), promised,
							calendar.addWorkingDays(application.acceptedOn(), promised));
				});
		DocumentNumbers.Issued decision = DocumentKind.decisionFor(application.status())
			.map(kind -> numbers.find(application.id(), kind).orElseGet(() -> {
				DepartmentSummary department = authority(application);
				return numbers.issue(application.id(), kind, department.id(), department.shortName(),
						day(application.decidedAt()), null, null);
			}))
			.orElse(null);
		return new Due(receipt, decision);
	}

	private DecisionContribution.Particulars particulars(Application application, Locale locale) {
		DecisionContribution contribution = contributions.get(application.itemCode());
		if (contribution == null) {
			return DecisionContribution.Particulars.NONE;
		}
		return forms.submittedForm(application.id(), application.itemCode())
			.map(form -> contribution.particulars(new DecisionContribution.Decided(application.id(),
					application.number(), application.status() == ApplicationStatus.APPROVED, form.formJson()), locale))
			.orElse(DecisionContribution.Particulars.NONE);
	}

	private DepartmentSummary authority(Application application) {
		return directory.department(application.departmentId())
			.orElseThrow(() -> new IllegalStateException("no department " + application.departmentId()));
	}

	private String staffName(String username) {
		return username == null ? null : directory.user(username).map(CurrentUser::displayName).orElse(username);
	}

	private LocalDate day(Instant instant) {
		return instant == null ? null : LocalDate.ofInstant(instant, clock.getZone());
	}

	private record Due(DocumentNumbers.Issued receipt, DocumentNumbers.Issued decision) {
	}

	/**
	 * A receipt (受理回执).
	 *
	 * @param applicationId the application
	 * @param applicationNumber its readable number
	 * @param number the receipt's own number
	 * @param issuedOn the day of acceptance
	 * @param authority the accepting department's full name
	 * @param applicantIdMasked the applicant's ID number, masked
	 * @param submittedOn the day the application was submitted
	 * @param promisedDays working days promised at acceptance
	 * @param dueOn the deadline promised at acceptance (corrections move it later, the receipt does not change)
	 * @param clerk who accepted it
	 */
	record Receipt(long applicationId, String applicationNumber, String number, LocalDate issuedOn, String authority,
			String applicantName, String applicantIdMasked, String itemName, LocalDate submittedOn,
			LocalDate acceptedOn, Integer promisedDays, LocalDate dueOn, String clerk) {
	}

	/**
	 * A written decision.
	 *
	 * @param kind which decision: approved, rejected, or not accepted
	 * @param number the decision's own number
	 * @param issuedOn the day of the decision
	 * @param authority the deciding department's full name
	 * @param acceptedOn the day of acceptance; {@code null} when not accepted
	 * @param legalBasis the service item's legal basis (设定依据)
	 * @param reason the reasons of a refusal, as the clerk gave them
	 * @param basis the law or rule a refusal rests on, as the clerk gave it
	 * @param rules the rules of the owning module the application was decided under
	 * @param results what the decision brought about, e.g. the household number
	 */
	record Decision(long applicationId, String applicationNumber, DocumentKind kind, String number,
			LocalDate issuedOn, String authority, String applicantName, String applicantIdMasked, String itemName,
			LocalDate submittedOn, LocalDate acceptedOn, String legalBasis, String reason, String basis,
			List<String> rules, List<DecisionContribution.Line> results) {
	}

}
