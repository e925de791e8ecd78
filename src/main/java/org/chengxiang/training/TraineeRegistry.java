package org.chengxiang.training;

import org.chengxiang.platform.crypto.PersonKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The trainees, one per person key, kept across classes: a person put on a second roster is the same trainee, with
 * the name, phone and hukou of the latest roster.
 */
@Component
class TraineeRegistry {

	private final JdbcClient jdbc;

	TraineeRegistry(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The trainee of the person, entered or brought up to date.
	 *
	 * @param idNumberEnc the ID number, SM4-encrypted
	 * @param phoneEnc the phone, encrypted, or {@code null} to keep the one known
	 */
	long enter(PersonKey person, byte[] idNumberEnc, String name, byte[] phoneEnc, TraineeHukou hukou) {
		return jdbc.sql("""
				insert into training.trainee (person_key, id_number_enc, name, phone_enc, hukou_kind)
				values (:key, :id, :name, :phone, :hukou)
				on conflict (person_key) do update set name = excluded.name, hukou_kind = excluded.hukou_kind,
					phone_enc = coalesce(excluded.phone_enc, training.trainee.phone_enc),
					version = training.trainee.version + 1
				returning id
				""")
			.param("key", person.bytes())
			.param("id", idNumberEnc)
			.param("name", name)
			.param("phone", phoneEnc)
			.param("hukou", hukou.name())
			.query(Long.class)
			.single();
	}

}
