package org.chengxiang.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.training.ClaimChecks.CheckedClaim;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A provider's subsidy claim (补贴申领) for one closed class, stored by {@link Claims}: one line per trainee as the
 * rules left it, and the rules it was checked by, frozen at submission and never changed. The human resources bureau
 * reviews it (cutting lines with a reason), the finance bureau approves it, its disbursement batch pays it; either
 * bureau may return it with a reason before approval. Every step checks the status here and registers its event.
 */
@Table(schema = "training", name = "claim")
final class Claim extends AbstractAggregateRoot<Claim> {

	/** The longest reason a cut or a return takes. */
	static final int MAX_REASON = 200;

	@Id
	private Long id;

	private String number;

	private long classId;

	private long providerId;

	private ClaimStatus status;

	private Instant submittedAt;

	private String submittedBy;

	private Instant reviewedAt;

	private String reviewedBy;

	private Instant decidedAt;

	private String decidedBy;

	private String returnedReason;

	private int ruleYear;

	private int yearlyCap;

	private BigDecimal attendanceShare;

	private BigDecimal standardAmount;

	private int minHours;

	@Version
	private Integer version;

	@MappedCollection(idColumn = "claim_id")
	private Set<ClaimLine> lines = new HashSet<>();

	Claim() {
		// for Spring Data
	}

	/**
	 * A claim for a class, with the lines and the rules of its check.
	 *
	 * @param classClosed whether the class is closed with its results recorded
	 * @param openClaim whether the class has a claim not returned
	 */
	static Claim submit(String number, long providerId, boolean classClosed, boolean openClaim, CheckedClaim checked,
			Instant at, String by) {
		if (!classClosed) {
			throw StepRefused.because("training.claim.refused.notClosed");
		}
		if (openClaim) {
			throw StepRefused.because("training.claim.refused.open");
		}
		if (checked.lines().isEmpty()) {
			throw StepRefused.because("training.claim.refused.noRoster");
		}
		Claim claim = new Claim();
		claim.number = number;
		claim.classId = checked.classId();
		claim.providerId = providerId;
		claim.status = ClaimStatus.SUBMITTED;
		claim.submittedAt = at;
		claim.submittedBy = by;
		FrozenRules rules = checked.rules();
		claim.ruleYear = rules.year();
		claim.yearlyCap = rules.yearlyCap();
		claim.attendanceShare = rules.attendanceShare();
		claim.standardAmount = rules.standardAmount();
		claim.minHours = rules.minHours();
		checked.lines().forEach(line -> claim.lines.add(ClaimLine.of(line)));
		claim.registerEvent(new ClaimSubmitted(number, claim.classId, providerId, claim.granted()));
		return claim;
	}

	/** 核减: the bureau's reviewer cuts a granted line of a submitted claim, with a reason; its amount becomes 0. */
	ClaimLine cut(long lineId, String reason, String by) {
		require(EnumSet.of(ClaimStatus.SUBMITTED), "cut");
		String why = reason(reason);
		ClaimLine line = lines.stream()
			.filter(l -> l.id() != null && l.id() == lineId)
			.findFirst()
			.orElseThrow(() -> RuleBroken.at("lineId", "training.claim.line.unknown"));
		if (!line.granted()) {
			throw StepRefused.because("training.claim.refused.cutNotGranted");
		}
		line.cut(why, by);
		return line;
	}

	/** 审核: the human resources bureau has reviewed the lines; the claim goes to the finance bureau. */
	void review(Instant at, String by) {
		require(EnumSet.of(ClaimStatus.SUBMITTED), "review");
		status = ClaimStatus.REVIEWED;
		reviewedAt = at;
		reviewedBy = by;
		registerEvent(new ClaimReviewed(number, granted()));
	}

	/** 审批: the finance bureau approves the reviewed claim for payment. */
	void approve(Instant at, String by) {
		require(EnumSet.of(ClaimStatus.REVIEWED), "approve");
		status = ClaimStatus.APPROVED;
		decidedAt = at;
		decidedBy = by;
		registerEvent(new ClaimApproved(number, providerId, granted()));
	}

	/** 退回: back to the provider with a reason, before approval; its lines no longer hold their trainees. */
	void returnToProvider(String reason, Instant at, String by) {
		require(EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.REVIEWED), "return");
		returnedReason = reason(reason);
		status = ClaimStatus.RETURNED;
		decidedAt = at;
		decidedBy = by;
		registerEvent(new ClaimReturned(number, classId));
	}

	/** Its disbursement batch was confirmed. */
	void markPaid() {
		require(EnumSet.of(ClaimStatus.APPROVED), "pay");
		status = ClaimStatus.PAID;
		registerEvent(new ClaimPaid(number, providerId, granted()));
	}

	private static String reason(String reason) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw RuleBroken.at("reason", "training.claim.reason.required");
		}
		if (why.length() > MAX_REASON) {
			throw RuleBroken.at("reason", "training.claim.reason.tooLong", MAX_REASON);
		}
		return why;
	}

	private void require(Set<ClaimStatus> allowed, String step) {
		if (!allowed.contains(status)) {
			throw StepRefused.because("training.claim.refused." + step);
		}
	}

	/** The sum of the granted lines. */
	BigDecimal granted() {
		return lines.stream().filter(ClaimLine::granted).map(ClaimLine::amount).reduce(BigDecimal.ZERO,
				BigDecimal::add);
	}

	long count(ClaimLineStatus of) {
		return lines.stream().filter(line -> line.status() == of).count();
	}

	/** The rules it was checked by. */
	FrozenRules rules() {
		return new FrozenRules(ruleYear, yearlyCap, attendanceShare, standardAmount, minHours);
	}

	/** Its lines, in the order they were written. */
	List<ClaimLine> lines() {
		return lines.stream()
			.sorted(Comparator.comparing(ClaimLine::id, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	Long id() {
		return id;
	}

	String number() {
		return number;
	}

	long classId() {
		return classId;
	}

	long providerId() {
		return providerId;
	}

	ClaimStatus status() {
		return status;
	}

	Instant submittedAt() {
		return submittedAt;
	}

	String submittedBy() {
		return submittedBy;
	}

	Instant reviewedAt() {
		return reviewedAt;
	}

	String reviewedBy() {
		return reviewedBy;
	}

	Instant decidedAt() {
		return decidedAt;
	}

	String decidedBy() {
		return decidedBy;
	}

	String returnedReason() {
		return returnedReason;
	}

	Integer version() {
		return version;
	}

}
