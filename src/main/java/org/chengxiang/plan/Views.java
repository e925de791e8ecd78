package org.chengxiang.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the plan's API and pages show.
 */
final class Views {

	private Views() {
	}

	/** A task with its assignments (only those visible to the user) and its measured indicators. */
	record TaskView(long id, int seq, String number, String title, String content, String chapterNumber,
			String chapterTitle, AssignmentStatus status, Light light, List<AssignmentRow> assignments,
			List<IndicatorRow> indicators, boolean watched) {
	}

	/** One department's part, as lists show it. */
	record AssignmentRow(long id, long taskId, int taskSeq, String writtenName, Long departmentId, String departmentName,
			UnitRole role, AssignmentStage stage, AssignmentStatus status, Light light, LocalDate nextDueOn,
			Integer lastPercent, int extensions) {
	}

	/** An assignment in full. */
	record AssignmentDetail(AssignmentRow row, int taskSeq, String taskNumber, String taskTitle, String taskContent,
			long planId, String planTitle, String responsibleLeader, String contactPerson, String contactPhone,
			Instant signedAt, String measures, String measuresComment, String completionReport,
			String archiveStatement, List<MilestoneRow> milestones, List<ReportRow> reports,
			List<NoticeRow> notices, List<ExtensionRow> extensions, List<String> reminders) {
	}

	/** A milestone with its original and current dates. */
	record MilestoneRow(long id, String title, LocalDate originalDueOn, LocalDate dueOn, int extensions,
			LocalDate doneOn, boolean overdue) {
	}

	/** A progress report. */
	record ReportRow(long id, String period, LocalDate dueOn, String text, String stage, int percent,
			String problems, String status, String submittedBy, Instant submittedAt, String comment,
			List<AttachmentRow> attachments) {
	}

	/** An attachment's description (the content is downloaded separately). */
	record AttachmentRow(long id, String filename, String contentType, int sizeBytes, String sha256) {
	}

	/** A supervision notice; {@code escalation} when it replaces an unanswered one. */
	record NoticeRow(long id, NoticeLevel level, String text, String issuedBy, Instant issuedAt, LocalDate respondBy,
			String response, String respondedBy, Instant respondedAt, Long escalatedTo, String readBy, Instant readAt,
			boolean escalation) {
	}

	/** A deadline extension request. */
	record ExtensionRow(long id, long milestoneId, String milestoneTitle, LocalDate requestedDueOn, String reason,
			String status, String requestedBy, String decidedBy, String comment) {
	}

	/** A measured indicator next to a task. */
	record IndicatorRow(String key, String name, String unit, Double value, String note) {

		/** The value as people read it: a whole number without decimals, else one decimal; {@code null} when none. */
		public String shownValue() {
			if (value == null) {
				return null;
			}
			if (value == Math.rint(value) && Math.abs(value) < 1e15) {
				return String.valueOf(value.longValue());
			}
			return String.format(java.util.Locale.ROOT, "%.1f", value);
		}

	}

	/** Counts for a dashboard. */
	record Progress(int assignments, int notStarted, int inProgress, int completed, int delayed, int green, int yellow,
			int red) {

		double completionRate() {
			return assignments == 0 ? 0 : (double) completed / assignments;
		}

	}

	/**
	 * A department's standing in a plan, with the yearly assessment score and its place in the ranking. A
	 * department with nothing due and nothing completed yet is not assessed: its score and rank are {@code null}.
	 */
	record DepartmentScore(long departmentId, String departmentName, int assignments, int completed, int overdue,
			int extensions, int reportsDue, int reportsOnTime, int milestonesDue, int milestonesOnTime,
			int notices, Double score, Integer rank) {

		public boolean assessed() {
			return score != null;
		}

	}

}
