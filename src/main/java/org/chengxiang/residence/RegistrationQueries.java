package org.chengxiang.residence;

import java.util.List;

import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residence registrations to read: the police department's list, a page at a time, and one registration in the
 * reader's scope (the police department sees every one, a resident their own: another's is not found).
 */
@Service
@Transactional(readOnly = true)
class RegistrationQueries {

	static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	private final ResidenceRegistrations registrations;

	private final ResidencePolice police;

	RegistrationQueries(JdbcClient jdbc, ResidenceRegistrations registrations, ResidencePolice police) {
		this.jdbc = jdbc;
		this.registrations = registrations;
		this.police = police;
	}

	/** The newest registrations first, those before {@code beforeId} when given. */
	List<RegistrationRow> page(Long beforeId) {
		List<Long> ids = jdbc.sql("""
				select id from residence.registration where (cast(:before as bigint) is null or id < :before)
				order by id desc limit :limit
				""")
			.param("before", beforeId)
			.param("limit", PAGE_SIZE)
			.query(Long.class)
			.list();
		return registrations.findAllById(ids)
			.stream()
			.sorted((a, b) -> Long.compare(b.id(), a.id()))
			.map(RegistrationRow::of)
			.toList();
	}

	/** The resident's own registrations, newest first. */
	List<RegistrationRow> mine(CurrentUser user) {
		List<Long> ids = jdbc.sql("select id from residence.registration where applicant_user_id = :user")
			.param("user", user.id())
			.query(Long.class)
			.list();
		return registrations.findAllById(ids)
			.stream()
			.sorted((a, b) -> Long.compare(b.id(), a.id()))
			.map(RegistrationRow::of)
			.toList();
	}

	/** One registration in the reader's scope. */
	RegistrationRow one(long id, CurrentUser user) {
		return (police.includes(user) ? registrations.findById(id) : registrations.findOwn(id, user.id()))
			.map(RegistrationRow::of)
			.orElseThrow(() -> new NoSuchRecord("residence registration " + id));
	}

}
