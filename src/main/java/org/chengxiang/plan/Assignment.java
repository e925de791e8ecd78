package org.chengxiang.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;

/**
 * One department's part in a plan task, with its workflow: signed for, measures proposed and approved,
 * milestones met or extended, completed and archived. Every method checks that the step is allowed now.
 */
final class Assignment {

	private final long id;

	private final long taskId;

	private final String writtenName;

	private final Long departmentId;

	private final UnitRole role;

	private AssignmentStage stage;

	private Instant signedAt;

	private String signedBy;

	private String responsibleLeader;

	private String contactPerson;

	private String contactPhone;

	private String measures;

	private String measuresComment;

	private String completionReport;

	private Instant completedAt;

	private String archiveStatement;

	private Instant archivedAt;

	private final int version;

	private final List<Milestone> milestones;

	Assignment(long id, long taskId, String writtenName, Long departmentId, UnitRole role, AssignmentStage stage,
			Instant signedAt, String signedBy, String responsibleLeader, String contactPerson, String contactPhone,
			String measures, String measuresComment, String completionReport, Instant completedAt,
			String archiveStatement, Instant archivedAt, int version, List<Milestone> milestones) {
		this.id = id;
		this.taskId = taskId;
		this.writtenName = writtenName;
		this.departmentId = departmentId;
		this.role = role;
		this.stage = stage;
		this.signedAt = signedAt;
		this.signedBy = signedBy;
		this.responsibleLeader = responsibleLeader;
		this.contactPerson = contactPerson;
		this.contactPhone = contactPhone;
		this.measures = measures;
		this.measuresComment = measuresComment;
		this.completionReport = completionReport;
		this.completedAt = completedAt;
		this.archiveStatement = archiveStatement;
		this.archivedAt = archivedAt;
		this.version = version;
		this.milestones = new ArrayList<>(milestones);
	}

	/** 签收: the department accepts the assignment and names who answers for it. */
	void sign(String leader, String contact, String phone, String by, Instant now) {
		require(stage == AssignmentStage.ISSUED, "已签收，不能重复签收 / already signed for");
		this.responsibleLeader = leader.strip();
		this.contactPerson = contact.strip();
		this.contactPhone = phone == null ? null : phone.strip();
		this.signedBy = by;
		this.signedAt = now;
		this.stage = AssignmentStage.SIGNED;
	}

	/** Proposes measures (具体措施) and milestones for the supervision office to approve. */
	void proposeMeasures(String text, List<Milestone> planned) {
		require(stage == AssignmentStage.SIGNED, "须先签收，且措施未在审核中 / sign first; measures must not be under review");
		if (planned.isEmpty()) {
			throw new RuleBroken("milestones", "至少填写一个节点 / at least one milestone is needed");
		}
		this.measures = text.strip();
		this.milestones.clear();
		this.milestones.addAll(planned);
		this.measuresComment = null;
		this.stage = AssignmentStage.MEASURES_SUBMITTED;
	}

	void approveMeasures() {
		require(stage == AssignmentStage.MEASURES_SUBMITTED, "没有待审核的措施 / no measures waiting for approval");
		this.stage = AssignmentStage.IN_PROGRESS;
	}

	void returnMeasures(String comment) {
		require(stage == AssignmentStage.MEASURES_SUBMITTED, "没有待审核的措施 / no measures waiting for approval");
		this.measuresComment = comment.strip();
		this.stage = AssignmentStage.SIGNED;
	}

	Milestone markMilestoneDone(long milestoneId, LocalDate on) {
		require(stage == AssignmentStage.IN_PROGRESS, "任务未在推进中 / the assignment is not in progress");
		Milestone milestone = milestone(milestoneId);
		require(milestone.isOpen(), "该节点已完成 / milestone already done");
		milestone.markDone(on);
		return milestone;
	}

	/** Checks that a deadline extension may be asked for this milestone. */
	void checkExtensionRequest(long milestoneId, LocalDate requested) {
		require(stage == AssignmentStage.IN_PROGRESS, "任务未在推进中 / the assignment is not in progress");
		Milestone milestone = milestone(milestoneId);
		require(milestone.isOpen(), "该节点已完成 / milestone already done");
		if (!requested.isAfter(milestone.dueOn())) {
			throw new RuleBroken("requestedDueOn", "延期后的日期须晚于当前期限 / must be later than the current due date");
		}
	}

	Milestone extendMilestone(long milestoneId, LocalDate newDueOn) {
		Milestone milestone = milestone(milestoneId);
		require(milestone.isOpen(), "该节点已完成 / milestone already done");
		milestone.extendTo(newDueOn);
		return milestone;
	}

	/** Closes the assignment with its completion report; every milestone must be done. */
	void complete(String report, Instant now) {
		require(stage == AssignmentStage.IN_PROGRESS, "任务未在推进中 / the assignment is not in progress");
		require(milestones.stream().noneMatch(Milestone::isOpen),
				"还有未完成的节点 / some milestones are still open");
		this.completionReport = report.strip();
		this.completedAt = now;
		this.stage = AssignmentStage.COMPLETED;
	}

	/** 归档: the supervision office files the completed assignment with a statement; it is never deleted. */
	void archive(String statement, Instant now) {
		require(stage == AssignmentStage.COMPLETED, "只有已完成的任务可以归档 / only completed assignments are archived");
		this.archiveStatement = statement.strip();
		this.archivedAt = now;
		this.stage = AssignmentStage.ARCHIVED;
	}

	boolean acceptsReports() {
		return stage == AssignmentStage.IN_PROGRESS;
	}

	AssignmentStatus status(LocalDate today, boolean hasReports) {
		if (stage == AssignmentStage.COMPLETED || stage == AssignmentStage.ARCHIVED) {
			return AssignmentStatus.COMPLETED;
		}
		if (milestones.stream().anyMatch(m -> m.isOverdue(today))) {
			return AssignmentStatus.DELAYED;
		}
		if (stage == AssignmentStage.IN_PROGRESS || hasReports) {
			return AssignmentStatus.IN_PROGRESS;
		}
		return AssignmentStatus.NOT_STARTED;
	}

	Light light(LocalDate today, boolean reportLate) {
		if (stage == AssignmentStage.COMPLETED || stage == AssignmentStage.ARCHIVED) {
			return Light.GREEN;
		}
		if (milestones.stream().anyMatch(m -> m.isOverdue(today))) {
			return Light.RED;
		}
		if (reportLate || milestones.stream().anyMatch(m -> m.isDueWithin(today, 7))) {
			return Light.YELLOW;
		}
		return Light.GREEN;
	}

	Milestone milestone(long milestoneId) {
		return milestones.stream()
			.filter(m -> m.id() != null && m.id() == milestoneId)
			.findFirst()
			.orElseThrow(() -> new RuleBroken("milestoneId", "节点不存在 / no such milestone"));
	}

	Optional<Milestone> nextOpenMilestone() {
		return milestones.stream().filter(Milestone::isOpen).min(java.util.Comparator.comparing(Milestone::dueOn));
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new StepRefused(message);
		}
	}

	long id() {
		return id;
	}

	long taskId() {
		return taskId;
	}

	String writtenName() {
		return writtenName;
	}

	Long departmentId() {
		return departmentId;
	}

	UnitRole role() {
		return role;
	}

	AssignmentStage stage() {
		return stage;
	}

	Instant signedAt() {
		return signedAt;
	}

	String signedBy() {
		return signedBy;
	}

	String responsibleLeader() {
		return responsibleLeader;
	}

	String contactPerson() {
		return contactPerson;
	}

	String contactPhone() {
		return contactPhone;
	}

	String measures() {
		return measures;
	}

	String measuresComment() {
		return measuresComment;
	}

	String completionReport() {
		return completionReport;
	}

	Instant completedAt() {
		return completedAt;
	}

	String archiveStatement() {
		return archiveStatement;
	}

	Instant archivedAt() {
		return archivedAt;
	}

	int version() {
		return version;
	}

	List<Milestone> milestones() {
		return Collections.unmodifiableList(milestones);
	}

}
