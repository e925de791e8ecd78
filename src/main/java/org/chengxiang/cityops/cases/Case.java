package org.chengxiang.cityops.cases;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One city-management case (城管案件) on the standard workflow, stored by {@link Cases}. Each step checks that it is
 * allowed from the current status and has what it needs, refuses it otherwise, and registers the event others act
 * on (the notices); every step counts in {@code stepSeq}, so that an overdue step is escalated once and the next step
 * may be escalated again.
 */
@Table(schema = "cityops", name = "city_case")
final class Case extends AbstractAggregateRoot<Case> {

	static final int MAX_INSTRUCTION = 500;

	@Id
	private Long id;

	// what was reported, where and by whom
	private String number;
	private CaseSource source;
	private String classCode;
	private String description;
	private double longitude;
	private double latitude;
	private long gridCellId;
	private String divisionCode;
	private String townshipCode;
	private String reporter;
	private Long reporterUserId;
	private String reporterRole;
	private Instant reportedAt;

	// where it stands, and who has it
	private CaseStatus status;
	private Long departmentId;
	private RejectReason rejectReason;
	private String rejectNote;
	private Long duplicateOfId;

	// when each step was taken, and when the current one is due
	private Instant filedAt;
	private Instant dispatchedAt;
	private String dispatchInstruction;
	private Instant feedbackAt;
	private Instant closedAt;
	private Instant lastActionAt;
	private Instant dueAt;
	private Instant handlingDueAt;

	// counts and the pending extension
	private boolean late;
	private int disputes;
	private int reworks;
	private int extensions;
	private Instant extensionUntil;
	private String extensionReason;
	private int stepSeq;

	@Version
	private Integer version;

	Case() {
		// for Spring Data
	}

	/**
	 * 信息收集: a new report, to be filed or rejected by {@code filingDue}.
	 *
	 * @param number its readable number
	 * @param report what was reported, where and by whom
	 * @param township the township or subdistrict the point lies in, if known
	 * @param filingDue when the operator should have filed or rejected it
	 */
	static Case report(String number, Report report, String township, Instant filingDue) {
		Case c = new Case();
		c.number = number;
		c.source = report.source();
		c.classCode = report.classCode();
		c.description = report.description();
		c.longitude = report.longitude();
		c.latitude = report.latitude();
		c.gridCellId = report.cell().id();
		c.divisionCode = report.cell().divisionCode();
		c.townshipCode = township;
		c.reporter = report.reporter();
		c.reporterUserId = report.reporterUserId();
		c.reporterRole = report.reporterRole();
		c.reportedAt = report.at();
		c.status = CaseStatus.REPORTED;
		c.step(report.at(), filingDue);
		return c;
	}

	/** 立案: the operator accepts the report as a case; it is to be dispatched by {@code dispatchDue}. */
	void file(Instant now, Instant dispatchDue) {
		require(EnumSet.of(CaseStatus.REPORTED), "file");
		status = CaseStatus.FILED;
		filedAt = now;
		step(now, dispatchDue);
	}

	/** 不予立案: a duplicate names its original; "other" says why. */
	void reject(RejectReason reason, String note, Long duplicateOf, Instant now) {
		require(EnumSet.of(CaseStatus.REPORTED), "reject");
		if (reason == null) {
			throw RuleBroken.at("reason", "cityops.case.rule.rejectReason");
		}
		if (reason == RejectReason.DUPLICATE && duplicateOf == null) {
			throw RuleBroken.at("duplicateOf", "cityops.case.rule.duplicateOf");
		}
		if (reason == RejectReason.DUPLICATE && duplicateOf.equals(id)) {
			throw RuleBroken.at("duplicateOf", "cityops.case.rule.duplicateOfItself");
		}
		if (reason == RejectReason.OTHER && (note == null || note.isBlank())) {
			throw RuleBroken.at("note", "cityops.case.rule.rejectNote");
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
	 * any; a re-dispatch replaces the instruction. The department's clerks are told.
	 */
	void dispatch(long department, String instruction, Instant now, Instant handlingDue) {
		require(EnumSet.of(CaseStatus.FILED), "dispatch");
		if (instruction != null && instruction.strip().length() > MAX_INSTRUCTION) {
			throw RuleBroken.at("instruction", "cityops.case.rule.instructionLength", MAX_INSTRUCTION);
		}
		status = CaseStatus.DISPATCHED;
		departmentId = department;
		dispatchInstruction = instruction == null || instruction.isBlank() ? null : instruction.strip();
		if (dispatchedAt == null) {
			dispatchedAt = now;
		}
		handlingDueAt = handlingDue;
		step(now, handlingDue);
		registerEvent(new CaseEvent.Dispatched(id, number, classCode, department, handlingDue, dispatchInstruction));
	}

	/**
	 * The department says the case is not theirs: back to the operator for re-dispatch (counted); the operator is
	 * told.
	 */
	void dispute(String reason, Instant now, Instant redispatchDue) {
		require(EnumSet.of(CaseStatus.DISPATCHED), "dispute");
		requireText(reason, "reason");
		long department = departmentId;
		status = CaseStatus.FILED;
		departmentId = null;
		handlingDueAt = null;
		extensionUntil = null;
		extensionReason = null;
		disputes++;
		step(now, redispatchDue);
		registerEvent(new CaseEvent.Disputed(id, number, department, reason.strip()));
	}

	/** 处置: the department starts acting, first or after a failed verification. */
	void start(Instant now) {
		require(EnumSet.of(CaseStatus.DISPATCHED, CaseStatus.REWORK), "start");
		status = CaseStatus.HANDLING;
		step(now, handlingDueAt);
	}

	/** 反馈: the department reports it done, saying what it did; late when past the handling deadline. */
	void feedback(String note, Instant now, Instant verificationDue) {
		require(EnumSet.of(CaseStatus.HANDLING), "feedback");
		if (note == null || note.isBlank()) {
			throw RuleBroken.at("note", "cityops.case.rule.feedbackNote");
		}
		status = CaseStatus.FEEDBACK;
		feedbackAt = now;
		late = now.isAfter(handlingDueAt);
		extensionUntil = null;
		extensionReason = null;
		step(now, verificationDue);
	}

	/** 核查通过: the grid officer found it done; the operator closes it by {@code closingDue}. */
	void pass(Instant now, Instant closingDue) {
		require(EnumSet.of(CaseStatus.FEEDBACK), "verify");
		status = CaseStatus.VERIFIED;
		step(now, closingDue);
	}

	/** 返工: not done; back to the department with a new handling deadline (counted); the department is told. */
	void fail(String note, Instant now, Instant reworkDue) {
		require(EnumSet.of(CaseStatus.FEEDBACK), "verify");
		requireText(note, "note");
		status = CaseStatus.REWORK;
		reworks++;
		handlingDueAt = reworkDue;
		step(now, reworkDue);
		registerEvent(new CaseEvent.ReworkOrdered(id, number, departmentId, note.strip()));
	}

	/** 结案. */
	void close(Instant now) {
		require(EnumSet.of(CaseStatus.VERIFIED), "close");
		status = CaseStatus.CLOSED;
		closedAt = now;
		step(now, null);
	}

	/** 延期申请: the department asks for a later handling deadline; the operator is told. */
	void requestExtension(Instant until, String reason, Instant now) {
		require(CaseStatus.WITH_DEPARTMENT, "extension");
		if (extensionUntil != null) {
			throw StepRefused.because("cityops.case.refused.extensionPending");
		}
		requireText(reason, "reason");
		if (until == null || !until.isAfter(handlingDueAt) || !until.isAfter(now)) {
			throw RuleBroken.at("until", "cityops.case.rule.untilLater");
		}
		extensionUntil = until;
		extensionReason = reason.strip();
		lastActionAt = now;
		registerEvent(new CaseEvent.ExtensionRequested(id, number, until));
	}

	/** 延期审批: the operator grants the new deadline (counted) or refuses it; the department is told. */
	void decideExtension(boolean approved, String note, Instant now) {
		if (extensionUntil == null || !CaseStatus.WITH_DEPARTMENT.contains(status)) {
			throw StepRefused.because("cityops.case.refused.noExtension");
		}
		Instant until = extensionUntil;
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
		registerEvent(new CaseEvent.ExtensionDecided(id, number, departmentId, approved, until,
				note == null || note.isBlank() ? null : note.strip()));
	}

	/** Photos of the work are added while handling; of the verification while verifying. */
	void requireAcceptsPhotos(PhotoStage stage) {
		switch (stage) {
			case HANDLING -> require(EnumSet.of(CaseStatus.HANDLING), "photos");
			case VERIFICATION -> require(EnumSet.of(CaseStatus.FEEDBACK), "photos");
			case REPORT -> require(EnumSet.of(CaseStatus.REPORTED), "photos");
		}
	}

	private void step(Instant now, Instant due) {
		stepSeq++;
		lastActionAt = now;
		dueAt = due;
	}

	/** Refuses the step unless the case is in one of the statuses; the reason names the status and the step. */
	private void require(Set<CaseStatus> allowed, String step) {
		if (!allowed.contains(status)) {
			throw StepRefused.because("cityops.case.refused." + step, status.text());
		}
	}

	private static void requireText(String text, String field) {
		if (text == null || text.isBlank()) {
			throw RuleBroken.at(field, "cityops.case.rule.required");
		}
	}

	/** Which step a photo documents. */
	enum PhotoStage {

		REPORT, HANDLING, VERIFICATION

	}

	// what the pages, the notices and the tests read
	Long id() { return id; }
	String number() { return number; }
	String classCode() { return classCode; }
	long gridCellId() { return gridCellId; }
	Instant reportedAt() { return reportedAt; }
	CaseStatus status() { return status; }
	Long departmentId() { return departmentId; }
	RejectReason rejectReason() { return rejectReason; }
	String rejectNote() { return rejectNote; }
	Long duplicateOfId() { return duplicateOfId; }
	Instant filedAt() { return filedAt; }
	Instant dispatchedAt() { return dispatchedAt; }
	Instant feedbackAt() { return feedbackAt; }
	Instant closedAt() { return closedAt; }
	Instant lastActionAt() { return lastActionAt; }
	Instant dueAt() { return dueAt; }
	Instant handlingDueAt() { return handlingDueAt; }
	boolean late() { return late; }
	int disputes() { return disputes; }
	int reworks() { return reworks; }
	int extensions() { return extensions; }
	Instant extensionUntil() { return extensionUntil; }
	String extensionReason() { return extensionReason; }
	String dispatchInstruction() { return dispatchInstruction; }
	int stepSeq() { return stepSeq; }
	int version() { return version == null ? 0 : version; }
	CaseSource source() { return source; }
	String description() { return description; }
	double longitude() { return longitude; }
	double latitude() { return latitude; }
	String divisionCode() { return divisionCode; }
	String townshipCode() { return townshipCode; }
	String reporter() { return reporter; }

}
