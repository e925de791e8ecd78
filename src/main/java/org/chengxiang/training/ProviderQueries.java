package org.chengxiang.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.chengxiang.directory.Directory;
import org.chengxiang.directory.PersonName;
import org.chengxiang.platform.crypto.Masking;
import org.chengxiang.platform.crypto.PersonalDataProtector;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The providers as the bureaus' pages and the API list them, and one provider with its staff. */
@Service
@Transactional(readOnly = true)
class ProviderQueries {

	private static final String COLUMNS = """
			select id, name, credit_code, kind, licence_number, above_scale, many_migrants, approved_on, status,
			       department_id, contact_name, contact_phone_enc, version
			from training.provider
			""";

	private final JdbcClient jdbc;

	private final PersonalDataProtector protector;

	private final Directory directory;

	ProviderQueries(JdbcClient jdbc, PersonalDataProtector protector, Directory directory) {
		this.jdbc = jdbc;
		this.protector = protector;
		this.directory = directory;
	}

	/**
	 * One page of providers, newest first, that match the filter.
	 *
	 * @param text part of the name or the credit code, or {@code null}
	 */
	List<ProviderRow> page(ProviderKind kind, ProviderStatus status, String text, Long beforeId, int limit) {
		String like = text == null || text.isBlank() ? null
				: "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc.sql(COLUMNS + """
				where (cast(:kind as varchar) is null or kind = :kind)
				  and (cast(:status as varchar) is null or status = :status)
				  and (cast(:like as varchar) is null or name like :like or credit_code like upper(:like))
				  and (cast(:before as bigint) is null or id < :before)
				order by id desc limit :limit
				""")
			.param("kind", kind == null ? null : kind.name())
			.param("status", status == null ? null : status.name())
			.param("like", like)
			.param("before", beforeId)
			.param("limit", limit)
			.query((rs, n) -> row(rs))
			.list();
	}

	Optional<ProviderRow> find(long id) {
		return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query((rs, n) -> row(rs)).optional();
	}

	/** The enabled staff of the provider's directory body, whom an administrator creates on the users page. */
	List<PersonName> staff(ProviderRow provider) {
		return directory.staffOf(provider.departmentId());
	}

	private ProviderRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
		String phone = protector.decrypt(rs.getBytes("contact_phone_enc"));
		return new ProviderRow(rs.getLong("id"), rs.getString("name"), rs.getString("credit_code"),
				ProviderKind.valueOf(rs.getString("kind")), rs.getString("licence_number"), rs.getBoolean("above_scale"),
				rs.getBoolean("many_migrants"), rs.getObject("approved_on", LocalDate.class),
				ProviderStatus.valueOf(rs.getString("status")), rs.getLong("department_id"), rs.getString("contact_name"),
				Masking.phone(phone), rs.getInt("version"));
	}

	/**
	 * A provider as listed.
	 *
	 * @param contactPhone the contact's phone, masked
	 * @param departmentId its directory body, whose staff file its classes
	 */
	record ProviderRow(long id, String name, String creditCode, ProviderKind kind, String licenceNumber,
			boolean aboveScale, boolean manyMigrants, LocalDate approvedOn, ProviderStatus status, long departmentId,
			String contactName, String contactPhone, int version) {
	}

}
