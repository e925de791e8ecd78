package org.chengxiang.cityops.cases;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;

/**
 * One city-management case (城管案件) on the standard workflow. Each step checks that it is allowed from the
 * current status and refuses it otherwise; every step counts in {@code stepSeq}, so that an overdue step is
 * escalated once and the next step may be escalated again.
 */
final class Case {

	static final int MAX_INSTRUCTION = 500;

	private final long id;

	private final String number;

	private final String classCode;

	private final long gridCellId;

	private final Instant reportedAt;

	private CaseStatus status;

	private Long departmentId;

	private RejectReason rejectReason;

	private String rejectNote;

	private Long duplicateOfId;

	private Instant filedAt;

	private Instant dispatchedAt;

	private String dispatchInstruction;

	private Instant feedbackAt;

	private Instant closedAt;

	private Instant lastActionAt;

	private Instant dueAt;

	private Instant handlingDueAt;

	private boolean late;

	private int disputes;

	private int reworks;

	private int extensions;

	private Instant extensionUntil;

	private String extensionReason;

	private int stepSeq;

	private final int version;

	Case(long id, String number, String classCode, long gridCellId, Instant reportedAt, CaseStatus status,
			Long departmentId, RejectReason rejectReason, String rejectNote, Long duplicateOfId, Instant filedAt,
			Instant dispatchedAt, Instant feedbackAt, Instant closedAt, Instant lastActionAt, Instant dueAt,
			Instant handlingDueAt, boolean late, int disputes, int reworks, int extensions, Instant extensionUntil,
			String extensionReason, String dispatchInstruction, int stepSeq, int version) {
		this.id = id;
		this.number = number;
		this.classCode = classCode;
		this.gridCellId = gridCellId;
		this.reportedAt = reportedAt;
		this.status = status;
		this.departmentId = departmentId;
		this.rejectReason = rejectReason;
		this.rejectNote = rejectNote;
		this.duplicateOfId = duplicateOfId;
		this.filedAt = filedAt;
		this.dispatchedAt = dispatchedAt;
		this.feedbackAt = feedbackAt;
		this.closedAt = closedAt;
		this.lastActionAt = lastActionAt;
		this.dueAt = dueAt;
		this.handlingDueAt = handlingDueAt;
		this.late = late;
		this.disputes = disputes;
		this.reworks = reworks;
		this.extensions = extensions;
		this.extensionUntil = extensionUntil;
		this.extensionReason = extensionReason;
		this.dispatchInstruction = dispatchInstruction;
		this.stepSeq = stepSeq;
		this.version = version;
	}

	/** 立案: the operator accepts the report as a case; it is to be dispatched by {@code dispatchDue}. */
	void file(Instant now, Instant dispatchDue) {
		require(EnumSet.of(CaseStatus.REPORTED), "立案", "file");
		status = CaseStatus.FILED;
		filedAt = now;
		step(now, dispatchDue);
	}

	/** 不予立案: a duplicate names its original; "other" says why. */
	void reject(RejectReason reason, String note, Long duplicateOf, Instant now) {
		require(EnumSet.of(CaseStatus.REPORTED), "不予立案", "reject");
		if (reason == null) {
			throw new RuleBroken("reason", "请选择不予立案的原因 / choose a reason");
		}
		if (reason == RejectReason.DUPLICATE && duplicateOf == null) {
			throw new RuleBroken("duplicateOf", "重复上报须注明原案件编号 / name the original case");
		}
		if (reason == RejectReason.DUPLICATE && duplicateOf == id) {
			throw new RuleBroken("duplicateOf", "不能与本案件重复 / a case is not its own duplicate");
		}
		if (reason == RejectReason.OTHER && (note == null || note.isBlank())) {
			throw new RuleBroken("note", "请说明不予立案的理由 / say why");
		}
		status = CaseStatus.REJECTED;
		rejectReason = reason;
		rejectNote = note == null || note.isBlank() ? null : note.strip();
		duplicateOfId = reason == RejectReason.DUPLICATE ? duplicateOf : null;
		closedAt = now;
		step(now, null);
	}

	/**
	 * 派遣: to a department, which handles it by {@code handlingDue}, with the operator's instruction (派遣意见) if
	 * any; a re-dispatch replaces the instruction.
	 */
	void dispatch(long department, String instruction, Instant now, Instant handlingDue) {
		require(EnumSet.of(CaseStatus.FILED), "派遣", "dispatch");
		if (instruction != null && instruction.strip().length() > MAX_INSTRUCTION) {
			throw new RuleBroken("instruction",
					"派遣意见不超过 " + MAX_INSTRUCTION + " 字 / at most " + MAX_INSTRUCTION + " characters");
		}
		status = CaseStatus.DISPATCHED;
		departmentId = department;
		dispatchInstruction = instruction == null || instruction.isBlank() ? null : instruction.strip();
		if (dispatchedAt == null) {
			dispatchedAt = now;
		}
		handlingDueAt = handlingDue;
		step(now, handlingDue);
	}

	/** The department says the case is not theirs: back to the operator for re-dispatch (counted). */
	void dispute(String reason, Instant now, Instant redispatchDue) {
		require(EnumSet.of(CaseStatus.DISPATCHED), "退回", "dispute");
		requireText(reason, "reason");
		status = CaseStatus.FILED;
		departmentId = null;
		handlingDueAt = null;
		extensionUntil = null;
		extensionReason = null;
		disputes++;
		step(now, redispatchDue);
	}

	/** 处置: the department starts acting, first or after a failed verification. */
	void start(Instant now) {
		require(EnumSet.of(CaseStatus.DISPATCHED, CaseStatus.REWORK), "开始处置", "start");
		status = CaseStatus.HANDLING;
		step(now, handlingDueAt);
	}

	/** 反馈: the department reports it done; late when past the handling deadline. */
	void feedback(Instant now, Instant verificationDue) {
		require(EnumSet.of(CaseStatus.HANDLING), "反馈", "feed back");
		status = CaseStatus.FEEDBACK;
		feedbackAt = now;
		late = now.isAfter(handlingDueAt);
		extensionUntil = null;
		extensionReason = null;
		step(now, verificationDue);
	}

	/** 核查通过: the grid officer found it done; the operator closes it by {@code closingDue}. */
	void pass(Instant now, Instant closingDue) {
		require(EnumSet.of(CaseStatus.FEEDBACK), "核查", "verify");
		status = CaseStatus.VERIFIED;
		step(now, closingDue);
	}

	/** 返工: not done; back to the department with a new handling deadline (counted). */
	void fail(String note, Instant now, Instant reworkDue) {
		require(EnumSet.of(CaseStatus.FEEDBACK), "核查", "verify");
		requireText(note, "note");
		status = CaseStatus.REWORK;
		reworks++;
		handlingDueAt = reworkDue;
		step(now, reworkDue);
	}

	/** 结案. */
	void close(Instant now) {
		require(EnumSet.of(CaseStatus.VERIFIED), "结案", "close");
		status = CaseStatus.CLOSED;
		closedAt = now;
		step(now, null);
	}

	/** 延期申请: the department asks for a later handling deadline. */
	void requestExtension(Instant until, String reason, Instant now) {
		require(CaseStatus.WITH_DEPARTMENT, "申请延期", "request an extension");
		if (extensionUntil != null) {
			throw new StepRefused("已有待审批的延期申请 / an extension request is pending");
		}
		requireText(reason, "reason");
		if (until == null || !until.isAfter(handlingDueAt) || !until.isAfter(now)) {
			throw new RuleBroken("until", "延期后的期限须晚于现有期限 / the new deadline must be later than the current one");
		}
		extensionUntil = until;
		extensionReason = reason.strip();
		lastActionAt = now;
	}

	/** 延期审批: the operator grants the new deadline (counted) or refuses it. */
	void decideExtension(boolean approved, Instant now) {
		if (extensionUntil == null || !CaseStatus.WITH_DEPARTMENT.contains(status)) {
			throw new StepRefused("没有待审批的延期申请 / no extension request pending");
		}
		if (approved) {
			handlingDueAt = extensionUntil;
			extensions++;
			extensionUntil = null;
			extensionReason = null;
			step(now, handlingDueAt);
		}
		else {
			extensionUntil = null;
			extensionReason = null;
			lastActionAt = now;
		}
	}

	/** Photos of the work are added while handling; of the verification while verifying. */
	void requireAcceptsPhotos(PhotoStage stage) {
		switch (stage) {
			case HANDLING -> require(EnumSet.of(CaseStatus.HANDLING), "上传处置照片", "add handling photos");
			case VERIFICATION -> require(EnumSet.of(CaseStatus.FEEDBACK), "上传核查照片", "add verification photos");
			case REPORT -> require(EnumSet.of(CaseStatus.REPORTED), "上传上报照片", "add report photos");
		}
	}

	private void step(Instant now, Instant due) {
		stepSeq++;
		lastActionAt = now;
		dueAt = due;
	}

	private void require(Set<CaseStatus> allowed, String stepZh, String stepEn) {
		if (!allowed.contains(status)) {
			throw new StepRefused(
					"案件当前状态（" + status.label() + "）不能" + stepZh + " / cannot " + stepEn + " in status " + status);
		}
	}

	private static void requireText(String text, String field) {
		if (text == null || text.isBlank()) {
			throw new RuleBroken(field, "请填写 / required");
		}
	}

	/** Which step a photo documents. */
	enum PhotoStage {

		REPORT, HANDLING, VERIFICATION

	}

	long id() {
		return id;
	}

	String number() {
		return number;
	}

	String classCode() {
		return classCode;
	}

	long gridCellId() {
		return gridCellId;
	}

	Instant reportedAt() {
		return reportedAt;
	}

	CaseStatus status() {
		return status;
	}

	Long departmentId() {
		return departmentId;
	}

	RejectReason rejectReason() {
		return rejectReason;
	}

	String rejectNote() {
		return rejectNote;
	}

	Long duplicateOfId() {
		return duplicateOfId;
	}

	Instant filedAt() {
		return filedAt;
	}

	Instant dispatchedAt() {
		return dispatchedAt;
	}

	Instant feedbackAt() {
		return feedbackAt;
	}

	Instant closedAt() {
		return closedAt;
	}

	Instant lastActionAt() {
		return lastActionAt;
	}

	Instant dueAt() {
		return dueAt;
	}

	Instant handlingDueAt() {
		return handlingDueAt;
	}

	boolean late() {
		return late;
	}

	int disputes() {
		return disputes;
	}

	int reworks() {
		return reworks;
	}

	int extensions() {
		return extensions;
	}

	Instant extensionUntil() {
		return extensionUntil;
	}

	String extensionReason() {
		return extensionReason;
	}

	String dispatchInstruction() {
		return dispatchInstruction;
	}

	int stepSeq() {
		return stepSeq;
	}

	int version() {
		return version;
	}

}
