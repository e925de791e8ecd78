package org.chengxiang.training;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.chengxiang.platform.domain.Text;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One roster line of a {@link Claim}: granted with its amount, refused by the rules it names, or cut by the bureau's
 * reviewer with a reason. Changed only through its claim.
 */
@Table(schema = "training", name = "claim_line")
final class ClaimLine {

	@Id
	private Long id;

	private long enrolmentId;

	private ClaimLineStatus status;

	private BigDecimal amount;

	private String refusedRule;

	private String refusedRules;

	private String refusedFigures;

	private String cutReason;

	private String cutBy;

	ClaimLine() {
		// for Spring Data
	}

	static ClaimLine of(CheckedLine checked) {
		ClaimLine line = new ClaimLine();
		line.enrolmentId = checked.enrolmentId();
		line.amount = checked.amount();
		if (checked.granted()) {
			line.status = ClaimLineStatus.GRANTED;
		}
		else {
			line.status = ClaimLineStatus.REFUSED;
			line.refusedRule = checked.refusedBy().get(0).name();
			line.refusedRules = String.join(",", checked.refusedBy().stream().map(Enum::name).toList());
			line.refusedFigures = ClaimReasons.encode(checked.reasons());
		}
		return line;
	}

	void cut(String reason, String by) {
		status = ClaimLineStatus.CUT;
		amount = BigDecimal.ZERO.setScale(2);
		cutReason = reason;
		cutBy = by;
	}

	Long id() {
		return id;
	}

	long enrolmentId() {
		return enrolmentId;
	}

	ClaimLineStatus status() {
		return status;
	}

	BigDecimal amount() {
		return amount;
	}

	boolean granted() {
		return status == ClaimLineStatus.GRANTED;
	}

	/** Every rule that refused it, first the one stored as {@code refused_rule}. */
	List<ClaimRule> refusedBy() {
		return refusedRules == null ? List.of()
				: Arrays.stream(refusedRules.split(",")).map(ClaimRule::valueOf).toList();
	}

	/** What each refusing rule said, with its figures. */
	List<Text> reasons() {
		return ClaimReasons.decode(refusedFigures);
	}

	String cutReason() {
		return cutReason;
	}

	String cutBy() {
		return cutBy;
	}

}
