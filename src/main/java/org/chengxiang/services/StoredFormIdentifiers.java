package org.chengxiang.services;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chengxiang.platform.crypto.PersonalDataProtector;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The data half of migration V10_11: forms stored before it may hold ID numbers as they were typed (padded,
 * full-width, with a lower-case x). On start, each such form is read once, written back with its identifiers
 * normalised (encrypted as before) and indexed, and marked, a batch per transaction; a form changed meanwhile is
 * left for the next start. Forms written since are normalised as they are written.
 */
@Component
class StoredFormIdentifiers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StoredFormIdentifiers.class);

	private static final int BATCH = 200;

	private final JdbcClient jdbc;

	private final PersonalDataProtector protector;

	private final ApplicationIdentifiers identifiers;

	private final TransactionTemplate transactions;

	StoredFormIdentifiers(JdbcClient jdbc, PersonalDataProtector protector, ApplicationIdentifiers identifiers,
			TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.protector = protector;
		this.identifiers = identifiers;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		int converted = 0;
		long after = 0;
		while (true) {
			long from = after;
			long[] batch = transactions.execute(status -> convertBatch(from));
			if (batch == null || batch[0] == 0) {
				break;
			}
			converted += (int) batch[0];
			after = batch[1];
		}
		if (converted > 0) {
			log.info("Normalised and indexed the ID numbers of {} stored application forms", converted);
		}
	}

	/** Converts the next batch of forms after the given id; answers how many and the last id. */
	long[] convertBatch(long afterId) {
		var rows = jdbc.sql("""
				select id, form_enc from services.application where identifiers_indexed = false and id > :after
				order by id limit :size
				""").param("after", afterId).param("size", BATCH).query((rs, n) -> new Object[] { rs.getLong(1), rs.getBytes(2) }).list();
		long last = afterId;
		for (Object[] row : rows) {
			long id = (long) row[0];
			byte[] stored = (byte[]) row[1];
			String form = protector.decrypt(stored);
			String normalised = identifiers.normalised(form);
			int updated = jdbc.sql("""
					update services.application set form_enc = :form, identifiers_indexed = true
					where id = :id and identifiers_indexed = false and form_enc = :stored
					""")
				.param("form", normalised.equals(form) ? stored : protector.encrypt(normalised))
				.param("id", id)
				.param("stored", stored)
				.update();
			if (updated == 1) {
				identifiers.index(id, normalised);
			}
			last = id;
		}
		return new long[] { rows.size(), last };
	}

}
