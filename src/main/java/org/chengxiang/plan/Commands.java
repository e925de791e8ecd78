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
			@NotBlank(message = "请填写责任领导 / responsible leader is required") @Size(max = 50) String responsibleLeader,
			@NotBlank(message = "请填写责任人 / contact person is required") @Size(max = 50) String contactPerson,
			@Pattern(regexp = "^$|^[0-9+\\- ]{5,20}$", message = "电话格式不正确 / invalid phone") String contactPhone) {
	}

	/** 具体措施 with milestones. */
	record ProposeMeasures(
			@NotBlank(message = "请填写具体措施 / measures are required") @Size(max = 20000) String measures,
			@NotEmpty(message = "至少填写一个节点 / at least one milestone is needed") @Size(max = 50) List<@Valid PlannedMilestone> milestones) {
	}

	/** One milestone of proposed measures. */
	record PlannedMilestone(
			@NotBlank(message = "请填写节点内容 / milestone title is required") @Size(max = 200) String title,
			@NotNull(message = "请填写完成时限 / due date is required") LocalDate dueOn) {
	}

	/** The supervision office returns measures or a report with a comment. */
	record Comment(@NotBlank(message = "请填写意见 / comment is required") @Size(max = 5000) String comment) {
	}

	/** 延期 request. */
	record RequestExtension(@NotNull(message = "请填写延期后的日期 / new date is required") LocalDate requestedDueOn,
			@NotBlank(message = "请说明延期理由 / reason is required") @Size(max = 5000) String reason) {
	}

	/** A decision on an extension request. */
	record DecideExtension(boolean approve, @Size(max = 5000) String comment) {
	}

	/** Marks a milestone done on a day (today when empty). */
	record MilestoneDone(LocalDate doneOn) {
	}

	/** 完成报告 or 归档说明. */
	record Statement(@NotBlank(message = "请填写说明 / statement is required") @Size(max = 20000) String text) {
	}

	/** A monthly progress report. */
	record SubmitReport(
			@NotBlank(message = "请填写报告期 / period is required") @Pattern(regexp = "^[0-9]{4}-(0[1-9]|1[0-2])$",
					message = "报告期格式为 yyyy-MM / period is yyyy-MM") String period,
			@NotBlank(message = "请填写进展情况 / progress text is required") @Size(max = 20000) String text,
			@Size(max = 100) String stage,
			@NotNull(message = "请填写完成比例 / percent is required") @Min(value = 0,
					message = "完成比例在 0 到 100 之间 / 0 to 100") @Max(value = 100,
							message = "完成比例在 0 到 100 之间 / 0 to 100") Integer percent,
			@Size(max = 5000) String problems) {
	}

	/** A supervision notice. */
	record IssueNotice(@NotNull(message = "请选择督办级别 / level is required") NoticeLevel level,
			@NotBlank(message = "请填写督办内容 / text is required") @Size(max = 5000) String text,
			@NotNull(message = "请填写答复时限 / response time is required") @Min(value = 1,
					message = "至少 1 个工作日 / at least 1 working day") @Max(value = 60,
							message = "最多 60 个工作日 / at most 60 working days") Integer respondWithinWorkingDays) {
	}

	/** A department's written response to a notice. */
	record Respond(@NotBlank(message = "请填写答复内容 / response is required") @Size(max = 20000) String response) {
	}

}
