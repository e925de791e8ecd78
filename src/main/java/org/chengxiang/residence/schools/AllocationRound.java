package org.chengxiang.residence.schools;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A year's allocation round: eligibility is judged on its reference date, ages on its cut-off date (31 August unless
 * the bureau sets another), and its lottery seed is published before the draw, so that anyone can check the draw
 * afterwards. Applications are taken while it is open; the draw happens once.
 */
@Table(schema = "residence", name = "school_round")
final class AllocationRound extends AbstractAggregateRoot<AllocationRound> {

	@Id
	private Long id;

	private int year;

	private LocalDate referenceDate;

	private LocalDate cutoffDate;

	private RoundStatus status;

	private String seed;

	private Instant seedPublishedAt;

	private Instant drawnAt;

	@Version
	private Integer version;

	private AllocationRound() {
	}

	static AllocationRound open(int year, LocalDate referenceDate, LocalDate cutoffDate) {
		if (referenceDate.getYear() != year) {
			throw RuleBroken.at("referenceDate", "residence.schools.round.referenceInYear", String.valueOf(year));
		}
		if (cutoffDate.getYear() != year) {
			throw RuleBroken.at("cutoffDate", "residence.schools.round.cutoffInYear", String.valueOf(year));
		}
		AllocationRound round = new AllocationRound();
		round.year = year;
		round.referenceDate = referenceDate;
		round.cutoffDate = cutoffDate;
		round.status = RoundStatus.OPEN;
		return round;
	}

	/** The cut-off date of ages when the bureau sets none: 31 August of the round's year. */
	static LocalDate defaultCutoff(int year) {
		return LocalDate.of(year, 8, 31);
	}

	/** Whether applications are still taken. */
	boolean takesApplications() {
		return status == RoundStatus.OPEN;
	}

	/** The seed made public; no more applications from now on, and the seed never changes. */
	void publishSeed(String seed, Instant at) {
		if (status != RoundStatus.OPEN) {
			throw StepRefused.because("residence.schools.round.seedAlreadyPublished");
		}
		this.seed = seed;
		this.seedPublishedAt = at;
		this.status = RoundStatus.SEED_PUBLISHED;
	}

	/** The draw made once, with the published seed; each place offered is announced. The places offered. */
	int draw(Drawing drawing, Instant at) {
		if (status == RoundStatus.OPEN) {
			throw StepRefused.because("residence.schools.round.seedNotPublished");
		}
		if (status == RoundStatus.DRAWN) {
			throw StepRefused.because("residence.schools.round.alreadyDrawn");
		}
		List<SchoolPlaceAllocated> offers = drawing.draw(year, referenceDate, seed, at);
		this.status = RoundStatus.DRAWN;
		this.drawnAt = at;
		offers.forEach(this::registerEvent);
		return offers.size();
	}

	/** What carries out a draw: every application's outcome written, the places offered answered. */
	interface Drawing {

		List<SchoolPlaceAllocated> draw(int year, LocalDate referenceDate, String seed, Instant at);

	}

	Long id() {
		return id;
	}

	int year() {
		return year;
	}

	LocalDate referenceDate() {
		return referenceDate;
	}

	LocalDate cutoffDate() {
		return cutoffDate;
	}

	RoundStatus status() {
		return status;
	}

	String seed() {
		return seed;
	}

	Instant seedPublishedAt() {
		return seedPublishedAt;
	}

	Instant drawnAt() {
		return drawnAt;
	}

	Integer version() {
		return version;
	}

}
