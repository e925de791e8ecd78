package org.chengxiang.training;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.web.Spreadsheets;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The disbursement ledger over the API and its pages: a batch created from approved claims, sent, confirmed with a
 * difference that carries its reason and reconciled; a claim is paid in one batch only; only the finance bureau
 * keeps the ledger; bad input is refused by its field with nothing written.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class DisbursementsIntegrationTests {

	static final String API = "/api/training/disbursements";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataProtector protector;

	@Autowired
	ApplicationEvents events;

	DisbursementFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new DisbursementFixtures(jdbc, protector);
	}

	@Test
	void aBatchIsCreatedSentConfirmedWithADifferenceAndReconciled() throws Exception {
		long first = fixtures.approvedClaim("210882001001", 2, new BigDecimal("1500.00"));
		long second = fixtures.approvedClaim("210882001001", 1, new BigDecimal("900.00"));
		mvc.perform(get("/training/disbursements").with(httpBasic("finance", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"claim-" + second + "\"")));

		Map<?, ?> created = body(api(API, "finance", "{\"claimIds\":[%d,%d]}".formatted(first, second))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.batch.status").value("OPEN"))
			.andExpect(jsonPath("$.batch.total").value(3900.0))
			.andExpect(jsonPath("$.reconciliation.approved").value(3900.0)));
		long id = ((Number) ((Map<?, ?>) created.get("batch")).get("id")).longValue();
		mvc.perform(get("/training/disbursements").with(httpBasic("hrss", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"batch-" + id + "\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"claim-" + second + "\""))));

		api(API + "/" + id + "/sending", "finance", "{\"version\":0}").andExpect(status().isOk())
			.andExpect(jsonPath("$.batch.status").value("SENT"));
		api(API + "/" + id + "/confirmation", "finance", """
				{"version":1,"voucher":"GK2026-118","payments":[{"claimId":%d,"paid":850,"reason":"一名学员账户退回"}]}
				""".formatted(second))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.batch.status").value("CONFIRMED"))
			.andExpect(jsonPath("$.batch.voucher").value("GK2026-118"))
			.andExpect(jsonPath("$.reconciliation.total").value(3900.0))
			.andExpect(jsonPath("$.reconciliation.paid").value(3850.0))
			.andExpect(jsonPath("$.reconciliation.paidDifference").value(-50.0))
			.andExpect(jsonPath("$.reconciliation.batchDifference").value(0.0))
			.andExpect(jsonPath("$.lines[1].difference").value(-50.0))
			.andExpect(jsonPath("$.lines[1].reason").value("一名学员账户退回"))
			.andExpect(jsonPath("$.lines[0].paid").value(3000.0));
		assertThat(events.stream(BatchConfirmed.class)).containsExactly(new BatchConfirmed(id, List.of(first, second)));
		assertThat(jdbc.sql("""
				select action from platform.audit_entry where subject_type = 'DisbursementBatch' and subject_id = :id
				order by id""").param("id", String.valueOf(id)).query(String.class).list())
			.containsExactly("training.disbursement.created", "training.disbursement.sent",
					"training.disbursement.confirmed");

		mvc.perform(get("/training/disbursements/" + id).with(httpBasic("hrss", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("GK2026-118")))
			.andExpect(content().string(containsString("-50.00")));
		byte[] sheet = mvc.perform(get("/training/disbursements/" + id + ".xlsx").with(httpBasic("finance", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<Spreadsheets.SheetRow> rows = Spreadsheets.read(new ByteArrayInputStream(sheet));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).values()).contains("2", "3000.00");
		assertThat(rows.get(1).values()).contains("1", "900.00", "850.00", "-50.00", "一名学员账户退回");
	}

	@Test
	void aClaimIsPaidInOneBatchOnly() throws Exception {
		long claim = fixtures.approvedClaim("210882001001", 1, new BigDecimal("600.00"));
		api(API, "finance", "{\"claimIds\":[%d]}".formatted(claim)).andExpect(status().isCreated());
		int batches = batches();
		api(API, "finance", "{\"claimIds\":[%d]}".formatted(claim)).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("claimIds"));
		assertThat(batches()).isEqualTo(batches);
		// the page says so beside the form and keeps what was chosen
		mvc.perform(post("/training/disbursements").param("claimIds", String.valueOf(claim)).with(csrf())
			.with(httpBasic("finance", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("flash error")));
		assertThat(batches()).isEqualTo(batches);
	}

	@Test
	void onlyTheFinanceBureauKeepsTheLedgerAndTheBureauReadsIt() throws Exception {
		long claim = fixtures.approvedClaim("210882001001", 1, new BigDecimal("700.00"));
		for (String user : List.of("school01", "resident", "police")) {
			mvc.perform(get(API).with(httpBasic(user, PASSWORD))).andExpect(status().isForbidden());
			mvc.perform(get("/training/disbursements").with(httpBasic(user, PASSWORD)))
				.andExpect(status().isForbidden());
		}
		api(API, "hrss", "{\"claimIds\":[%d]}".formatted(claim)).andExpect(status().isForbidden());
		long id = id(api(API, "finance", "{\"claimIds\":[%d]}".formatted(claim)).andExpect(status().isCreated()));
		api(API + "/" + id + "/sending", "hrss", "{\"version\":0}").andExpect(status().isForbidden());
		mvc.perform(get("/training/disbursements/" + id).with(httpBasic("finance", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"batch-send\"")));
		mvc.perform(get("/training/disbursements/" + id).with(httpBasic("hrss", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"batch-send\""))));
		api(API + "/" + id + "/sending", "finance", "{\"version\":0}").andExpect(status().isOk());
		api(API + "/" + id + "/confirmation", "hrss", "{\"version\":1,\"voucher\":\"GK1\"}")
			.andExpect(status().isForbidden());
		mvc.perform(get(API + "/" + id).with(httpBasic("hrss", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.batch.status").value("SENT"));
		mvc.perform(get(API).with(httpBasic("hrss", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value(id));
		mvc.perform(get("/training/disbursements/" + id + ".xlsx").with(httpBasic("school01", PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void badInputIsRefusedByItsFieldAndNothingIsWritten() throws Exception {
		int batches = batches();
		api(API, "finance", "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("claimIds"));
		api(API, "finance", "{\"claimIds\":[\"many\"]}").andExpect(status().isBadRequest());
		assertThat(batches()).isEqualTo(batches);

		long claim = fixtures.approvedClaim("210882001001", 1, new BigDecimal("800.00"));
		long id = id(api(API, "finance", "{\"claimIds\":[%d]}".formatted(claim)).andExpect(status().isCreated()));
		api(API + "/" + id + "/confirmation", "finance", "{\"version\":0,\"voucher\":\"GK1\"}")
			.andExpect(status().isConflict());
		api(API + "/" + id + "/sending", "finance", "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		api(API + "/" + id + "/sending", "finance", "{\"version\":0}").andExpect(status().isOk());
		api(API + "/" + id + "/confirmation", "finance", "{\"version\":1,\"voucher\":\" \"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("voucher"));
		api(API + "/" + id + "/confirmation", "finance",
				"{\"version\":1,\"voucher\":\"GK1\",\"payments\":[{\"claimId\":%d,\"paid\":-5}]}".formatted(claim))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("payments[0].paid"));
		api(API + "/" + id + "/confirmation", "finance",
				"{\"version\":1,\"voucher\":\"GK1\",\"payments\":[{\"claimId\":%d,\"paid\":700}]}".formatted(claim))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("payments[0].reason"));
		// on the page: the same refusal beside its field, with what was typed
		mvc.perform(post("/training/disbursements/" + id + "/confirmation").with(csrf())
			.with(httpBasic("finance", PASSWORD))
			.param("version", "1")
			.param("voucher", "GK1-typed")
			.param("payments[0].claimId", String.valueOf(claim))
			.param("payments[0].paid", "700"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("GK1-typed")))
			.andExpect(content().string(containsString("class=\"error\"")));
		mvc.perform(get(API + "/" + id).with(httpBasic("finance", PASSWORD)))
			.andExpect(jsonPath("$.batch.status").value("SENT"))
			.andExpect(jsonPath("$.batch.version").value(1))
			.andExpect(jsonPath("$.lines[0].paid").isEmpty());
		assertThat(fixtures.claimStatus(claim)).isEqualTo("APPROVED");
	}

	private ResultActions api(String uri, String user, String body) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(uri)
			.with(httpBasic(user, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private Map<?, ?> body(ResultActions result) throws Exception {
		return json.readValue(result.andReturn().getResponse().getContentAsString(), Map.class);
	}

	private long id(ResultActions result) throws Exception {
		return ((Number) ((Map<?, ?>) body(result).get("batch")).get("id")).longValue();
	}

	private int batches() {
		return jdbc.sql("select count(*) from training.disbursement_batch").query(Integer.class).single();
	}

}
