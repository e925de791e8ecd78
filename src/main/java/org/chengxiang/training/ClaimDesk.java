package org.chengxiang.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.crypto.PersonKey;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.training.ClaimChecks.CheckedClaim;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A provider claims the subsidy for its closed class: the roster checked against the rules in force, the claim and
 * its lines saved with the rules frozen into it, and each granted line recorded in {@code training.subsidised}, whose
 * key (person, occupation, level) makes a second payment impossible even when two claims race. A claim whose every
 * line is refused is saved all the same: the provider sees why.
 */
@Service
class ClaimDesk {

	private final JdbcClient jdbc;

	private final ClaimChecks checks;

	private final Claims claims;

	private final ClaimNumbers numbers;

	private final ProviderScope scope;

	private final AuditTrail audit;

	private final Clock clock;

	ClaimDesk(JdbcClient jdbc, ClaimChecks checks, Claims claims, ClaimNumbers numbers, ProviderScope scope,
			AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.checks = checks;
		this.claims = claims;
		this.numbers = numbers;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Claims for the class; the new claim's id.
	 *
	 * @throws NoSuchRecord when the class is not the user's provider's
	 * @throws StepRefused when the class is not closed, already claimed, or a trainee was granted meanwhile
	 */
	@Transactional
	long submit(long classId, CurrentUser user) {
		long provider = scope.providerOf(user).orElseThrow(() -> new NoSuchRecord("provider of " + user.getUsername()));
		// the class's row locked: two claims for one class wait for each other
		ClassOnFile on = jdbc.sql("select provider_id, status from training.training_class where id = :id for update")
			.param("id", classId)
			.query((rs, n) -> new ClassOnFile(rs.getLong(1), rs.getString(2)))
			.optional()
			.filter(c -> c.providerId() == provider)
			.orElseThrow(() -> new NoSuchRecord("training class " + classId + " of provider " + provider));
		boolean open = jdbc.sql("select exists (select 1 from training.claim where class_id = :id and status <> 'RETURNED')")
			.param("id", classId)
			.query(Boolean.class)
			.single();
		// the trainees' rows locked in one order: claims of other classes sharing trainees wait, then see their grants
		jdbc.sql("""
				select t.id from training.trainee t
				where t.id in (select e.trainee_id from training.enrolment e where e.class_id = :id)
				order by t.id for update
				""").param("id", classId).query(Long.class).list();
		CheckedClaim checked = checks.check(classId);
		LocalDate today = LocalDate.now(clock);
		Claim claim = Claim.submit(numbers.next(today.getYear()), provider, "CLOSED".equals(on.status()), open, checked,
				clock.instant(), user.getUsername());
		try {
			claim = claims.save(claim);
			hold(claim, checked);
		}
		catch (DuplicateKeyException ex) {
			throw StepRefused.because("training.claim.refused.concurrent");
		}
		audit.record(AuditEvent.of("training.claim.submitted", "TrainingClaim", claim.number(), null,
				claim.status().name()));
		return claim.id();
	}

	/** A {@code training.subsidised} row per granted line, in one statement. */
	private void hold(Claim claim, CheckedClaim checked) {
		Map<Long, PersonKey> people = new HashMap<>();
		checked.lines().forEach(line -> people.put(line.enrolmentId(), line.person()));
		List<ClaimLine> granted = claim.lines().stream().filter(ClaimLine::granted).toList();
		if (granted.isEmpty()) {
			return;
		}
		byte[][] keys = granted.stream().map(line -> people.get(line.enrolmentId()).bytes()).toArray(byte[][]::new);
		Long[] lineIds = granted.stream().map(ClaimLine::id).toArray(Long[]::new);
		jdbc.sql("""
				insert into training.subsidised (person_key, occupation_code, level, year, claim_line_id)
				select u.key, c.occupation_code, c.level, :year, u.line
				from unnest(cast(:keys as bytea[]), cast(:lines as bigint[])) u (key, line)
				cross join training.training_class c where c.id = :class
				""")
			.param("keys", keys)
			.param("lines", lineIds)
			.param("year", claim.rules().year())
			.param("class", claim.classId())
			.update();
	}

	private record ClassOnFile(long providerId, String status) {
	}

}
