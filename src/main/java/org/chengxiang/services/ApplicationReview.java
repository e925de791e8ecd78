package org.chengxiang.services;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.calendar.WorkingDayCalendar;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.Text;
import org.chengxiang.platform.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clerks' side of the counter: clerks of the item's department accept an application or refuse to, review it,
 * ask for a correction, decide it, or hand it to a colleague. The application checks each step; the applicant is
 * told.
 */
@Service
@Transactional
class ApplicationReview {

	private final ApplicationSteps steps;

	private final ApplicationForms forms;

	private final Catalogue catalogue;

	private final Directory directory;

	private final WorkingDayCalendar calendar;

	private final Notifications notifications;

	private final JdbcClient jdbc;

	private final Clock clock;

	ApplicationReview(ApplicationSteps steps, ApplicationForms forms, Catalogue catalogue, Directory directory,
			WorkingDayCalendar calendar, Notifications notifications, JdbcClient jdbc, Clock clock) {
		this.steps = steps;
		this.forms = forms;
		this.catalogue = catalogue;
		this.directory = directory;
		this.calendar = calendar;
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void accept(long id, CurrentUser clerk) {
		Application application = steps.ofDepartment(id, clerk);
		LocalDate today = steps.today();
		int promised = catalogue.get(application.itemCode()).promisedDays();
		application.accept(today, calendar.addWorkingDays(today, promised), clerk.getUsername());
		// the timeline shows the promised deadline
		steps.save(application, clerk, "accept", ApplicationStatus.SUBMITTED, application.deadline().toString());
		notifications.tell(application.applicantUserId(), id,
				Text.of("services.notice.accepted", application.number(), application.deadline().toString()));
	}

	void refuseAcceptance(long id, String reason, CurrentUser clerk) {
		Application application = steps.ofDepartment(id, clerk);
		application.refuseAcceptance(reason, clock.instant());
		steps.save(application, clerk, "refuse", ApplicationStatus.SUBMITTED, application.decisionReason());
		notifications.tell(application.applicantUserId(), id,
				Text.of("services.notice.notAccepted", application.number(), application.decisionReason()));
	}

	void startReview(long id, CurrentUser clerk) {
		Application application = steps.ofDepartment(id, clerk);
		ApplicationStatus before = application.status();
		application.startReview(clerk.getUsername());
		steps.save(application, clerk, "review", before, null);
	}

	/** 一次性告知: one notice listing everything that is missing; the clock stops until resubmission. */
	void requestCorrection(long id, List<String> missing, String note, CurrentUser clerk) {
		List<String> items = missing == null ? List.of()
				: missing.stream().filter(m -> m != null && !m.isBlank()).map(String::strip).toList();
		if (items.isEmpty()) {
			throw RuleBroken.at("missing", "services.correction.listMissing");
		}
		Application application = steps.ofDepartment(id, clerk);
		ApplicationStatus before = application.status();
		application.requestCorrection(steps.today());
		jdbc.sql("""
				insert into services.correction (application_id, requested_at, requested_by, missing, note)
				values (:id, :at, :by, :missing, :note)
				""")
			.param("id", id)
			.param("at", Timestamp.from(clock.instant()))
			.param("by", clerk.getUsername())
			.param("missing", String.join("\n", items))
			.param("note", note)
			.update();
		steps.save(application, clerk, "correction", before, String.join("；", items));
		notifications.tell(application.applicantUserId(), id,
				Text.of("services.notice.correction", application.number(), String.join("；", items)));
	}

	/**
	 * 准予办结. Eligibility is decided now: every rule of the item runs again on the form, and a rule that refuses
	 * refuses the approval, saying which rule, before anything is written.
	 */
	void approve(long id, String opinion, CurrentUser clerk) {
		Application application = steps.ofDepartment(id, clerk);
		ApplicationStatus before = application.status();
		application.approve(clock.instant(), workingDaysSoFar(application), opinion);
		try {
			forms.validate(application);
		}
		catch (RuleBroken ex) {
			throw new RuleBroken(ex.problems()
				.stream()
				.map(p -> new RuleBroken.Problem(p.field(), Text.of("services.approve.refusedByRule", p.text()),
						p.rule()))
				.toList());
		}
		steps.save(application, clerk, "approve", before, application.decisionOpinion());
		notifications.tell(application.applicantUserId(), id,
				Text.of("services.notice.approved", application.number()));
	}

	void reject(long id, String reason, String basis, CurrentUser clerk) {
		Application application = steps.ofDepartment(id, clerk);
		ApplicationStatus before = application.status();
		application.reject(reason, basis, clock.instant(), workingDaysSoFar(application));
		steps.save(application, clerk, "reject", before, application.decisionReason());
		notifications.tell(application.applicantUserId(), id, Text.of("services.notice.rejected",
				application.number(), application.decisionReason(), application.decisionBasis()));
	}

	/** A clerk passes the application to a colleague of the same department. */
	void handOver(long id, String colleague, CurrentUser clerk) {
		Application application = steps.ofDepartment(id, clerk);
		if (colleague == null || !directory.isStaffOf(colleague, application.departmentId())) {
			throw RuleBroken.at("colleague", "services.handOver.sameDepartment");
		}
		application.handOver(colleague);
		// the timeline names the colleague as people know them
		steps.save(application, clerk, "hand-over", application.status(),
				directory.names(List.of(colleague)).get(colleague).displayName());
	}

	private int workingDaysSoFar(Application application) {
		if (application.acceptedOn() == null) {
			return 0; // not accepted: the step itself refuses
		}
		return Math.max(0, calendar.workingDaysBetween(application.acceptedOn(), steps.today())
				- application.pausedWorkingDays());
	}

}
