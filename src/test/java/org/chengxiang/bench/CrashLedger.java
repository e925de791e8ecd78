package org.chengxiang.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the crash test's clients sent and what the platform answered, and the check of the database against it after
 * a restart. A write the platform acknowledged (answered 2xx) must be there; a write whose answer never came (the
 * JVM was killed while it ran) may or may not be, but never half.
 */
final class CrashLedger {

	/** The writes the clients make, each identified by what the client knows before the answer comes. */
	enum Kind {
		/** A resident's draft, for an item nobody else applies for: the item's code identifies it. */
		DRAFT,
		/** The draft's one required material, uploaded. */
		MATERIAL,
		/** The application submitted. */
		SUBMISSION,
		/** A grid officer's case report, identified by its description. */
		CASE_REPORT,
		/** A step of a case (filing, dispatch, start, feedback), by case id and the step's action. */
		CASE_STEP,
		/** A gateway's batch of readings, by its number: {@link CrashWorkload#BATCH_DEVICES} × readings each. */
		TELEMETRY_BATCH
	}

	/** One write: its kind, the key that finds it, and for a case step the case. */
	record Write(Kind kind, String key, long caseId) {
	}

	/** After one restart: the counts the crash test prints. */
	record Tally(int acknowledged, int found, int missing, int unanswered, int unansweredCommitted, int halfWritten) {
	}

	final Queue<Write> acknowledged = new ConcurrentLinkedQueue<>();

	final Queue<Write> unanswered = new ConcurrentLinkedQueue<>();

	/** Every batch sent, answered or not: each must be stored whole or not at all. */
	final Queue<String> batches = new ConcurrentLinkedQueue<>();

	void acknowledged(Write write) {
		acknowledged.add(write);
	}

	void unanswered(Write write) {
		unanswered.add(write);
	}

	/** Checks every write recorded so far, in every run, against the database. */
	Tally check(Connection db, Path files, int readingsPerBatch) throws SQLException {
		int found = 0;
		List<Write> acks = List.copyOf(acknowledged);
		for (Write write : acks) {
			if (present(db, files, write, readingsPerBatch)) {
				found++;
			}
		}
		int committed = 0;
		List<Write> open = List.copyOf(unanswered);
		for (Write write : open) {
			if (present(db, files, write, readingsPerBatch)) {
				committed++;
			}
		}
		return new Tally(acks.size(), found, acks.size() - found, open.size(), committed,
				halfWritten(db, files, readingsPerBatch));
	}

	private boolean present(Connection db, Path files, Write write, int readingsPerBatch) throws SQLException {
		return switch (write.kind()) {
			case DRAFT -> count(db, "select count(*) from services.application where item_code = ?", write.key()) == 1;
			case MATERIAL -> materialsStored(db, files, write.key()) == 1;
			case SUBMISSION -> count(db, "select count(*) from services.application where item_code = ? and status <> 'DRAFT'",
					write.key()) == 1;
			case CASE_REPORT -> count(db, "select count(*) from cityops.city_case where description = ?", write.key()) == 1;
			case CASE_STEP -> count(db, "select count(*) from cityops.case_step where case_id = ? and action = ?",
					write.caseId(), write.key()) == 1;
			case TELEMETRY_BATCH -> readings(db, write.key()) == readingsPerBatch;
		};
	}

	/**
	 * Whatever exists only in part: a submitted application without its required material, a material whose file is
	 * missing, a case photo without its file, a case whose status is not the one its last step recorded, a batch of
	 * readings stored in part.
	 */
	private int halfWritten(Connection db, Path files, int readingsPerBatch) throws SQLException {
		int half = (int) count(db, """
				select count(*) from services.application a
				where a.item_code like 'CRASH-%' and a.status <> 'DRAFT'
				and not exists (select 1 from services.application_material m where m.application_id = a.id)
				""");
		half += missingFiles(db, files, "select storage_path from services.application_material m "
				+ "join services.application a on a.id = m.application_id where a.item_code like 'CRASH-%'");
		half += missingFiles(db, files.resolve("cityops"), "select storage_path from cityops.case_photo");
		half += (int) count(db, """
				select count(*) from cityops.city_case c
				where c.description like '崩溃测试%' and c.status <> (select s.to_status from cityops.case_step s
				    where s.case_id = c.id order by s.id desc limit 1)
				""");
		for (String batch : List.copyOf(batches)) {
			long stored = readings(db, batch);
			if (stored != 0 && stored != readingsPerBatch) {
				half++;
			}
		}
		return half;
	}

	private long materialsStored(Connection db, Path files, String item) throws SQLException {
		long rows = count(db, """
				select count(*) from services.application_material m join services.application a on a.id = m.application_id
				where a.item_code = ?
				""", item);
		return rows == 1 && missingFiles(db, files, "select storage_path from services.application_material m "
				+ "join services.application a on a.id = m.application_id where a.item_code = '" + item + "'") == 0 ? 1 : 0;
	}

	private static long readings(Connection db, String batch) throws SQLException {
		String[] range = batch.split("/");
		return count(db, """
				select count(*) from cityops.reading r join cityops.device d on d.id = r.device_id
				where d.code like 'CRASH-D%' and r.ts >= cast(? as timestamptz) and r.ts < cast(? as timestamptz)
				""", range[0], range[1]);
	}

	private static int missingFiles(Connection db, Path root, String sql) throws SQLException {
		int missing = 0;
		try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				Path file = root.resolve(rows.getString(1));
				try {
					if (!Files.isRegularFile(file) || Files.size(file) == 0) {
						missing++;
					}
				}
				catch (java.io.IOException ex) {
					missing++;
				}
			}
		}
		return missing;
	}

	static long count(Connection db, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

}
