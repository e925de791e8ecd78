package org.chengxiang.settlement;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.audit.AuditEntry;
import org.chengxiang.platform.audit.AuditQuery;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.domain.RuleBroken.Problem;
import org.chengxiang.services.ApplicationDecided;
import org.chengxiang.services.ServiceApplications;
import org.chengxiang.services.ServiceApplications.SubmittedForm;
import org.chengxiang.services.ServiceItemHandler.Applicant;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import tools.jackson.databind.json.JsonMapper;
import org.chengxiang.platform.crypto.GeneratedIdNumbers;

import static org.assertj.core.api.Assertions.assertThat;

// Same configuration as every other *IntegrationTests class, so all share one application context.
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class SettlementRegistryIntegrationTests {

	@org.junit.jupiter.api.AfterEach
	void removeMadeUpRegistryRows() {
		MadeUpRegistryRows.remove(jdbc);
	}

	static final String TIEXI = "210882003001";

	@Autowired
	java.time.Clock clock;

	@Autowired
	HouseholdRegistry registry;

	@Autowired
	SettlementHandler handler;

	@Autowired
	Directory directory;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataProtector protector;

	@Autowired
	AuditTrail audit;

	@Autowired
	ApplicationEvents events;

	@Test
	void approvalRegistersTheHouseholdOnceHoweverOftenItIsDelivered() {
		Application application = new Application();
		SettlementApprovals approvals = new SettlementApprovals(application.services(), registry, json, clock);
		ApplicationDecided approved = application.decided(true);

		approvals.on(approved);
		approvals.on(approved);

		assertThat(jdbc.sql("select count(*) from settlement.household where source_application_number = :n")
			.param("n", application.number)
			.query(Integer.class)
			.single()).isOne();
		List<String> relations = jdbc.sql("""
				select relation from settlement.resident where application_number = :n order by relation <> 'HEAD', id""")
			.param("n", application.number)
			.query(String.class)
			.list();
		assertThat(relations).containsExactly("HEAD", "SPOUSE");
		assertThat(events.stream(SettlementApproved.class)).singleElement().satisfies(event -> {
			assertThat(event.applicationNumber()).isEqualTo(application.number);
			assertThat(event.householdNumber()).matches("210882003-\\d{6}");
			assertThat(event.divisionCode()).isEqualTo(TIEXI);
			assertThat(event.persons()).isEqualTo(2);
			// named by their blind indexes only, one key each
			assertThat(event.people()).hasSize(2).doesNotHaveDuplicates();
			// 2020-12-01 01:30 UTC is already 09:30 in Beijing
			assertThat(event.settledOn()).isEqualTo(LocalDate.of(2020, 12, 1));
		});
		String household = events.stream(SettlementApproved.class).findFirst().orElseThrow().householdNumber();
		List<AuditEntry> entries = audit.search(AuditQuery.ofSubject("Household", household, 10));
		assertThat(entries).extracting(AuditEntry::action).containsExactly("settlement.registered");
		assertThat(entries.get(0).actor()).isEqualTo(AuditTrail.SYSTEM);
		assertThat(entries.get(0).after()).contains(application.number).doesNotContain(application.applicantId);
	}

	@Test
	void storesIdNumbersEncryptedWithABlindIndexAndNeverInClear() {
		Application application = new Application();
		new SettlementApprovals(application.services(), registry, json, clock).on(application.decided(true));
		List<byte[][]> stored = jdbc.sql("""
				select id_number_enc, id_number_idx from settlement.resident where application_number = :n order by id""")
			.param("n", application.number)
			.query((rs, n) -> new byte[][] { rs.getBytes(1), rs.getBytes(2) })
			.list();
		assertThat(stored).hasSize(2);
		List<String> ids = List.of(application.applicantId, application.memberId);
		for (int i = 0; i < 2; i++) {
			String id = ids.get(i);
			String encrypted = new String(stored.get(i)[0], StandardCharsets.ISO_8859_1);
			assertThat(encrypted).doesNotContain(id).doesNotContain(id.substring(6, 14));
			assertThat(protector.decrypt(stored.get(i)[0])).isEqualTo(id);
			assertThat(stored.get(i)[1]).isEqualTo(protector.blindIndex(id));
		}
		assertThat(jdbc.sql("""
				select count(*) from settlement.resident
				where application_number = :n and (position(convert_to(:id, 'UTF8') in id_number_enc) > 0
					or name like '%' || :id || '%' or origin_hukou_address like '%' || :id || '%')""")
			.param("n", application.number)
			.param("id", application.applicantId)
			.query(Integer.class)
			.single()).isZero();
		assertThat(registry.isRegistered(application.applicantId.toLowerCase())).isTrue();
	}

	@Test
	void rejectionsAndOtherItemsRegisterNobody() {
		Application application = new Application();
		ServiceApplications untouchable = (id, item) -> {
			throw new AssertionError("the form of an application that is not approved must not be read");
		};
		SettlementApprovals approvals = new SettlementApprovals(untouchable, registry, json, clock);
		approvals.on(application.decided(false));
		ApplicationDecided permit = new ApplicationDecided(application.id, application.number, "RESIDENCE_PERMIT", true,
				1, true, 3, Instant.now());
		approvals.on(permit);
		assertThat(jdbc.sql("select count(*) from settlement.household where source_application_number = :n")
			.param("n", application.number)
			.query(Integer.class)
			.single()).isZero();
		assertThat(events.stream(SettlementApproved.class)).isEmpty();
	}

	@Test
	void handlerAcceptsACompleteFormForTheCity() {
		Application application = new Application();
		assertThat(handler.validate(application.formJson(), application.applicant())).isEmpty();
	}

	@Test
	void handlerRefusesAnApplicantAlreadyRegistered() {
		Application application = new Application();
		new SettlementApprovals(application.services(), registry, json, clock).on(application.decided(true));
		Application again = new Application(application.applicantId, GeneratedIdNumbers.random());
		assertThat(handler.validate(again.formJson(), again.applicant())).singleElement().satisfies(problem -> {
			assertThat(problem.field()).isEqualTo("applicant.idNumber");
			assertThat(TestMessages.chinese(problem)).contains("依据规则：申请人不能已有本市户籍");
			assertThat(problem.rule()).isEqualTo("applicantNotAlreadyRegisteredPolicy");
		});
		Application withRegisteredMember = new Application(GeneratedIdNumbers.random(), application.memberId);
		assertThat(handler.validate(withRegisteredMember.formJson(), withRegisteredMember.applicant()))
			.extracting(Problem::field)
			.containsExactly("members[0].idNumber");
	}

	@Test
	void handlerRefusesDestinationsOutsideTheCityOrNotANeighbourhood() {
		Application application = new Application();
		String beijing = application.formJson().replace(TIEXI, "110101001001").replaceAll("\"gridCellId\": \\d+,", "");
		assertThat(handler.validate(beijing, application.applicant())).singleElement()
			.satisfies(problem -> assertThat(problem.field()).isEqualTo("destination.divisionCode"));
		String township = application.formJson().replace(TIEXI, "210882003000").replaceAll("\"gridCellId\": \\d+,", "");
		assertThat(handler.validate(township, application.applicant())).singleElement()
			.satisfies(problem -> assertThat(TestMessages.chinese(problem)).contains("金桥街道"));
		long elsewhere = directory.gridCellsWithin("210882004001").get(0).id();
		String otherGrid = application.formJson().replaceAll("\"gridCellId\": \\d+", "\"gridCellId\": " + elsewhere);
		assertThat(handler.validate(otherGrid, application.applicant())).singleElement().satisfies(problem -> {
			assertThat(problem.field()).isEqualTo("destination.gridCellId");
			assertThat(TestMessages.chinese(problem)).contains("依据规则：网格须在迁入地内");
			assertThat(problem.rule()).isEqualTo("gridCellMustLieInDestinationPolicy");
		});
	}

	@Test
	void handlerReportsAFormThatCannotBeRead() {
		assertThat(handler.validate("{\"category\": 5", new Applicant(1, "王小明", GeneratedIdNumbers.random())))
			.extracting(Problem::field)
			.containsExactly("form");
	}

	/** A settlement application as the services module would hold it, with fresh people and a fresh number. */
	final class Application {

		final long id = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);

		final String number = "210882-20201124-" + id;

		final String applicantId;

		final String memberId;

		Application() {
			this(GeneratedIdNumbers.random(), GeneratedIdNumbers.random());
		}

		Application(String applicantId, String memberId) {
			this.applicantId = applicantId;
			this.memberId = memberId;
		}

		Applicant applicant() {
			return new Applicant(42, "张建国", applicantId);
		}

		String formJson() {
			long gridCell = directory.gridCellsWithin(TIEXI).get(0).id();
			return """
					{
					  "category": "LEGAL_EMPLOYMENT",
					  "originHukouAddress": "辽宁省盖州市西城街道某村 12 号",
					  "destination": { "divisionCode": "%s", "gridCellId": %d, "addressLine": "铁西社区 5 号楼 301" },
					  "members": [ { "name": "李秀兰", "idNumber": "%s", "relation": "SPOUSE" } ],
					  "evidence": "劳动合同（2020 年 3 月起）",
					  "ruralRights": { "hasLandContract": true, "hasHomestead": true, "hasCollectiveIncome": true,
					    "statement": "承包地 5 亩" }
					}
					""".formatted(TIEXI, gridCell, memberId);
		}

		ServiceApplications services() {
			return (applicationId, itemCode) -> applicationId == id && "SETTLEMENT".equals(itemCode)
					? Optional.of(new SubmittedForm(id, number, applicant(), formJson())) : Optional.empty();
		}

		ApplicationDecided decided(boolean approved) {
			return new ApplicationDecided(id, number, "SETTLEMENT", approved, 42, true, 6,
					Instant.parse("2020-12-01T01:30:00Z"));
		}

	}

}
