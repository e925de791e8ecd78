package org.chengxiang.plan;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The commands departments and the supervision office give on assignments, validated at the edge.
 */
final class Commands {

	private Commands() {
	}

	/** 签收. */
	record Sign(
			@NotBlank(message = "{plan.validation.leader}") @Size(max = 50) String responsibleLeader,
			@NotBlank(message = "{plan.validation.contact}") @Size(max = 50) String contactPerson,
			@Pattern(regexp = "^$|^[0-9+\\- ]{5,20}$", message = "{plan.validation.phone}") String contactPhone) {
	}

	/** 具体措施 with milestones. */
	record ProposeMeasures(
			@NotBlank(message = "{plan.validation.measures}") @Size(max = 20000) String measures,
			@NotEmpty(message = "{plan.rule.milestoneNeeded}") @Size(max = 50) List<@Valid PlannedMilestone> milestones) {
	}

	/** One milestone of proposed measures. */
	record PlannedMilestone(
			@NotBlank(message = "{plan.validation.milestoneTitle}") @Size(max = 200) String title,
			@NotNull(message = "{plan.validation.dueOn}") LocalDate dueOn) {
	}

	/** The supervision office returns measures or a report with a comment. */
	record Comment(@NotBlank(message = "{plan.validation.comment}") @Size(max = 5000) String comment) {
	}

	/** 延期 request. */
	record RequestExtension(@NotNull(message = "{plan.validation.requestedDueOn}") LocalDate requestedDueOn,
			@NotBlank(message = "{plan.validation.reason}") @Size(max = 5000) String reason) {
	}

	/** A decision on an extension request. */
	record DecideExtension(boolean approve, @Size(max = 5000) String comment) {
	}

	/** Marks a milestone done on a day (today when empty). */
	record MilestoneDone(LocalDate doneOn) {
	}

	/** 完成报告 or 归档说明. */
	record Statement(@NotBlank(message = "{plan.validation.statement}") @Size(max = 20000) String text) {
	}

	/** A monthly progress report. */
	record SubmitReport(
			@NotBlank(message = "{plan.validation.period}") @Pattern(regexp = "^[0-9]{4}-(0[1-9]|1[0-2])$",
					message = "{plan.validation.periodFormat}") String period,
			@NotBlank(message = "{plan.validation.progressText}") @Size(max = 20000) String text,
			@Size(max = 100) String stage,
			@NotNull(message = "{plan.validation.percent}") @Min(value = 0,
					message = "{plan.validation.percentRange}") @Max(value = 100,
							message = "{plan.validation.percentRange}") Integer percent,
			@Size(max = 5000) String problems) {
	}

	/** A supervision notice. */
	record IssueNotice(@NotNull(message = "{plan.validation.level}") NoticeLevel level,
			@NotBlank(message = "{plan.validation.noticeText}") @Size(max = 5000) String text,
			@NotNull(message = "{plan.validation.respondWithin}") @Min(value = 1,
					message = "{plan.validation.respondWithinMin}") @Max(value = 60,
							message = "{plan.validation.respondWithinMax}") Integer respondWithinWorkingDays) {
	}

	/** A department's written response to a notice. */
	record Respond(@NotBlank(message = "{plan.validation.response}") @Size(max = 20000) String response) {
	}

}
