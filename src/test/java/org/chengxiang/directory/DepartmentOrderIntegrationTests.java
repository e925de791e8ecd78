package org.chengxiang.directory;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.chengxiang.platform.web.Spreadsheets;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * Departments are listed in the government's usual order, held as their sort order, which an administrator
 * edits on the form and in the Excel sheet.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DepartmentOrderIntegrationTests {

	/** The reference city's departments in the usual order of a county-level government. */
	static final List<String> USUAL_ORDER = List.of("GOV-OFFICE", "DRC", "EDU", "MIIT", "PSB", "CIVIL", "FIN", "HRSS",
			"NR", "ECO", "HURD", "TRANSPORT", "AGRI", "COMMERCE", "CULTURE", "HEALTH", "EMERGENCY", "SAMR", "STATS",
			"HSA", "CITYOPS", "NANLOU-EDZ", "DSQ-EDZ", "JINQIAO", "GANGDU", "BAIZHAI", "MEIDU", "SHUIYUAN", "GOUYAN",
			"SHIFO", "GAOKAN", "QIKOU", "HUZHUANG", "GUANTUN", "BOLUOPU", "YONGAN", "TANGCHI", "JIANYI", "HUANGTULING",
			"ZHOUJIA", "PBOC", "FIC");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Directory directory;

	@Test
	void everyListOfDepartmentsFollowsTheGovernmentsUsualOrder() throws Exception {
		assertThat(codes(directory.departments())).as("what other modules list").containsSubsequence(USUAL_ORDER);
		assertThat(directory.townships()).extracting(DepartmentSummary::code)
			.startsWith("JINQIAO", "GANGDU", "BAIZHAI", "MEIDU", "SHUIYUAN");
		String api = mvc.perform(get("/api/directory/departments").with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(positions(api, "\"code\":\"")).containsSubsequence(USUAL_ORDER);
		String page = mvc.perform(get("/directory/departments").with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf("大石桥市人民政府办公室")).isLessThan(page.indexOf("大石桥市发展和改革局"));
		assertThat(page.indexOf("大石桥市发展和改革局")).isLessThan(page.indexOf("大石桥市教育局"));
		assertThat(page.indexOf("大石桥市周家镇人民政府")).isLessThan(page.indexOf("中国人民银行大石桥市支行"));
		String userForm = mvc.perform(get("/directory/users/new").with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(userForm.indexOf("大石桥市教育局")).isLessThan(userForm.indexOf("大石桥市公安局"));
	}

	@Test
	void anAdministratorPlacesADepartmentOnTheFormAndABadOrderIsRefusedBesideTheField() throws Exception {
		mvc.perform(post("/directory/departments/new").with(httpBasic("admin", PASSWORD))
			.with(csrf())
			.param("code", "ORDER-SCI")
			.param("name", "大石桥市科学技术局")
			.param("shortName", "科技局")
			.param("kind", "BUREAU")
			.param("sortOrder", "40"))
			.andExpect(status().is3xxRedirection());
		assertThat(codes(directory.departments())).containsSubsequence("EDU", "ORDER-SCI", "MIIT");
		long id = jdbc.sql("select id from directory.department where code = 'ORDER-SCI'").query(Long.class).single();
		mvc.perform(post("/directory/departments/{id}/edit", id).with(httpBasic("admin", PASSWORD))
			.with(csrf())
			.param("code", "ORDER-SCI")
			.param("name", "大石桥市科学技术局")
			.param("shortName", "科技局")
			.param("kind", "BUREAU")
			.param("sortOrder", "-5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("排序须为 0 到 99999 之间的整数")));
		assertThat(jdbc.sql("select sort_order from directory.department where id = :id").param("id", id)
			.query(Integer.class).single()).isEqualTo(40);
		mvc.perform(get("/directory/departments/{id}/edit", id).with(httpBasic("admin", PASSWORD)))
			.andExpect(content().string(containsString("value=\"40\"")));
		// a new department without an order goes last
		mvc.perform(post("/directory/departments/new").with(httpBasic("admin", PASSWORD))
			.with(csrf())
			.param("code", "ORDER-LAST")
			.param("name", "排序测试有限公司")
			.param("shortName", "排序测试公司")
			.param("kind", "OTHER"))
			.andExpect(status().is3xxRedirection());
		List<String> codes = codes(directory.departments());
		assertThat(codes.get(codes.size() - 1)).isEqualTo("ORDER-LAST");
	}

	@Test
	void theExcelSheetCarriesTheOrder() throws Exception {
		byte[] sheet = mvc.perform(get("/directory/departments/export.xlsx").with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<Spreadsheets.SheetRow> rows = Spreadsheets.read(new ByteArrayInputStream(sheet));
		assertThat(rows).anySatisfy(row -> {
			assertThat(row.get(0)).isEqualTo("PSB");
			assertThat(row.get(7)).isEqualTo("60");
		});
		List<List<String>> moved = List.of(List.of("XLS-ORDER", "排序导入测试局", "排序导入测试局", "BUREAU", "", "", "是", "15"));
		mvc.perform(multipart("/directory/departments/import")
			.file(new MockMultipartFile("file", "d.xlsx", null,
					Spreadsheets.write("x", ExcelIntegrationTests.DEPARTMENT_HEADER, moved)))
			.with(csrf())
			.with(httpBasic("admin", PASSWORD)))
			.andExpect(status().is3xxRedirection());
		assertThat(codes(directory.departments())).containsSubsequence("GOV-OFFICE", "XLS-ORDER", "DRC");
		List<List<String>> bad = List.of(List.of("XLS-ORDER2", "排序坏行局", "排序坏行局", "BUREAU", "", "", "是", "第一"));
		mvc.perform(multipart("/directory/departments/import")
			.file(new MockMultipartFile("file", "d.xlsx", null,
					Spreadsheets.write("x", ExcelIntegrationTests.DEPARTMENT_HEADER, bad)))
			.with(csrf())
			.with(httpBasic("admin", PASSWORD)))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from directory.department where code = 'XLS-ORDER2'").query(Integer.class)
			.single()).isZero();
	}

	private static List<String> codes(List<DepartmentSummary> departments) {
		return departments.stream().map(DepartmentSummary::code).toList();
	}

	private static List<String> positions(String json, String marker) {
		List<String> codes = new ArrayList<>();
		int at = json.indexOf(marker);
		while (at >= 0) {
			int start = at + marker.length();
			codes.add(json.substring(start, json.indexOf('"', start)));
			at = json.indexOf(marker, start);
		}
		return codes;
	}

}
