package org.chengxiang.residence.permits;

import java.util.List;
import java.util.Locale;

import org.chengxiang.platform.web.ReaderLocale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a residence permit is worth (含金量): the Art. 12 rights, the Art. 13 conveniences and the city's additions,
 * kept as data and worded in the reader's language.
 */
@Service
@Transactional(readOnly = true)
class Entitlements {

	private final JdbcClient jdbc;

	Entitlements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every entitlement in force, in order. */
	List<Entitlement> all() {
		boolean english = Locale.ENGLISH.getLanguage().equals(ReaderLocale.current().getLanguage());
		return jdbc.sql("select kind, name_zh, name_en from residence.entitlement where active order by sort_order, id")
			.query((rs, n) -> new Entitlement(rs.getString("kind"),
					"residence.entitlement.kind." + rs.getString("kind"),
					rs.getString(english ? "name_en" : "name_zh")))
			.list();
	}

	/** How many entitlements are in force. */
	long count() {
		return jdbc.sql("select count(*) from residence.entitlement where active").query(Long.class).single();
	}

	/**
	 * One entitlement.
	 *
	 * @param kind RIGHT, CONVENIENCE or LOCAL
	 * @param kindKey message key of its kind
	 * @param name its name in the reader's language
	 */
	record Entitlement(String kind, String kindKey, String name) {
	}

}
