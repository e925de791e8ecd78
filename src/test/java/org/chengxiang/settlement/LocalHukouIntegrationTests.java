package org.chengxiang.settlement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.chengxiang.platform.crypto.GeneratedIdNumbers;
import org.chengxiang.platform.crypto.PersonKey;
import org.chengxiang.platform.crypto.PersonalDataProtector;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Other modules ask by person key whether someone holds local hukou; the registry answers for one and for many. */
@SpringBootTest
class LocalHukouIntegrationTests {

	@Autowired
	LocalHukou hukou;

	@Autowired
	PersonalDataProtector protector;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRegisteredPersonHoldsLocalHukouAndOthersDoNot() {
		String number = GeneratedIdNumbers.random();
		String application = register(number);
		try {
			PersonKey registered = protector.personKey(number);
			PersonKey stranger = protector.personKey(GeneratedIdNumbers.random());

			assertThat(hukou.holds(registered)).isTrue();
			assertThat(hukou.holds(stranger)).isFalse();
			assertThat(hukou.holders(List.of(registered, stranger))).containsExactly(registered);
			assertThat(hukou.holders(List.of())).isEmpty();
		}
		finally {
			// written without an application, so the registry page would link to none: taken out again
			jdbc.sql("delete from settlement.resident where application_number = :a").param("a", application).update();
			jdbc.sql("delete from settlement.household where source_application_number = :a")
				.param("a", application)
				.update();
		}
	}

	private String register(String idNumber) {
		String application = "T-" + UUID.randomUUID();
		long household = jdbc.sql("""
				insert into settlement.household (household_number, address, division_code, created_at,
					source_application_number)
				values (:number, '铁西社区 1 号楼', '210882003001', :now, :application) returning id
				""")
			.param("number", "T" + application.substring(2, 21))
			.param("now", OffsetDateTime.now())
			.param("application", application)
			.query(Long.class)
			.single();
		String normalized = PersonalDataProtector.normalizeIdNumber(idNumber);
		jdbc.sql("""
				insert into settlement.resident (household_id, name, id_number_enc, id_number_idx, relation,
					origin_hukou_address, settled_on, application_number)
				values (:household, '测试', :enc, :idx, 'HEAD', '某省某县', :on, :application)
				""")
			.param("household", household)
			.param("enc", protector.encrypt(normalized))
			.param("idx", protector.blindIndex(normalized))
			.param("on", LocalDate.of(2026, 1, 5))
			.param("application", application)
			.update();
		return application;
	}

}
