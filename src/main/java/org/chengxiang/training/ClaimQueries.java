package org.chengxiang.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chengxiang.platform.crypto.Masking;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.ReaderTexts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims as the reader may see them: provider staff their own provider's only, the bureaus every one. A claim out of
 * scope is not found.
 */
@Service
@Transactional(readOnly = true)
class ClaimQueries {

	static final int PAGE_SIZE = 20;

	private final JdbcClient jdbc;

	private final Claims claims;

	private final ProviderScope scope;

	private final PersonalDataProtector protector;

	ClaimQueries(JdbcClient jdbc, Claims claims, ProviderScope scope, PersonalDataProtector protector) {
		this.jdbc = jdbc;
		this.claims = claims;
		this.scope = scope;
		this.protector = protector;
	}

	/** A page of claims, newest first, of one status or all. */
	List<ClaimRow> page(CurrentUser user, ClaimStatus status, Long beforeId) {
		return jdbc.sql("""
				select c.id, c.number, c.class_id, k.name, p.name, c.status, c.submitted_at,
					(select count(*) from training.claim_line l where l.claim_id = c.id),
					(select coalesce(sum(l.amount), 0) from training.claim_line l where l.claim_id = c.id)
				from training.claim c
				join training.training_class k on k.id = c.class_id
				join training.provider p on p.id = c.provider_id
				where (cast(:provider as bigint) is null or c.provider_id = :provider)
					and (cast(:status as varchar) is null or c.status = :status)
					and (cast(:before as bigint) is null or c.id < :before)
				order by c.id desc limit :limit
				""")
			.param("provider", scope.filter(user))
			.param("status", status == null ? null : status.name())
			.param("before", beforeId)
			.param("limit", PAGE_SIZE)
			.query((rs, n) -> new ClaimRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
					rs.getString(5), ClaimStatus.valueOf(rs.getString(6)), rs.getObject(7, OffsetDateTime.class).toInstant(),
					rs.getInt(8), rs.getBigDecimal(9)))
			.list();
	}

	/** The claim with its lines, if the reader may see it. */
	ClaimView one(long id, CurrentUser user) {
		Claim claim = claims.findById(id)
			.filter(c -> scope.covers(user, c.providerId()))
			.orElseThrow(() -> new NoSuchRecord("training claim " + id));
		ClassHeader header = jdbc.sql("""
				select k.name, p.name, k.occupation_code, o.name, k.level, k.training_type, k.hours, k.capacity,
					k.starts_on, k.ends_on,
					(select coalesce(sum(s.hours), 0) from training.session s where s.class_id = k.id)
				from training.training_class k
				join training.provider p on p.id = k.provider_id
				join training.occupation o on o.code = k.occupation_code
				where k.id = :class
				""")
			.param("class", claim.classId())
			.query((rs, n) -> new ClassHeader(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					SkillLevel.valueOf(rs.getString(5)), TrainingType.valueOf(rs.getString(6)), rs.getInt(7),
					rs.getInt(8), rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
					rs.getBigDecimal(11)))
			.single();
		Map<Long, Trainee> trainees = new HashMap<>();
		jdbc.sql("""
				select e.id, e.seat, t.name, t.id_number_enc, e.exam_result, e.certificate_number, coalesce(x.hours, 0)
				from training.enrolment e
				join training.trainee t on t.id = e.trainee_id
				left join (select a.enrolment_id, sum(s.hours) hours
					from training.session s join training.attendance a on a.session_id = s.id and a.present
					where s.class_id = :class group by a.enrolment_id) x on x.enrolment_id = e.id
				where e.class_id = :class
				""")
			.param("class", claim.classId())
			.query(rs -> {
				trainees.put(rs.getLong(1), new Trainee(rs.getInt(2), rs.getString(3), rs.getBytes(4), rs.getString(5),
						rs.getString(6), rs.getBigDecimal(7)));
			});
		List<ClaimView.Line> lines = claim.lines().stream().map(line -> {
			Trainee t = trainees.get(line.enrolmentId());
			return new ClaimView.Line(line.id(), t.seat(), t.name(), Masking.idNumber(protector.decrypt(t.idNumberEnc())),
					percent(t.attended(), header.sessionHours()), t.examResult(), t.certificateNumber(), line.status(),
					line.amount(), line.refusedBy(), line.reasons().stream().map(ReaderTexts::of).toList(),
					line.cutReason());
		}).sorted((a, b) -> Integer.compare(a.seat(), b.seat())).toList();
		return new ClaimView(claim.id(), claim.number(), claim.status(), claim.classId(), header.name(),
				header.providerName(), header.occupationCode(), header.occupationName(), header.level(), header.type(),
				header.hours(), header.capacity(), header.startsOn(), header.endsOn(), claim.submittedAt(),
				claim.submittedBy(), claim.reviewedAt(), claim.reviewedBy(), claim.decidedAt(), claim.decidedBy(),
				claim.returnedReason(), claim.rules(), claim.granted(), claim.count(ClaimLineStatus.GRANTED),
				claim.count(ClaimLineStatus.REFUSED), claim.count(ClaimLineStatus.CUT), claim.version(), lines);
	}

	private static int percent(BigDecimal attended, BigDecimal of) {
		return of.signum() == 0 ? 0
				: attended.multiply(BigDecimal.valueOf(100)).divide(of, 0, RoundingMode.DOWN).intValue();
	}

	private record ClassHeader(String name, String providerName, String occupationCode, String occupationName,
			SkillLevel level, TrainingType type, int hours, int capacity, LocalDate startsOn, LocalDate endsOn,
			BigDecimal sessionHours) {
	}

	private record Trainee(int seat, String name, byte[] idNumberEnc, String examResult, String certificateNumber,
			BigDecimal attended) {
	}

}
