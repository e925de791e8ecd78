package org.chengxiang.residence.schools;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StaleVersion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The year's round: opened, its seed published, then drawn; one method per step. */
@Service
@Transactional
class RoundDesk {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AllocationRounds rounds;

	private final RoundDraw draw;

	private final AuditTrail audit;

	private final Clock clock;

	RoundDesk(AllocationRounds rounds, RoundDraw draw, AuditTrail audit, Clock clock) {
		this.rounds = rounds;
		this.draw = draw;
		this.audit = audit;
		this.clock = clock;
	}

	void open(int year, LocalDate referenceDate, LocalDate cutoffDate) {
		if (rounds.findByYear(year).isPresent()) {
			throw RuleBroken.at("year", "residence.schools.round.exists", String.valueOf(year));
		}
		AllocationRound round = rounds.save(AllocationRound.open(year, referenceDate,
				cutoffDate == null ? AllocationRound.defaultCutoff(year) : cutoffDate));
		audit.record(AuditEvent.of("residence.round.opened", "SchoolRound", round.year(), null,
				referenceDate + " " + round.cutoffDate()));
	}

	/** Publishes a fresh random seed, or the one given (a seed drawn in public, e.g. from a lottery result). */
	String publishSeed(int year, int version, String seed) {
		AllocationRound round = find(year, version);
		String published = seed == null || seed.isBlank() ? HexFormat.of().formatHex(RANDOM.generateSeed(16))
				: seed.strip();
		round.publishSeed(published, clock.instant());
		rounds.save(round);
		audit.record(AuditEvent.of("residence.round.seed-published", "SchoolRound", year, null, published));
		return published;
	}

	/** Draws the round with its published seed; the number of places offered. */
	int draw(int year, int version) {
		AllocationRound round = find(year, version);
		int offers = round.draw(draw::draw, clock.instant());
		rounds.save(round);
		audit.record(AuditEvent.of("residence.round.drawn", "SchoolRound", year, null, offers + " offers"));
		return offers;
	}

	private AllocationRound find(int year, int version) {
		AllocationRound round = rounds.findByYear(year).orElseThrow(() -> new NoSuchRecord("school round " + year));
		if (round.version() != version) {
			throw new StaleVersion();
		}
		return round;
	}

}
