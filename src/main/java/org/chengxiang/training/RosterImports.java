package org.chengxiang.training;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.chengxiang.platform.crypto.Masking;
import org.chengxiang.platform.crypto.PersonKey;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.domain.Text;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Roster sheets staged until confirmed: each row of the sheet as read, the ID numbers and phones encrypted, the bad
 * rows with their reasons as message keys.
 */
@Component
class RosterImports {

	private final JdbcClient jdbc;

	private final PersonalDataProtector protector;

	RosterImports(JdbcClient jdbc, PersonalDataProtector protector) {
		this.jdbc = jdbc;
		this.protector = protector;
	}

	/** Stages a parsed sheet, superseding the class's earlier pending imports; the import's id. */
	long stage(long classId, String uploadedBy, Instant at, String fileName, int lastSeat, RosterSheet.Parsed parsed) {
		jdbc.sql("update training.roster_import set status = 'DISCARDED', version = version + 1 "
				+ "where class_id = :class and status = 'PENDING'").param("class", classId).update();
		long id = jdbc.sql("""
				insert into training.roster_import (class_id, uploaded_by, uploaded_at, file_name, last_seat, status)
				values (:class, :by, :at, :file, :seat, 'PENDING') returning id
				""").param("class", classId).param("by", uploadedBy).param("at", java.sql.Timestamp.from(at))
			.param("file", fileName).param("seat", lastSeat).query(Long.class).single();
		for (RosterSheet.Good row : parsed.good()) {
			jdbc.sql("""
					insert into training.roster_import_row (import_id, row_number, name, id_number_enc, person_key,
						phone_enc, hukou_kind) values (:import, :row, :name, :id, :key, :phone, :hukou)
					""").param("import", id).param("row", row.row()).param("name", row.name())
				.param("id", protector.encrypt(row.idNumber())).param("key", row.person().bytes())
				.param("phone", protector.encrypt(row.phone())).param("hukou", row.hukou().name()).update();
		}
		for (RosterSheet.Bad row : parsed.bad()) {
			String[] args = Arrays.stream(row.reason().args()).map(String::valueOf).toArray(String[]::new);
			jdbc.sql("""
					insert into training.roster_import_row (import_id, row_number, problem_key, problem_args)
					values (:import, :row, :key, :args)
					""").param("import", id).param("row", row.row()).param("key", row.reason().key())
				.param("args", args).update();
		}
		return id;
	}

	/**
	 * A staged import.
	 *
	 * @param lastSeat the roster's last seat when it was previewed
	 */
	record Staged(long id, long classId, String fileName, int lastSeat, String status) {
	}

	Optional<Staged> find(long importId, long classId) {
		return jdbc.sql("""
				select id, class_id, file_name, last_seat, status from training.roster_import
				where id = :id and class_id = :class
				""").param("id", importId).param("class", classId).query(Staged.class).optional();
	}

	/** A good row, for the roster. */
	record Newcomer(int row, PersonKey person, byte[] idNumberEnc, String name, byte[] phoneEnc, TraineeHukou hukou) {
	}

	List<Newcomer> good(long importId) {
		return jdbc.sql("""
				select row_number, person_key, id_number_enc, name, phone_enc, hukou_kind
				from training.roster_import_row where import_id = :id and problem_key is null order by row_number
				""").param("id", importId).query((rs, n) -> new Newcomer(rs.getInt(1), PersonKey.of(rs.getBytes(2)),
						rs.getBytes(3), rs.getString(4), rs.getBytes(5), TraineeHukou.valueOf(rs.getString(6))))
			.list();
	}

	/** Moves a pending import on; false when it was no longer pending. */
	boolean settle(long importId, String status) {
		return jdbc.sql("update training.roster_import set status = :status, version = version + 1 "
				+ "where id = :id and status = 'PENDING'").param("status", status).param("id", importId).update() == 1;
	}

	/** A good row as previewed, its ID number masked. */
	record GoodRow(int row, String name, String idNumber, TraineeHukou hukou) {
	}

	/** A bad row and its reason. */
	record BadRow(int row, Text reason) {
	}

	/**
	 * An import as its preview shows it.
	 *
	 * @param beyondCapacity how many of the good rows would take seats beyond the filed capacity
	 */
	record Preview(long id, long classId, String fileName, String status, List<GoodRow> good, List<BadRow> bad,
			int beyondCapacity) {

		public int rows() {
			return good.size() + bad.size();
		}

		public boolean pending() {
			return "PENDING".equals(status);
		}

	}

	Preview preview(Staged staged, int capacity) {
		List<GoodRow> good = jdbc.sql("""
				select row_number, name, id_number_enc, hukou_kind from training.roster_import_row
				where import_id = :id and problem_key is null order by row_number
				""").param("id", staged.id()).query((rs, n) -> new GoodRow(rs.getInt(1), rs.getString(2),
						Masking.idNumber(protector.decrypt(rs.getBytes(3))), TraineeHukou.valueOf(rs.getString(4))))
			.list();
		List<BadRow> bad = jdbc.sql("""
				select row_number, problem_key, problem_args from training.roster_import_row
				where import_id = :id and problem_key is not null order by row_number
				""").param("id", staged.id()).query((rs, n) -> new BadRow(rs.getInt(1),
						Text.of(rs.getString(2), (Object[]) strings(rs.getArray(3)))))
			.list();
		int beyond = Math.max(0, staged.lastSeat() + good.size() - capacity) - Math.max(0, staged.lastSeat() - capacity);
		return new Preview(staged.id(), staged.classId(), staged.fileName(), staged.status(), good, bad, beyond);
	}

	private static String[] strings(Array array) throws SQLException {
		return array == null ? new String[0] : (String[]) array.getArray();
	}

}
