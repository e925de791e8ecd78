package org.chengxiang.services;

import java.time.Clock;
import java.util.Map;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.Text;
import org.chengxiang.platform.security.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 好差评: the applicant rates a decided application once; an unsatisfied rating is followed up by the department
 * (差评整改), and the applicant is told what was put right.
 */
@Service
@Transactional
class ApplicationRatings {

	private final ApplicationSteps steps;

	private final RatingFollowUps followUps;

	private final Notifications notifications;

	private final AuditTrail audit;

	private final Clock clock;

	ApplicationRatings(ApplicationSteps steps, RatingFollowUps followUps, Notifications notifications,
			AuditTrail audit, Clock clock) {
		this.steps = steps;
		this.followUps = followUps;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	/** 好差评, from 1 非常不满意 to 5 非常满意; nothing is assumed when nothing is chosen. */
	void rate(long id, Integer level, String comment, CurrentUser user) {
		Application application = steps.own(id, user);
		application.rate(level, comment, clock.instant());
		// the timeline shows the level in words from the application; the step keeps the comment
		steps.save(application, user, "rate", application.status(), application.ratingComment());
		followUps.rated(application.id(), application.departmentId(), level);
	}

	/**
	 * 差评整改: staff of the department record how they called the applicant back and what they put right; the
	 * applicant is told, and the application's timeline and the audit trail show it.
	 */
	void followUp(long id, String contactNote, String measures, CurrentUser staff) {
		Application application = steps.ofDepartment(id, staff);
		followUps.close(id, contactNote, measures, staff);
		String done = measures.strip();
		steps.record(id, staff, "rating-follow-up", application.status(), application.status(), done);
		audit.record(AuditEvent.of("application.rating-follow-up", "application", application.number(), null,
				Map.of("rating", application.rating(), "measures", done)));
		notifications.tell(application.applicantUserId(), id,
				Text.of("services.notice.followedUp", application.number(), done));
	}

}
