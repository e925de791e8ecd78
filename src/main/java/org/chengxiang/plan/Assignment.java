package org.chengxiang.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One department's part in a plan task, with its workflow: signed for, measures proposed and approved,
 * milestones met or extended, completed and archived. Every method checks that the step is allowed now and has
 * what it needs, and registers the step taken; the repository publishes it on save.
 */
@Table(schema = "plan", name = "assignment")
final class Assignment extends AbstractAggregateRoot<Assignment> {

	@Id
	private Long id;

	private long taskId;

	private String writtenName;

	private Long departmentId;

	private UnitRole role;

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

	@Version
	private Integer version;

	@MappedCollection(idColumn = "assignment_id")
	private Set<Milestone> milestones = new HashSet<>();

	private Assignment() {
	}

	/** A task's part issued to a department, or to a name still to be mapped to one ({@code departmentId} null). */
	static Assignment issue(long taskId, String writtenName, Long departmentId, UnitRole role) {
		Assignment assignment = new Assignment();
		assignment.taskId = taskId;
		assignment.writtenName = writtenName;
		assignment.departmentId = departmentId;
		assignment.role = role;
		assignment.stage = AssignmentStage.ISSUED;
		return assignment;
	}

	/** 签收: the department accepts the assignment and names who answers for it. */
	void sign(String leader, String contact, String phone, String by, Instant now) {
		require(stage == AssignmentStage.ISSUED, "plan.refused.alreadySigned");
		this.responsibleLeader = leader.strip();
		this.contactPerson = contact.strip();
		this.contactPhone = phone == null ? null : phone.strip();
		this.signedBy = by;
		this.signedAt = now;
		moveTo(AssignmentStage.SIGNED);
	}

	/**
	 * Proposes measures (具体措施) and milestones for the supervision office to approve; no milestone may be due
	 * before {@code today}.
	 */
	void proposeMeasures(String text, List<Milestone> planned, LocalDate today) {
		require(stage == AssignmentStage.SIGNED, "plan.refused.signFirst");
		if (planned.isEmpty()) {
			throw RuleBroken.at("milestones", "plan.rule.milestoneNeeded");
		}
		for (int i = 0; i < planned.size(); i++) {
			if (planned.get(i).dueOn().isBefore(today)) {
				throw RuleBroken.at("milestones[" + i + "].dueOn", "plan.rule.dueInPast");
			}
		}
		this.measures = text.strip();
		this.milestones.clear();
		this.milestones.addAll(planned);
		this.measuresComment = null;
		moveTo(AssignmentStage.MEASURES_SUBMITTED);
	}

	void approveMeasures() {
		require(stage == AssignmentStage.MEASURES_SUBMITTED, "plan.refused.noMeasuresWaiting");
		moveTo(AssignmentStage.IN_PROGRESS);
	}

	void returnMeasures(String comment) {
		require(stage == AssignmentStage.MEASURES_SUBMITTED, "plan.refused.noMeasuresWaiting");
		this.measuresComment = comment.strip();
		moveTo(AssignmentStage.SIGNED);
	}

	/** A milestone met on {@code on}, which cannot be later than {@code today}. */
	Milestone markMilestoneDone(long milestoneId, LocalDate on, LocalDate today) {
		Milestone milestone = openMilestone(milestoneId);
		if (on.isAfter(today)) {
			throw RuleBroken.at("doneOn", "plan.rule.doneInFuture");
		}
		milestone.markDone(on);
		registerEvent(new AssignmentStepTaken(id(), stage));
		return milestone;
	}

	/** Checks that a deadline extension to {@code requested} may be asked for this milestone now. */
	void checkExtensionRequest(long milestoneId, LocalDate requested) {
		Milestone milestone = openMilestone(milestoneId);
		if (!requested.isAfter(milestone.dueOn())) {
			throw RuleBroken.at("requestedDueOn", "plan.rule.extensionNotLater");
		}
	}

	/** Moves an open milestone's deadline, as an approved extension request says. */
	Milestone extendMilestone(long milestoneId, LocalDate newDueOn) {
		Milestone milestone = openMilestone(milestoneId);
		milestone.extendTo(newDueOn);
		registerEvent(new AssignmentStepTaken(id(), stage));
		return milestone;
	}

	/** Closes the assignment with its completion report; every milestone must be done. */
	void complete(String report, Instant now) {
		require(stage == AssignmentStage.IN_PROGRESS, "plan.refused.notInProgress");
		require(milestones.stream().noneMatch(Milestone::isOpen), "plan.refused.milestonesOpen");
		this.completionReport = report.strip();
		this.completedAt = now;
		moveTo(AssignmentStage.COMPLETED);
	}

	/** 归档: the supervision office files the completed assignment with a statement; it is never deleted. */
	void archive(String statement, Instant now) {
		require(stage == AssignmentStage.COMPLETED, "plan.refused.notCompleted");
		this.archiveStatement = statement.strip();
		this.archivedAt = now;
		moveTo(AssignmentStage.ARCHIVED);
	}

	/** Checks that a progress report for {@code period} may be submitted in {@code thisMonth}. */
	void checkReport(YearMonth period, YearMonth thisMonth) {
		require(acceptsReports(), "plan.refused.reportsNotStarted");
		if (period.isAfter(thisMonth)) {
			throw RuleBroken.at("period", "plan.rule.futurePeriod");
		}
	}

	/** Checks that a supervision notice may be issued: an archived assignment is closed. */
	void checkNotice() {
		require(stage != AssignmentStage.ARCHIVED, "plan.refused.archived");
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
			.orElseThrow(() -> RuleBroken.at("milestoneId", "plan.rule.noSuchMilestone"));
	}

	private Milestone openMilestone(long milestoneId) {
		require(stage == AssignmentStage.IN_PROGRESS, "plan.refused.notInProgress");
		Milestone milestone = milestone(milestoneId);
		require(milestone.isOpen(), "plan.refused.milestoneDone");
		return milestone;
	}

	private void moveTo(AssignmentStage next) {
		this.stage = next;
		registerEvent(new AssignmentStepTaken(id(), next));
	}

	private static void require(boolean condition, String key) {
		if (!condition) {
			throw StepRefused.because(key);
		}
	}

	long id() {
		return id == null ? 0 : id;
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

	/** The version this copy was read at; a save of an older one is refused. */
	int version() {
		return version == null ? 0 : version;
	}

	/** The milestones by due date. */
	List<Milestone> milestones() {
		return milestones.stream()
			.sorted(Comparator.comparing(Milestone::dueOn)
				.thenComparing(m -> m.id() == null ? Long.MAX_VALUE : m.id()))
			.toList();
	}

}
