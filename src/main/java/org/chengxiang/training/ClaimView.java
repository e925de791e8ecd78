package org.chengxiang.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;


/**
 * One claim as its page and the API show it: the class, the rules frozen into it, every line with what the rules or
 * the reviewer made of it, and the totals.
 */
record ClaimView(long id, String number, ClaimStatus status, long classId, String className, String providerName,
		String occupationCode, String occupationName, SkillLevel level, TrainingType trainingType, int classHours,
		int capacity, LocalDate startsOn, LocalDate endsOn, Instant submittedAt, String submittedBy,
		Instant reviewedAt, String reviewedBy, Instant decidedAt, String decidedBy, String returnedReason,
		FrozenRules rules, BigDecimal granted, long grantedLines, long refusedLines, long cutLines, int version,
		List<Line> lines) {

	ClaimView {
		lines = List.copyOf(lines);
	}

	String statusKey() {
		return status.messageKey();
	}

	/**
	 * A trainee's line.
	 *
	 * @param id the line
	 * @param seat the seat on the roster
	 * @param name the trainee's name
	 * @param idNumber the ID number, masked
	 * @param attendancePercent attended hours as a whole percentage of the class's session hours
	 * @param examResult PASSED, FAILED or null when none was recorded
	 * @param certificateNumber the certificate, if any
	 * @param status granted, refused or cut
	 * @param amount yuan
	 * @param refusedBy the rules that refused it
	 * @param reasons what each refusing rule said, worded for the reader
	 * @param cutReason why the reviewer cut it
	 */
	record Line(long id, int seat, String name, String idNumber, int attendancePercent, String examResult,
			String certificateNumber, ClaimLineStatus status, BigDecimal amount, List<ClaimRule> refusedBy,
			List<String> reasons, String cutReason) {

		String statusKey() {
			return status.messageKey();
		}

	}

}
