package org.chengxiang.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;

/**
 * One application (办件) for a service item, with the one workflow every item shares. Each method checks
 * that its step is allowed from the current status and refuses it otherwise.
 */
final class Application {

	private final long id;

	private final String number;

	private final String itemCode;

	private final long departmentId;

	private final long applicantUserId;

	private final boolean online;

	private ApplicationStatus status;

	private String claimedBy;

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

	private final int version;

	Application(long id, String number, String itemCode, long departmentId, long applicantUserId, boolean online,
			ApplicationStatus status, String claimedBy, Instant submittedAt, LocalDate acceptedOn, LocalDate deadline,
			LocalDate pausedOn, int pausedWorkingDays, Instant decidedAt, String decisionReason, String decisionBasis,
			String decisionOpinion, Integer workingDays, Integer rating, String ratingComment, int version) {
		this.id = id;
		this.number = number;
		this.itemCode = itemCode;
		this.departmentId = departmentId;
		this.applicantUserId = applicantUserId;
		this.online = online;
		this.status = status;
		this.claimedBy = claimedBy;
		this.submittedAt = submittedAt;
		this.acceptedOn = acceptedOn;
		this.deadline = deadline;
		this.pausedOn = pausedOn;
		this.pausedWorkingDays = pausedWorkingDays;
		this.decidedAt = decidedAt;
		this.decisionReason = decisionReason;
		this.decisionBasis = decisionBasis;
		this.decisionOpinion = decisionOpinion;
		this.workingDays = workingDays;
		this.rating = rating;
		this.ratingComment = ratingComment;
		this.version = version;
	}

	void submit(Instant now) {
		require(EnumSet.of(ApplicationStatus.DRAFT), "提交");
		this.status = ApplicationStatus.SUBMITTED;
		this.submittedAt = now;
	}

	/** 受理: the promised time limit starts to run from today. */
	void accept(LocalDate today, LocalDate deadline, String clerk) {
		require(EnumSet.of(ApplicationStatus.SUBMITTED), "受理");
		this.status = ApplicationStatus.ACCEPTED;
		this.acceptedOn = today;
		this.deadline = deadline;
		this.claimedBy = clerk;
	}

	void refuseAcceptance(String reason, Instant now) {
		require(EnumSet.of(ApplicationStatus.SUBMITTED), "不予受理");
		requireText(reason, "reason");
		this.status = ApplicationStatus.NOT_ACCEPTED;
		this.decisionReason = reason.strip();
		this.decidedAt = now;
	}

	void startReview(String clerk) {
		require(EnumSet.of(ApplicationStatus.ACCEPTED, ApplicationStatus.RESUBMITTED), "开始审查");
		this.status = ApplicationStatus.UNDER_REVIEW;
		this.claimedBy = clerk;
	}

	/** 补正: the clock stops today until the applicant resubmits. */
	void requestCorrection(LocalDate today) {
		require(EnumSet.of(ApplicationStatus.ACCEPTED, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.RESUBMITTED),
				"要求补正");
		this.status = ApplicationStatus.CORRECTION_REQUESTED;
		this.pausedOn = today;
	}

	/** The applicant has supplied what was missing; the paused working days move the deadline. */
	void resubmit(int pausedDays, LocalDate newDeadline) {
		require(EnumSet.of(ApplicationStatus.CORRECTION_REQUESTED), "补正提交");
		this.pausedWorkingDays += pausedDays;
		this.pausedOn = null;
		this.deadline = newDeadline;
		this.status = ApplicationStatus.RESUBMITTED;
	}

	/** 准予办结, with the clerk's opinion (审批意见), if any. */
	void approve(Instant now, int workingDays, String opinion) {
		require(EnumSet.of(ApplicationStatus.UNDER_REVIEW, ApplicationStatus.RESUBMITTED), "准予办结");
		this.status = ApplicationStatus.APPROVED;
		this.decisionOpinion = opinion == null || opinion.isBlank() ? null : opinion.strip();
		this.decidedAt = now;
		this.workingDays = workingDays;
	}

	void reject(String reason, String basis, Instant now, int workingDays) {
		require(EnumSet.of(ApplicationStatus.UNDER_REVIEW, ApplicationStatus.RESUBMITTED), "不予许可");
		requireText(reason, "reason");
		requireText(basis, "basis");
		this.status = ApplicationStatus.REJECTED;
		this.decisionReason = reason.strip();
		this.decisionBasis = basis.strip();
		this.decidedAt = now;
		this.workingDays = workingDays;
	}

	/** The applicant may withdraw until a decision. */
	void withdraw(Instant now) {
		require(ApplicationStatus.OPEN, "撤回");
		this.status = ApplicationStatus.WITHDRAWN;
		this.decidedAt = now;
	}

	/** 好差评: once, after a decision. */
	void rate(int level, String comment) {
		if (!status.isDecided() && status != ApplicationStatus.NOT_ACCEPTED) {
			throw new StepRefused("办结后才能评价 / rate after the decision");
		}
		if (rating != null) {
			throw new StepRefused("已评价 / already rated");
		}
		if (level < 1 || level > 5) {
			throw new RuleBroken("rating", "评价为 1–5 级 / rating is 1 to 5");
		}
		this.rating = level;
		this.ratingComment = comment == null ? null : comment.strip();
	}

	void handOver(String clerk) {
		require(EnumSet.of(ApplicationStatus.ACCEPTED, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.RESUBMITTED,
				ApplicationStatus.SUBMITTED, ApplicationStatus.CORRECTION_REQUESTED), "转交");
		this.claimedBy = clerk;
	}

	private void require(Set<ApplicationStatus> allowed, String step) {
		if (!allowed.contains(status)) {
			throw new StepRefused("当前状态（" + label(status) + "）不能" + step + " / cannot " + step + " in status " + status);
		}
	}

	private static void requireText(String text, String field) {
		if (text == null || text.isBlank()) {
			throw new RuleBroken(field, "请填写 / required");
		}
	}

	static String label(ApplicationStatus status) {
		return switch (status) {
			case DRAFT -> "草稿";
			case SUBMITTED -> "已提交";
			case ACCEPTED -> "已受理";
			case NOT_ACCEPTED -> "不予受理";
			case UNDER_REVIEW -> "审查中";
			case CORRECTION_REQUESTED -> "补正中";
			case RESUBMITTED -> "已补正";
			case APPROVED -> "准予办结";
			case REJECTED -> "不予许可";
			case WITHDRAWN -> "已撤回";
		};
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

	int version() {
		return version;
	}

}
