package org.chengxiang.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.security.PasswordPolicy;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.web.PersonalText;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents register in two steps. The first checks only the form itself, never whether the name or the ID number
 * is taken, keeps the request and sends a six-digit code to the phone: every well-formed request gets the same
 * answer. The second, with the code, makes the account; if the name or the ID number is taken by then, the refusal
 * says neither which nor whether (a refusal that confirms nothing). A code holds for ten minutes and five tries.
 */
@Service
class ResidentRegistrations {

	static final Duration CODE_VALID_FOR = Duration.ofMinutes(10);

	static final int MAX_CODE_TRIES = 5;

	private final UserAccounts accounts;

	private final UserDirectory users;

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final PersonalDataProtector protector;

	private final ObjectProvider<PhoneCodeSender> senders;

	private final AuditTrail audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ResidentRegistrations(UserAccounts accounts, UserDirectory users, JdbcClient jdbc, PasswordEncoder passwords,
			PersonalDataProtector protector, ObjectProvider<PhoneCodeSender> senders, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.users = users;
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.protector = protector;
		this.senders = senders;
		this.audit = audit;
		this.clock = clock;
	}

	/** Keeps the request and sends the code; answers the token that the confirmation names. */
	@Transactional
	UUID begin(RegisterResident command) {
		if (!command.password().equals(command.confirmPassword())) {
			throw RuleBroken.at("confirmPassword", "directory.registration.passwordsDiffer");
		}
		String username = command.username().strip().toLowerCase();
		PasswordPolicy.refusal(command.password(), username).ifPresent(problem -> {
			throw new RuleBroken("password", problem);
		});
		PhoneCodeSender sender = senders.getIfAvailable();
		if (sender == null) {
			throw StepRefused.because("directory.registration.unavailable");
		}
		Instant now = clock.instant();
		jdbc.sql("delete from directory.pending_registration where expires_at < :now")
			.param("now", Timestamp.from(now))
			.update();
		String idNumber = PersonalDataProtector.normalizeIdNumber(command.idNumber());
		String phone = PersonalDataProtector.normalizePhone(command.phone());
		UUID token = UUID.randomUUID();
		String code = String.format("%06d", random.nextInt(1_000_000));
		jdbc.sql("""
				insert into directory.pending_registration (token, username, display_name, id_number_enc, id_number_idx,
				    phone_enc, phone_idx, password_hash, code_hash, expires_at)
				values (:token, :username, :name, :idEnc, :idIdx, :phoneEnc, :phoneIdx, :hash, :code, :expires)
				""")
			.param("token", token)
			.param("username", username)
			.param("name", PersonalText.realName(command.displayName()))
			.param("idEnc", protector.encrypt(idNumber))
			.param("idIdx", protector.blindIndex(idNumber))
			.param("phoneEnc", protector.encrypt(phone))
			.param("phoneIdx", protector.blindIndex(phone))
			.param("hash", passwords.encode(command.password()))
			.param("code", codeHash(token, code))
			.param("expires", Timestamp.from(now.plus(CODE_VALID_FOR)))
			.update();
		sender.send(phone, code);
		return token;
	}

	/**
	 * Makes the account once the code is right. A wrong code counts against the request (five and it is gone); a
	 * taken name or ID number is refused without saying which. Nothing is rolled back on a refusal: the count of
	 * wrong codes and the used-up request stay.
	 */
	@Transactional(noRollbackFor = RuleBroken.class)
	UserView confirm(UUID token, String code) {
		Instant now = clock.instant();
		Optional<Pending> found = token == null ? Optional.empty() : jdbc.sql("""
				select * from directory.pending_registration where token = :token and expires_at >= :now for update
				""").param("token", token).param("now", Timestamp.from(now)).query((rs, n) -> new Pending(
						rs.getString("username"), rs.getString("display_name"), rs.getBytes("id_number_enc"),
						rs.getBytes("id_number_idx"), rs.getBytes("phone_enc"), rs.getBytes("phone_idx"),
						rs.getString("password_hash"), rs.getBytes("code_hash"), rs.getInt("attempts")))
			.optional();
		if (found.isEmpty()) {
			throw wrongCode();
		}
		Pending pending = found.get();
		if (code == null || !MessageDigest.isEqual(pending.codeHash(), codeHash(token, code.strip()))) {
			if (pending.attempts() + 1 >= MAX_CODE_TRIES) {
				jdbc.sql("delete from directory.pending_registration where token = :token").param("token", token).update();
			}
			else {
				jdbc.sql("update directory.pending_registration set attempts = attempts + 1 where token = :token")
					.param("token", token)
					.update();
			}
			throw wrongCode();
		}
		jdbc.sql("delete from directory.pending_registration where token = :token").param("token", token).update();
		// two confirmations of one name or ID number at once: the second waits here and then finds the first's account
		jdbc.sql("select pg_advisory_xact_lock(1, hashtext(:name))").param("name", pending.username()).query().singleValue();
		jdbc.sql("select pg_advisory_xact_lock(2, hashtext(encode(:index, 'hex')))")
			.param("index", pending.idNumberIndex())
			.query()
			.singleValue();
		if (accounts.existsByUsername(pending.username()) || accounts.existsByIdNumberIndex(pending.idNumberIndex())) {
			throw RuleBroken.at("registration", "directory.registration.notCompleted");
		}
		UserAccount account = accounts.save(UserAccount.resident(pending.username(), pending.passwordHash(),
				pending.displayName(), new UserAccount.Protected(pending.idNumberEnc(), pending.idNumberIndex()),
				new UserAccount.Protected(pending.phoneEnc(), pending.phoneIndex()), now));
		UserView view = users.view(account);
		audit.record(AuditEvent.of("user.registered", "user", account.getId(), null, view));
		return view;
	}

	private static RuleBroken wrongCode() {
		return RuleBroken.at("code", "directory.registration.wrongCode");
	}

	private static byte[] codeHash(UUID token, String code) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(token.toString().getBytes(StandardCharsets.US_ASCII));
			return sha.digest(code.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Pending(String username, String displayName, byte[] idNumberEnc, byte[] idNumberIndex,
			byte[] phoneEnc, byte[] phoneIndex, String passwordHash, byte[] codeHash, int attempts) {
	}

}
