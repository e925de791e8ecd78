package org.chengxiang.bench;

import java.security.Principal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

import org.chengxiang.platform.crypto.PersonalDataProtector;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * The floor of a submission on this web stack: bare JDBC's two transactions (the same SQL as the benchmark's
 * {@code JdbcSubmitter}) behind two requests that take the platform's way in, a resident's session with its
 * CSRF token, Spring Security's filters, Spring MVC and Jackson, and answer as briefly as {@code Prefer:
 * return=minimal} does. Nothing of the platform's own work (checks, numbers, audit, notification, events) is
 * done, so no implementation on this stack can submit faster than this: it bounds what the throughput target
 * can reach on the machine the benchmark runs on. Registered by the services benchmark only.
 */
@TestConfiguration(proxyBeanMethods = false)
class ServicesWebFloor {

	static final String DRAFT = "/bench/floor/applications";

	static final String DIRECT = "/bench/floor/submissions";

	static String submission(long id) {
		return DRAFT + "/" + id + "/submission";
	}

	/** As brief as the platform's minimal answer. */
	record Minimal(long id, String number, String status) {
	}

	@RestController
	@TestComponent // registered as a member of this configuration, which only the benchmark imports
	static class FloorApi {

		private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

		private static final AtomicLong SEQUENCE = new AtomicLong(8_000_000);

		private final JdbcClient jdbc;

		private final TransactionTemplate transactions;

		private final PersonalDataProtector protector;

		FloorApi(JdbcClient jdbc, TransactionTemplate transactions, PersonalDataProtector protector) {
			this.jdbc = jdbc;
			this.transactions = transactions;
			this.protector = protector;
		}

		@PostMapping(DRAFT)
		@ResponseStatus(HttpStatus.CREATED)
		Minimal draft(@RequestBody JsonNode body, Principal principal) {
			return transactions.execute(status -> insertDraft(body, principal, 0));
		}

		@PostMapping(DRAFT + "/{id}/submission")
		Minimal submit(@PathVariable long id, Principal principal) {
			return transactions.execute(status -> markSubmitted(id, principal, 0));
		}

		/** Draft and submission in one request and one transaction: the same rows. */
		@PostMapping(DIRECT)
		@ResponseStatus(HttpStatus.CREATED)
		Minimal direct(@RequestBody JsonNode body, Principal principal) {
			return transactions.execute(status -> {
				long id = insertDraft(body, principal, DIRECT_PEOPLE).id();
				return markSubmitted(id, principal, DIRECT_PEOPLE);
			});
		}

		/** The one-request run's people, apart from the two-request run's: their applications are new ones. */
		private static final long DIRECT_PEOPLE = 1_000_000;

		private static long user(Principal principal, long offset) {
			// people of their own, apart from the residents' and bare JDBC's
			return 3_000_000_000L + offset + Math.floorMod(principal.getName().hashCode(), 1_000_000);
		}

		private Minimal insertDraft(JsonNode body, Principal principal, long offset) {
			long user = user(principal, offset);
			String idNumber = IdNumbers.of(18_500_000 + (int) (user % 1_000_000));
			String number = ApplicationLoader.COUNTY + "-" + LocalDate.now(CITY).format(DateTimeFormatter.BASIC_ISO_DATE)
					+ "-" + SEQUENCE.incrementAndGet();
			Timestamp now = Timestamp.from(Instant.now());
			long created = jdbc.sql("""
					insert into services.application (number, item_code, department_id, applicant_user_id, applicant_name,
					    applicant_id_enc, applicant_id_idx, form_enc, online, status, created_at)
					select :number, code, department_id, :user, :name, :idEnc, :idIdx, :form, true, 'DRAFT', :now
					from services.item where code = :item
					returning id
					""")
				.param("number", number)
				.param("user", user)
				.param("name", principal.getName())
				.param("idEnc", protector.encrypt(idNumber))
				.param("idIdx", protector.blindIndex(idNumber))
				.param("form", protector.encrypt(body.get("form").toString()))
				.param("now", now)
				.param("item", body.get("itemCode").asString())
				.query(Long.class)
				.single();
			step(created, now, user, "draft", null, "DRAFT");
			return new Minimal(created, number, "DRAFT");
		}

		private Minimal markSubmitted(long id, Principal principal, long offset) {
			long user = user(principal, offset);
			Timestamp now = Timestamp.from(Instant.now());
			int changed = jdbc.sql("""
					update services.application set status = 'SUBMITTED', submitted_at = :now, version = version + 1
					where id = :id and version = 0 and applicant_user_id = :user
					""").param("now", now).param("id", id).param("user", user).update();
			if (changed != 1) {
				throw new IllegalStateException("application " + id + " is not this person's draft");
			}
			step(id, now, user, "submit", "DRAFT", "SUBMITTED");
			return new Minimal(id, null, "SUBMITTED");
		}

		private void step(long id, Timestamp at, long user, String action, String from, String to) {
			jdbc.sql("""
					insert into services.application_step (application_id, at, actor, action, from_status, to_status, note)
					values (:id, :at, :actor, :action, :from, :to, null)
					""")
				.param("id", id)
				.param("at", at)
				.param("actor", "bench" + user)
				.param("action", action)
				.param("from", from)
				.param("to", to)
				.update();
		}

	}

}
