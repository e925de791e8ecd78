package org.chengxiang.services;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.chengxiang.directory.Directory;
import org.chengxiang.directory.ResidentIdentity;
import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.calendar.WorkingDayCalendar;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.Text;
import org.chengxiang.platform.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's side of the counter: a resident drafts an application with the item's form, edits it while
 * drafting or correcting, submits it, resubmits it after a correction, or withdraws it. The application checks
 * each step; the item's rules check the form at every save and submission.
 */
@Service
@Transactional
class ApplicationIntake {

	private final Applications applications;

	private final ApplicationSteps steps;

	private final ApplicationForms forms;

	private final Catalogue catalogue;

	private final Directory directory;

	private final PersonalDataProtector protector;

	private final WorkingDayCalendar calendar;

	private final AuditTrail audit;

	private final Notifications notifications;

	private final JdbcClient jdbc;

	private final ServicesProperties properties;

	private final Clock clock;

	private final ApplicationIdentifiers identifiers;

	ApplicationIntake(Applications applications, ApplicationSteps steps, ApplicationForms forms, Catalogue catalogue,
			Directory directory, PersonalDataProtector protector, WorkingDayCalendar calendar, AuditTrail audit,
			Notifications notifications, JdbcClient jdbc, ServicesProperties properties, Clock clock,
			ApplicationIdentifiers identifiers) {
		this.applications = applications;
		this.steps = steps;
		this.forms = forms;
		this.catalogue = catalogue;
		this.directory = directory;
		this.protector = protector;
		this.calendar = calendar;
		this.audit = audit;
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
		this.identifiers = identifiers;
	}

	/** A resident starts an application (a draft) with the item's form. */
	long draft(String itemCode, String typedForm, CurrentUser user) {
		String formJson = identifiers.normalised(typedForm);
		long department = catalogue.activeItemDepartment(itemCode)
			.orElseThrow(() -> RuleBroken.at("itemCode", "services.item.unknown"));
		openApplication(user, itemCode).ifPresent(open -> {
			throw RuleBroken.at("itemCode", "services.open.already", open.number());
		});
		ResidentIdentity identity = directory.resident(user.id())
			.orElseThrow(() -> new AccessDeniedException("residents with a registered ID number apply"));
		forms.validate(itemCode, formJson, identity);
		String idNumber = PersonalDataProtector.normalizeIdNumber(identity.idNumber());
		Application application = applications.save(Application.draft(nextNumber(), itemCode, department, user.id(),
				new Application.ProtectedApplicant(identity.name(), protector.encrypt(idNumber),
						protector.blindIndex(idNumber)),
				forms.encrypt(formJson), clock.instant()));
		identifiers.index(application.id(), formJson);
		steps.record(application.id(), user, "draft", null, ApplicationStatus.DRAFT, null);
		audit.record(AuditEvent.of("application.drafted", "application", application.number(), null,
				Map.of("item", itemCode, "status", "DRAFT")));
		return application.id();
	}

	/**
	 * The user's application of the item still in progress (a draft included), if any: one item is applied for once
	 * at a time. Only applicants have applications; anyone else has none.
	 */
	@Transactional(readOnly = true)
	Optional<OpenApplication> openApplication(CurrentUser user, String itemCode) {
		if (user == null) {
			return Optional.empty();
		}
		return applications.findOpen(user.id(), itemCode)
			.map(a -> new OpenApplication(a.id(), a.number(), a.status()));
	}

	/** An application of an item that is still in progress. */
	record OpenApplication(long id, String number, ApplicationStatus status) {
	}

	/**
	 * The applicant changes the form while drafting or correcting, as they saw it at {@code seenVersion}: an
	 * application changed since (in another tab, on another device) refuses the edit instead of losing the other.
	 */
	void updateForm(long id, int seenVersion, String typedForm, CurrentUser user) {
		Application application = steps.own(id, user);
		String formJson = identifiers.normalised(typedForm);
		application.changeForm(seenVersion, forms.encrypt(formJson));
		forms.validate(application.itemCode(), formJson, forms.applicant(application));
		steps.save(application, user, "form-updated", application.status(), null);
		identifiers.index(id, formJson);
	}

	void submit(long id, CurrentUser user) {
		Application application = steps.own(id, user);
		forms.requireMaterials(application);
		forms.validate(application);
		application.submit(clock.instant());
		steps.save(application, user, "submit", ApplicationStatus.DRAFT, null);
		notifications.tell(application.applicantUserId(), id,
				Text.of("services.notice.submitted", application.number()));
	}

	void resubmit(long id, CurrentUser user) {
		Application application = steps.own(id, user);
		LocalDate today = steps.today();
		application.resubmit(today, catalogue.get(application.itemCode()).promisedDays(),
				new Application.WorkingDays() {

					@Override
					public int between(LocalDate from, LocalDate to) {
						return calendar.workingDaysBetween(from, to);
					}

					@Override
					public LocalDate add(LocalDate from, int days) {
						return calendar.addWorkingDays(from, days);
					}

				});
		forms.requireMaterials(application);
		// the rules of the day, as at submission: a rule changed while the applicant corrected applies now
		forms.validate(application);
		jdbc.sql("update services.correction set resolved_at = :at where application_id = :id and resolved_at is null")
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.param("id", id)
			.update();
		// the timeline shows the new deadline
		steps.save(application, user, "resubmit", ApplicationStatus.CORRECTION_REQUESTED,
				application.deadline().toString());
	}

	void withdraw(long id, CurrentUser user) {
		Application application = steps.own(id, user);
		ApplicationStatus before = application.status();
		application.withdraw(clock.instant());
		steps.save(application, user, "withdraw", before, null);
	}

	private String nextNumber() {
		LocalDate today = steps.today();
		long sequence = jdbc.sql("select nextval('services.application_number_seq')").query(Long.class).single();
		return String.format("%s-%s-%06d", properties.countyCode(), today.toString().replace("-", ""),
				sequence % 1_000_000);
	}

}
