package org.chengxiang.services;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.chengxiang.platform.crypto.GeneratedIdNumbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * The receipt (受理回执) and the written decision of an application, as pages and as PDF: who issued them, their
 * numbers, the applicant, the item, the decision and its basis, the date; and only for those who may see the
 * application.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ServiceDocumentsIntegrationTests {

	static final Pattern RECEIPT_NUMBER = Pattern.compile("公安局受字〔(\\d{4})〕第(\\d{6})号");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void approvedSettlementHasAReceiptAndADecisionWithTheRuleAndTheHouseholdNumber() throws Exception {
		String idNumber = resident("docsettler", "钱文书", "21088219900304002", "13700000301");
		long id = settlement("docsettler");
		String number = applicationNumber(id);
		as("police", post("/api/services/applications/{id}/acceptance", id));

		String receipt = page("/services/applications/{id}/receipt", id, "docsettler");
		String receiptNumber = find(RECEIPT_NUMBER, receipt);
		assertThat(receipt).contains("<title>受理回执 " + receiptNumber, "大石桥市公安局", "钱文书", masked(idNumber),
				"户口迁入（落户）", number, "10 个工作日", "（印章）", "本回执是申请已被受理的凭证")
			.doesNotContain(idNumber);
		// no decision before the application is decided
		mvc.perform(get("/services/applications/{id}/decision", id).with(httpBasic("docsettler", PASSWORD)))
			.andExpect(status().isNotFound());

		as("police", post("/api/services/applications/{id}/review", id));
		as("police", post("/api/services/applications/{id}/approval", id));
		String household = await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select household_number from settlement.household where source_application_number = :n")
				.param("n", number).query(String.class).optional(), java.util.Optional::isPresent)
			.orElseThrow();

		String decision = page("/services/applications/{id}/decision", id, "docsettler");
		String decisionNumber = find(Pattern.compile("公安局准许字〔\\d{4}〕第\\d{6}号"), decision);
		String decidedOn = jdbc.sql("""
				select to_char(decided_at at time zone 'Asia/Shanghai', 'YYYY"年"FMMM"月"FMDD"日"')
				from services.application where id = :id
				""").param("id", id).query(String.class).single();
		assertThat(decision).contains("<title>准予许可决定书 " + decisionNumber, "大石桥市公安局", "钱文书",
				masked(idNumber), "户口迁入（落户）", number, "本机关决定准予许可", "《中华人民共和国户口登记条例》",
				"合法稳定住所（租赁住房）", "户号", household, "铁西社区 1 号楼 2 单元 302", decidedOn, "（印章）",
				"本决定书一式两份")
			.doesNotContain("本回执");

		// the same numbers every time, to the applicant and to the clerk alike
		assertThat(page("/services/applications/{id}/decision", id, "police")).contains(decisionNumber);
		assertThat(page("/services/applications/{id}/receipt", id, "police")).contains(receiptNumber);
		assertThat(jdbc.sql("select count(*) from services.document where application_id = :id").param("id", id)
			.query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void documentsDownloadAsPdfWithTheChineseWordingAndStaffDownloadsAreAudited() throws Exception {
		resident("docpdf", "孙下载", "21088219880512003", "13700000302");
		long id = decidedGenericApplication("docpdf", true);

		String receipt = pdfText("/services/applications/{id}/receipt.pdf", id, "docpdf");
		assertThat(receipt).contains("受理回执", "大石桥市公安局", "孙下载", "证明开具");
		assertThat(RECEIPT_NUMBER.matcher(receipt).find()).isTrue();

		int audited = downloadsAudited(applicationNumber(id));
		String decision = pdfText("/services/applications/{id}/decision.pdf", id, "police");
		assertThat(decision).contains("准予许可决定书", "本机关决定准予许可", "大石桥市公安局", "孙下载", "《户口登记条例》");
		assertThat(downloadsAudited(applicationNumber(id))).isEqualTo(audited + 1);
	}

	@Test
	void refusalsCarryTheReasonsTheBasisAndTheRightToReviewOrSue() throws Exception {
		resident("docrefused", "李不予", "21088219920708004", "13700000303");
		long rejected = decidedGenericApplication("docrefused", false);
		String decision = page("/services/applications/{id}/decision", rejected, "docrefused");
		assertThat(decision).contains("不予许可决定书", "公安局不许字〔", "不符合法定条件", "材料所述事实与登记不符",
				"依据《户口登记条例》第六条，本机关决定不予许可", "申请行政复议", "提起行政诉讼", "大石桥市人民政府");

		long refused = submittedGenericApplication("docrefused");
		mvc.perform(post("/api/services/applications/{id}/refusal", refused).with(httpBasic("police", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"本事项不属于本机关职权范围\"}"))
			.andExpect(status().isOk());
		String notice = page("/services/applications/{id}/decision", refused, "docrefused");
		assertThat(notice).contains("不予受理通知书", "公安局不受字〔", "本事项不属于本机关职权范围", "本机关决定不予受理",
				"申请行政复议");
		// never accepted: no receipt
		mvc.perform(get("/services/applications/{id}/receipt", refused).with(httpBasic("docrefused", PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void numbersAreStableAcrossViewsAndUniqueAcrossApplications() throws Exception {
		resident("docfirst", "周一号", "21088219850101005", "13700000304");
		resident("docsecond", "吴二号", "21088219850202006", "13700000305");
		long first = decidedGenericApplication("docfirst", true);
		long second = decidedGenericApplication("docsecond", true);
		String firstNumber = find(RECEIPT_NUMBER, page("/services/applications/{id}/receipt", first, "docfirst"));
		assertThat(find(RECEIPT_NUMBER, page("/services/applications/{id}/receipt", first, "docfirst")))
			.isEqualTo(firstNumber);
		String secondNumber = find(RECEIPT_NUMBER, page("/services/applications/{id}/receipt", second, "docsecond"));
		assertThat(secondNumber).isNotEqualTo(firstNumber);
		// one series of the department and year, in the order of acceptance
		Matcher a = RECEIPT_NUMBER.matcher(firstNumber);
		Matcher b = RECEIPT_NUMBER.matcher(secondNumber);
		assertThat(a.matches() && b.matches()).isTrue();
		assertThat(Integer.parseInt(b.group(2))).isGreaterThan(Integer.parseInt(a.group(2)));
		String firstDecision = jdbc.sql("select number from services.document where application_id = :id and kind = 'APPROVED'")
			.param("id", first).query(String.class).single();
		String secondDecision = jdbc.sql("select number from services.document where application_id = :id and kind = 'APPROVED'")
			.param("id", second).query(String.class).single();
		assertThat(firstDecision).isNotEqualTo(secondDecision);
	}

	@Test
	void nobodyElseFindsTheDocuments() throws Exception {
		resident("docowner", "郑本人", "21088219790909007", "13700000306");
		resident("docother", "王旁人", "21088219790910008", "13700000307");
		long id = decidedGenericApplication("docowner", true);
		for (String path : new String[] { "/receipt", "/receipt.pdf", "/decision", "/decision.pdf" }) {
			for (String user : new String[] { "docother", "hrss", "supervisor" }) {
				mvc.perform(get("/services/applications/{id}" + path, id).with(httpBasic(user, PASSWORD)))
					.andExpect(status().isNotFound());
			}
			mvc.perform(get("/services/applications/{id}" + path, id).with(httpBasic("docowner", PASSWORD)))
				.andExpect(status().isOk());
		}
	}

	@Test
	void documentsReadInEnglishWhenEnglishIsChosen() throws Exception {
		resident("docenglish", "冯英文", "21088219950505009", "13700000308");
		long id = decidedGenericApplication("docenglish", false);
		String decision = mvc.perform(get("/services/applications/{id}/decision", id).param("lang", "en")
			.with(httpBasic("docenglish", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(decision).contains("Decision to Refuse", "this office refuses it", "administrative review",
				"administrative suit", "Download PDF", "Print")
			.doesNotContain("不予许可决定书", "本机关", "打印");
		String receipt = mvc.perform(get("/services/applications/{id}/receipt", id).param("lang", "en")
			.with(httpBasic("docenglish", PASSWORD)))
			.andReturn().getResponse().getContentAsString();
		assertThat(receipt).contains("Acknowledgement of Acceptance", "working days", "(Seal)").doesNotContain("受理回执");
	}

	// --- the journey to a decided application

	private long decidedGenericApplication(String username, boolean approve) throws Exception {
		long id = submittedGenericApplication(username);
		as("police", post("/api/services/applications/{id}/acceptance", id));
		as("police", post("/api/services/applications/{id}/review", id));
		if (approve) {
			as("police", post("/api/services/applications/{id}/approval", id));
		}
		else {
			mvc.perform(post("/api/services/applications/{id}/rejection", id).with(httpBasic("police", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"材料所述事实与登记不符\",\"basis\":\"《户口登记条例》第六条\"}"))
				.andExpect(status().isOk());
		}
		return id;
	}

	private long submittedGenericApplication(String username) throws Exception {
		TestItems.policeItem(mvc, jdbc, "DOC-CERT", "户籍证明开具", "[]");
		String body = mvc.perform(post("/api/services/applications").with(httpBasic(username, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemCode\":\"DOC-CERT\",\"form\":{\"description\":\"开具户籍证明\"}}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
		mvc.perform(post("/api/services/applications/{id}/submission", id).with(httpBasic(username, PASSWORD)))
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		return id;
	}

	private long settlement(String username) throws Exception {
		String form = """
				{"category":"LEGAL_RESIDENCE_RENTED","originHukouAddress":"辽宁省盖州市某村",
				 "destination":{"divisionCode":"210882003001","addressLine":"铁西社区 1 号楼 2 单元 302"},
				 "members":[], "evidence":"租赁合同",
				 "ruralRights":{"hasLandContract":false,"hasHomestead":false,"hasCollectiveIncome":false,"statement":""}}
				""";
		String body = mvc.perform(post("/api/services/applications").with(httpBasic(username, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemCode\":\"SETTLEMENT\",\"form\":" + form + "}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
		for (int position = 1; position <= 2; position++) {
			mvc.perform(multipart("/api/services/applications/{id}/materials/{p}", id, position)
				.file(new MockMultipartFile("file", "evidence.pdf", "application/pdf", "%PDF-1.4 evidence".getBytes()))
				.with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
		}
		mvc.perform(post("/api/services/applications/{id}/submission", id).with(httpBasic(username, PASSWORD)))
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		return id;
	}

	/** Registers a resident; the ID number is given without its check character, which is computed here. */
	private String resident(String username, String name, String idWithoutCheck, String phone) throws Exception {
		String idNumber = GeneratedIdNumbers.withCheck(idWithoutCheck);
		org.chengxiang.directory.TestRegistrations.register(mvc, ("""
				{"username":"%s","displayName":"%s","idNumber":"%s","phone":"%s","password":"%s","confirmPassword":"%s"}
				""".formatted(username, name, idNumber, phone, PASSWORD, PASSWORD))).andExpect(status().isCreated());
		return idNumber;
	}

	private static String masked(String idNumber) {
		return idNumber.substring(0, 4) + "**********" + idNumber.substring(14);
	}

	private void as(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		mvc.perform(request.with(httpBasic(user, PASSWORD))).andExpect(status().isOk());
	}

	private String page(String path, long id, String user) throws Exception {
		return mvc.perform(get(path, id).accept(MediaType.TEXT_HTML).with(httpBasic(user, PASSWORD)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	private String pdfText(String path, long id, String user) throws Exception {
		MvcResult result = mvc.perform(get(path, id).with(httpBasic(user, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn();
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
		try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			return new PDFTextStripper().getText(pdf);
		}
	}

	private String applicationNumber(long id) {
		return jdbc.sql("select number from services.application where id = :id").param("id", id).query(String.class)
			.single();
	}

	private int downloadsAudited(String applicationNumber) {
		return jdbc.sql("""
				select count(*) from platform.audit_entry
				where action = 'application.document.downloaded' and subject_id = :n
				""").param("n", applicationNumber).query(Integer.class).single();
	}

	private static String find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
		return matcher.group();
	}

}
