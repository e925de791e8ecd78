package org.chengxiang.services;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers the documents of applications (文号): one series per department, kind and year, kept in the database, so
 * that a document's number is given once, when it is issued, and printed the same every time after.
 * <p>
 * A number is the document's official identifier, written the Chinese way whatever the reader's language: its form
 * and the word of each series come from the messages in Chinese ({@code services.document.number},
 * {@code services.document.series.*}), and it is stored as issued.
 */
@Component
class DocumentNumbers {

	/** The language document numbers are issued in. */
	private static final Locale OFFICIAL = Locale.SIMPLIFIED_CHINESE;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	DocumentNumbers(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/** The number of an application's document of this kind, if it was issued. */
	@Transactional(readOnly = true)
	Optional<Issued> find(long applicationId, DocumentKind kind) {
		return jdbc.sql("""
				select number, issued_on, promised_days, due_on from services.document
				where application_id = :a and kind = :k
				""")
			.param("a", applicationId)
			.param("k", kind.name())
			.query((rs, n) -> new Issued(rs.getString(1), rs.getObject(2, LocalDate.class),
					(Integer) rs.getObject(3), rs.getObject(4, LocalDate.class)))
			.optional();
	}

	/**
	 * Issues the document, or answers the one issued before: the next number of the department's series of this
	 * kind in the year of issue, e.g. 公安局受字〔2026〕第000123号. The counter row is locked until the transaction
	 * ends, so numbers of one series follow each other without gaps in the order documents are issued.
	 * @param prefix the department's short name, at the head of the number
	 * @param promisedDays for a receipt, the working days promised at acceptance; otherwise {@code null}
	 * @param dueOn for a receipt, the deadline promised at acceptance; otherwise {@code null}
	 */
	@Transactional
	Issued issue(long applicationId, DocumentKind kind, long departmentId, String prefix, LocalDate issuedOn,
			Integer promisedDays, LocalDate dueOn) {
		Optional<Issued> issued = find(applicationId, kind);
		if (issued.isPresent()) {
			return issued.get();
		}
		// the application row first: two requests issuing the same document wait here, the second finds the first's
		jdbc.sql("select id from services.application where id = :a for update").param("a", applicationId).query(Long.class).single();
		issued = find(applicationId, kind);
		if (issued.isPresent()) {
			return issued.get();
		}
		int year = issuedOn.getYear();
		int serial = jdbc.sql("""
				insert into services.document_counter (department_id, kind, year, last) values (:d, :k, :y, 1)
				on conflict (department_id, kind, year) do update set last = services.document_counter.last + 1
				returning last
				""").param("d", departmentId).param("k", kind.name()).param("y", year).query(Integer.class).single();
		String number = messages.getMessage("services.document.number", new Object[] { prefix,
				messages.getMessage(kind.seriesKey(), null, OFFICIAL), String.valueOf(year), "%06d".formatted(serial) },
				OFFICIAL);
		jdbc.sql("""
				insert into services.document (application_id, kind, department_id, year, serial, number, issued_on,
				    promised_days, due_on)
				values (:a, :k, :d, :y, :s, :n, :on, :promised, :due)
				""")
			.param("a", applicationId)
			.param("k", kind.name())
			.param("d", departmentId)
			.param("y", year)
			.param("s", serial)
			.param("n", number)
			.param("on", issuedOn)
			.param("promised", promisedDays)
			.param("due", dueOn)
			.update();
		return new Issued(number, issuedOn, promisedDays, dueOn);
	}

	/** A document's number, the day it was issued and, for a receipt, the time limit it promised. */
	record Issued(String number, LocalDate issuedOn, Integer promisedDays, LocalDate dueOn) {
	}

}
