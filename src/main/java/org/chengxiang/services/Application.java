package org.chengxiang.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StaleVersion;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.domain.Text;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One application (办件) for a service item, with the one workflow every item shares. Each method checks
 * that its step is allowed from the current status, refuses it otherwise, and registers the events the step
 * raises; {@link Applications#save} publishes them with the change.
 */
@Table(schema = "services", name = "application")
final class Application extends AbstractAggregateRoot<Application> {

	private static final Set<ApplicationStatus> EDITABLE = EnumSet.of(ApplicationStatus.DRAFT,
			ApplicationStatus.CORRECTION_REQUESTED);

	static final int MAX_OPINION = 2000;

	@Id
	private Long id;

	private String number;

	private String itemCode;

	private long departmentId;

	private long applicantUserId;

	private String applicantName;

	private byte[] applicantIdEnc;

	private byte[] applicantIdIdx;

	private byte[] formEnc;

	private boolean online;

	private ApplicationStatus status;

	private String claimedBy;

	private Instant createdAt;

	private Instant submittedAt;

	private LocalDate acceptedOn;

	private LocalDate deadline;

	private LocalDate pausedOn;

	private int pausedWorkingDays;

	private Instant decidedAt;

	private String decisionReason;

	private String decisionBasis;

	private String decisionOpinion;

	private Integer workingDays;

	private Integer rating;

	private String ratingComment;

	private Instant ratedAt;

	@Version
	private Integer version;

	/** For Spring Data, which sets the fields as stored. */
	Application() {
	}

	/**
	 * A resident's new draft, submitted online.
	 *
	 * @param applicant the applicant's name as registered, and their ID number encrypted and as blind index
	 * @param formEnc the form, encrypted
	 */
	static Application draft(String number, String itemCode, long departmentId, long applicantUserId,
			ProtectedApplicant applicant, byte[] formEnc, Instant now) {
		Application application = new Application();
		application.number = number;
		application.itemCode = itemCode;
		application.departmentId = departmentId;
		application.applicantUserId = applicantUserId;
		application.applicantName = applicant.name();
		application.applicantIdEnc = applicant.idNumberEnc();
		application.applicantIdIdx = applicant.idNumberIdx();
		application.formEnc = formEnc;
		application.online = true;
		application.status = ApplicationStatus.DRAFT;
		application.createdAt = now;
		return application;
	}

	/** The applicant as stored: the name, the ID number encrypted and its blind index. */
	record ProtectedApplicant(String name, byte[] idNumberEnc, byte[] idNumberIdx) {
	}

	/**
	 * The applicant replaces the form of a draft or of an application to correct, as they saw it at
	 * {@code seenVersion}; an application changed since is refused, so that no edit is silently lost.
	 */
	void changeForm(int seenVersion, byte[] newFormEnc) {
		require(EDITABLE, "form-updated");
		if (version == null || version != seenVersion) {
			throw new StaleVersion();
		}
		this.formEnc = newFormEnc;
	}

	/** A material is attached: only while drafting or correcting. The file itself is kept beside the application. */
	void attachMaterial() {
		require(EDITABLE, "material");
	}

	void submit(Instant now) {
		require(EnumSet.of(ApplicationStatus.DRAFT), "submit");
		this.status = ApplicationStatus.SUBMITTED;
		this.submittedAt = now;
		registerEvent(new ApplicationSubmitted(id, number, itemCode, online, submittedAt));
	}

	/** 受理: the promised time limit starts to run from today. */
	void accept(LocalDate today, LocalDate deadline, String clerk) {
		require(EnumSet.of(ApplicationStatus.SUBMITTED), "accept");
		this.status = ApplicationStatus.ACCEPTED;
		this.acceptedOn = today;
		this.deadline = deadline;
		this.claimedBy = clerk;
		registerEvent(new DocumentDue(id));
	}

	void refuseAcceptance(String reason, Instant now) {
		require(EnumSet.of(ApplicationStatus.SUBMITTED), "refuse");
		requireText(reason, "reason");
		this.status = ApplicationStatus.NOT_ACCEPTED;
		this.decisionReason = reason.strip();
		this.decidedAt = now;
		registerEvent(new DocumentDue(id));
	}

	void startReview(String clerk) {
		require(EnumSet.of(ApplicationStatus.ACCEPTED, ApplicationStatus.RESUBMITTED), "review");
		this.status = ApplicationStatus.UNDER_REVIEW;
		this.claimedBy = clerk;
	}

	/** 补正: the clock stops today until the applicant resubmits. */
	void requestCorrection(LocalDate today) {
		require(EnumSet.of(ApplicationStatus.ACCEPTED, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.RESUBMITTED),
				"correction");
		this.status = ApplicationStatus.CORRECTION_REQUESTED;
		this.pausedOn = today;
	}

	/**
	 * The applicant has supplied what was missing: the working days the clock stood still move the deadline, which
	 * stays the promised working days from acceptance on the holiday calendar.
	 */
	void resubmit(LocalDate today, int promisedDays, WorkingDays calendar) {
		require(EnumSet.of(ApplicationStatus.CORRECTION_REQUESTED), "resubmit");
		int paused = Math.max(0, calendar.between(pausedOn, today));
		this.pausedWorkingDays += paused;
		this.pausedOn = null;
		this.deadline = calendar.add(acceptedOn, promisedDays + pausedWorkingDays);
		this.status = ApplicationStatus.RESUBMITTED;
	}

	/** Working days on the holiday calendar, as deadlines count them. */
	interface WorkingDays {

		/** Working days from {@code from} to {@code to}. */
		int between(LocalDate from, LocalDate to);

		/** The day {@code days} working days after {@code from}. */
		LocalDate add(LocalDate from, int days);

	}

	/** 准予办结, with the clerk's opinion (审批意见), if any. */
	void approve(Instant now, int workingDays, String opinion) {
		require(EnumSet.of(ApplicationStatus.UNDER_REVIEW, ApplicationStatus.RESUBMITTED), "approve");
		if (opinion != null && opinion.strip().length() > MAX_OPINION) {
			throw RuleBroken.at("opinion", "services.approve.opinionTooLong", MAX_OPINION);
		}
		this.status = ApplicationStatus.APPROVED;
		this.decisionOpinion = opinion == null || opinion.isBlank() ? null : opinion.strip();
		this.decidedAt = now;
		this.workingDays = workingDays;
		decided();
	}

	void reject(String reason, String basis, Instant now, int workingDays) {
		require(EnumSet.of(ApplicationStatus.UNDER_REVIEW, ApplicationStatus.RESUBMITTED), "reject");
		requireText(reason, "reason");
		requireText(basis, "basis");
		this.status = ApplicationStatus.REJECTED;
		this.decisionReason = reason.strip();
		this.decisionBasis = basis.strip();
		this.decidedAt = now;
		this.workingDays = workingDays;
		decided();
	}

	private void decided() {
		registerEvent(new ApplicationDecided(id, number, itemCode, status == ApplicationStatus.APPROVED,
				applicantUserId, online, workingDays, decidedAt));
		registerEvent(new DocumentDue(id));
	}

	/** The applicant may withdraw until a decision. */
	void withdraw(Instant now) {
		require(ApplicationStatus.OPEN, "withdraw");
		this.status = ApplicationStatus.WITHDRAWN;
		this.decidedAt = now;
	}

	/** 好差评, from 1 非常不满意 to 5 非常满意: once, after a decision; nothing is assumed when nothing is chosen. */
	void rate(Integer level, String comment, Instant now) {
		if (!status.isDecided() && status != ApplicationStatus.NOT_ACCEPTED) {
			throw StepRefused.because("services.rating.notYet");
		}
		if (rating != null) {
			throw StepRefused.because("services.rating.already");
		}
		if (level == null) {
			throw RuleBroken.at("rating", "services.rating.required");
		}
		if (level < 1 || level > 5) {
			throw RuleBroken.at("rating", "services.rating.outOfScale");
		}
		this.rating = level;
		this.ratingComment = comment == null || comment.isBlank() ? null : comment.strip();
		this.ratedAt = now;
	}

	/** A clerk passes the application to a colleague (whom the desk has found in the same department). */
	void handOver(String colleague) {
		require(EnumSet.of(ApplicationStatus.ACCEPTED, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.RESUBMITTED,
				ApplicationStatus.SUBMITTED, ApplicationStatus.CORRECTION_REQUESTED), "hand-over");
		this.claimedBy = colleague;
	}

	private void require(Set<ApplicationStatus> allowed, String step) {
		if (!allowed.contains(status)) {
			throw StepRefused.because("services.refused.step", label(status), Text.of("services.verb." + step));
		}
	}

	private static void requireText(String text, String field) {
		if (text == null || text.isBlank()) {
			throw RuleBroken.at(field, "services.fieldRequired");
		}
	}

	/** The status in words, worded where it is shown. */
	static Text label(ApplicationStatus status) {
		return Text.of("services.status." + status.name());
	}

	long id() {
		return id;
	}

	String number() {
		return number;
	}

	String itemCode() {
		return itemCode;
	}

	long departmentId() {
		return departmentId;
	}

	long applicantUserId() {
		return applicantUserId;
	}

	String applicantName() {
		return applicantName;
	}

	byte[] applicantIdEnc() {
		return applicantIdEnc;
	}

	byte[] formEnc() {
		return formEnc;
	}

	boolean online() {
		return online;
	}

	ApplicationStatus status() {
		return status;
	}

	String claimedBy() {
		return claimedBy;
	}

	Instant submittedAt() {
		return submittedAt;
	}

	LocalDate acceptedOn() {
		return acceptedOn;
	}

	LocalDate deadline() {
		return deadline;
	}

	LocalDate pausedOn() {
		return pausedOn;
	}

	int pausedWorkingDays() {
		return pausedWorkingDays;
	}

	Instant decidedAt() {
		return decidedAt;
	}

	String decisionReason() {
		return decisionReason;
	}

	String decisionBasis() {
		return decisionBasis;
	}

	String decisionOpinion() {
		return decisionOpinion;
	}

	Integer workingDays() {
		return workingDays;
	}

	Integer rating() {
		return rating;
	}

	String ratingComment() {
		return ratingComment;
	}

	/** The version as stored; a new application has none yet. */
	int version() {
		return version == null ? 0 : version;
	}

}
