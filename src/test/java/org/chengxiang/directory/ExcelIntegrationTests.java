package org.chengxiang.directory;

import java.io.ByteArrayInputStream;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;
import static org.chengxiang.directory.TestRegistrations.STRONG_PASSWORD;

@SpringBootTest
@AutoConfigureMockMvc
class ExcelIntegrationTests {

	/** The headings of the department sheet as a Chinese reader exports it. */
	static final List<String> DEPARTMENT_HEADER = List.of("编码", "全称", "简称", "类型", "区划代码", "别名", "启用", "排序");

	static final List<String> STAFF_HEADER = List.of("用户名", "姓名", "角色", "部门编码", "启用", "初始密码");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void departmentsExportAndImportBackUnchanged() throws Exception {
		byte[] sheet = mvc.perform(get("/directory/departments/export.xlsx").with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<Spreadsheets.SheetRow> rows = Spreadsheets.read(new ByteArrayInputStream(sheet));
		assertThat(rows).anySatisfy(row -> {
			assertThat(row.get(0)).isEqualTo("FIN");
			assertThat(row.get(1)).isEqualTo("大石桥市财政局（大石桥市金融发展局）");
		});
		mvc.perform(multipart("/directory/departments/import").file(new MockMultipartFile("file", "d.xlsx", null, sheet))
			.with(csrf())
			.with(httpBasic("admin", PASSWORD)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString("error=false"))));
	}

	@Test
	void oneBadDepartmentRowRefusesTheWholeSheet() throws Exception {
		byte[] sheet = Spreadsheets.write("x", DEPARTMENT_HEADER,
				List.of(List.of("XLS-OK", "表格测试局", "表格测试局", "BUREAU", "", "", "是"),
						List.of("XLS-BAD", "坏行局", "坏行局", "NOT_A_KIND", "", "", "是")));
		mvc.perform(multipart("/directory/departments/import").file(new MockMultipartFile("file", "d.xlsx", null, sheet))
			.with(csrf())
			.with(httpBasic("admin", PASSWORD)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString("error=true"))));
		assertThat(jdbc.sql("select count(*) from directory.department where code in ('XLS-OK', 'XLS-BAD')").query(Integer.class).single())
			.isZero();
	}

	@Test
	void notASpreadsheetIsRefused() throws Exception {
		mvc.perform(multipart("/directory/departments/import")
			.file(new MockMultipartFile("file", "d.xlsx", null, "not excel".getBytes()))
			.with(csrf())
			.with(httpBasic("admin", PASSWORD)))
			.andExpect(flash().attribute("flash", org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString("error=true"))));
	}

	@Test
	void staffImportCreatesAccountsAndRefusesUnknownDepartments() throws Exception {
		byte[] good = Spreadsheets.write("x", STAFF_HEADER,
				List.of(List.of("xlsclerk", "表格导入", "CLERK", "EDU", "是", STRONG_PASSWORD)));
		mvc.perform(multipart("/directory/users/import").file(new MockMultipartFile("file", "u.xlsx", null, good))
			.with(csrf())
			.with(httpBasic("admin", PASSWORD)))
			.andExpect(flash().attribute("flash", org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString("error=false"))));
		assertThat(jdbc.sql("select role from directory.app_user where username = 'xlsclerk'").query(String.class).single())
			.isEqualTo("CLERK");

		byte[] bad = Spreadsheets.write("x", STAFF_HEADER,
				List.of(List.of("xlsok", "好行", "CLERK", "EDU", "是", STRONG_PASSWORD),
						List.of("xlsbad", "坏行", "CLERK", "NO-SUCH", "是", STRONG_PASSWORD)));
		mvc.perform(multipart("/directory/users/import").file(new MockMultipartFile("file", "u.xlsx", null, bad))
			.with(csrf())
			.with(httpBasic("admin", PASSWORD)))
			.andExpect(flash().attribute("flash", org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString("error=true"))));
		assertThat(jdbc.sql("select count(*) from directory.app_user where username in ('xlsok','xlsbad')")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void exportsInTheReadersLanguageAndImportsHeadingsOfEitherLanguage() throws Exception {
		byte[] chinese = mvc.perform(get("/directory/users/export.xlsx").with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(Spreadsheets.readSheet(new ByteArrayInputStream(chinese)).header()).isEqualTo(STAFF_HEADER);
		byte[] english = mvc
			.perform(get("/directory/users/export.xlsx").param("lang", "en").with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Spreadsheets.ReadSheet sheet = Spreadsheets.readSheet(new ByteArrayInputStream(english));
		assertThat(sheet.header()).containsExactly("Username", "Name", "Role", "Department code", "Enabled",
				"Initial password");
		assertThat(sheet.rows()).allSatisfy(row -> assertThat(row.get(4)).isIn("Yes", "No"));

		byte[] inEnglish = Spreadsheets.write("Staff", sheet.header(),
				List.of(List.of("xlsenglish", "英文表头", "CLERK", "EDU", "Yes", STRONG_PASSWORD)));
		mvc.perform(multipart("/directory/users/import").file(new MockMultipartFile("file", "u.xlsx", null, inEnglish))
			.with(csrf())
			.with(httpBasic("admin", PASSWORD)))
			.andExpect(flash().attribute("flash", org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString("error=false"))));
		// a sheet exported before the headings were worded per language held both
		byte[] glued = Spreadsheets.write("x",
				List.of("编码 Code", "全称 Name", "简称 Short name", "类型 Kind", "区划代码 Division code", "别名 Aliases",
						"启用 Active", "排序 Sort order"),
				List.of(List.of("XLS-GLUED", "旧表头测试局", "旧表头测试局", "BUREAU", "", "", "是", "")));
		mvc.perform(multipart("/directory/departments/import").file(new MockMultipartFile("file", "d.xlsx", null, glued))
			.with(csrf())
			.with(httpBasic("admin", PASSWORD)))
			.andExpect(flash().attribute("flash", org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString("error=false"))));
		assertThat(jdbc.sql("select count(*) from directory.app_user where username = 'xlsenglish'").query(Integer.class).single())
			.isOne();
		assertThat(jdbc.sql("select count(*) from directory.department where code = 'XLS-GLUED'").query(Integer.class).single())
			.isOne();
	}

	@Test
	void aSheetInAnotherLayoutIsRefused() throws Exception {
		byte[] other = Spreadsheets.write("x", List.of("Name", "Username", "Role", "Department code", "Enabled", "Initial password"),
				List.of(List.of("xlsswapped", "换列", "CLERK", "EDU", "Yes", STRONG_PASSWORD)));
		mvc.perform(multipart("/directory/users/import").file(new MockMultipartFile("file", "u.xlsx", null, other))
			.with(csrf())
			.with(httpBasic("admin", PASSWORD)))
			.andExpect(flash().attribute("flash", org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString("error=true"))));
		assertThat(jdbc.sql("select count(*) from directory.app_user where username = 'xlsswapped'").query(Integer.class).single())
			.isZero();
	}

	@Test
	void staffExportHoldsNoPersonalIdentifiers() throws Exception {
		byte[] sheet = mvc.perform(get("/directory/users/export.xlsx").with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<Spreadsheets.SheetRow> rows = Spreadsheets.read(new ByteArrayInputStream(sheet));
		assertThat(rows).extracting(row -> row.get(0)).contains("police").doesNotContain("resident");
		assertThat(rows).allSatisfy(row -> assertThat(row.get(5)).isEmpty());
		mvc.perform(get("/directory/users/export.xlsx").with(httpBasic("police", PASSWORD))).andExpect(status().isForbidden());
	}

}
