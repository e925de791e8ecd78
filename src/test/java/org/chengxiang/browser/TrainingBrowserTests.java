package org.chengxiang.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Skills training as its people live it, through the pages only: the demo school files a class of elder carers
 * before it opens and imports its roster from Excel, one bad row reported and left out; the week of the class
 * passes; the school records attendance and the certificates, closes the class and claims its subsidy; the human
 * resources bureau sees the demo migrant's line refused, because she was subsidised for the same occupation and level
 * last year, and reviews the claim; the finance bureau approves it; the resident finds his certificate on his own
 * page, and plan task (四) counts the trainees and certificates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrainingBrowserTests extends BrowserTestSupport {

	private static final String TASK = "大力提升农业转移人口就业能力";

	private static final String TRAINED = "农民工技能培训人数";

	private static final String CERTIFIED = "取得职业技能等级证书或专项能力证书";

	private static final String CLASS_NAME = "养老护理员初级班（浏览器）";

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSchoolTrainsAndClaimsTheBureausReviewAndApproveAndTheResidentSeesHisCertificate() throws IOException {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

		// the plan's task (四) before: the human resources bureau is its lead
		signIn("hrss");
		openPlan();
		assertThat(waitFor(By.xpath("//tr[td/strong[contains(., '" + TASK + "')]]")).getText()).contains(TRAINED,
				CERTIFIED);
		long trainedBefore = planIndicator(TRAINED);
		long certifiedBefore = planIndicator(CERTIFIED);
		signOut();

		// 1. the school files a class that opens tomorrow
		signIn("school01");
		open("/training/classes/new");
		waitFor(By.id("class-name")).sendKeys(CLASS_NAME);
		new Select(browser.findElement(By.id("class-occupation"))).selectByValue("4-10-01-05");
		new Select(browser.findElement(By.id("class-level"))).selectByValue("JUNIOR");
		new Select(browser.findElement(By.id("class-type"))).selectByValue("UPGRADING");
		browser.findElement(By.id("class-hours")).sendKeys("80");
		browser.findElement(By.id("class-capacity")).sendKeys("10");
		date(By.id("class-starts"), today.plusDays(1));
		date(By.id("class-ends"), today.plusDays(5));
		new Select(browser.findElement(By.id("class-division"))).selectByIndex(1);
		browser.findElement(By.id("class-place")).sendKeys("金桥街道社区服务中心三楼");
		browser.findElement(By.id("class-teacher")).sendKeys("周老师");
		browser.findElement(By.id("class-file")).click();
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo(CLASS_NAME);
		assertThat(browser.findElements(By.id("class-filed-late"))).isEmpty();
		long classId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/training/classes/(\\d+).*", "$1"));

		// its roster from Excel: the resident, the migrant, and a row whose ID number is wrong
		Path roster = roster(List.of(new String[] { "王小明", "210882199003071516", "13904170001", "城镇" },
				new String[] { "李春梅", "210881199206152125", "", "农村" },
				new String[] { "赵错号", "210882199001011234", "", "农村" }));
		browser.findElement(By.id("roster-file")).sendKeys(roster.toAbsolutePath().toString());
		browser.findElement(By.id("roster-preview")).click();
		assertThat(waitFor(By.id("bad-row-4")).getText()).contains("4");
		assertThat(browser.findElement(By.id("import-good")).getText()).contains("王小明", "李春梅")
			.doesNotContain("210882199003071516");
		assertThat(count("select count(*) from training.enrolment where class_id = " + classId)).isZero();
		browser.findElement(By.id("import-confirm")).click();
		WebElement list = waitFor(By.id("roster"));
		assertThat(list.getText()).contains("王小明", "李春梅").doesNotContain("赵错号");
		assertThat(count("select count(*) from training.enrolment where class_id = " + classId)).isEqualTo(2);

		// the week of the class passes (the calendar moved back by the days it would have taken)
		jdbc.sql("""
				update training.training_class set starts_on = starts_on - 7, ends_on = ends_on - 7,
				filed_at = filed_at - interval '7 days' where id = :id""").param("id", classId).update();

		// 2. attendance of its one session, everyone present, then the certificates, the closing and the claim
		open("/training/classes/" + classId);
		date(By.id("session-day"), today.minusDays(5));
		browser.findElement(By.id("session-hours")).sendKeys("8");
		browser.findElement(By.id("session-topic")).sendKeys("失能老人照护实操");
		browser.findElement(By.id("session-add")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "已添加课次"));
		waitFor(By.cssSelector("#sessions [id^='attendance-']")).click();
		waitFor(By.id("attendance-save")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "已保存考勤"));
		open("/training/classes/" + classId + "/results");
		List<Long> enrolments = jdbc.sql("select id from training.enrolment where class_id = :id order by seat")
			.param("id", classId)
			.query(Long.class)
			.list();
		for (long enrolment : enrolments) {
			new Select(waitFor(By.id("outcome-" + enrolment))).selectByValue("PASSED");
			browser.findElement(By.id("certificate-" + enrolment)).sendKeys("S000021080" + enrolment + "Y");
			date(By.id("certified-" + enrolment), today.minusDays(1));
		}
		browser.findElement(By.id("results-save")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "已保存考核结果"));
		open("/training/classes/" + classId);
		waitFor(By.id("class-close")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("class-status"), "已结业"));
		waitFor(By.id("claim-button")).click();
		WebElement lines = waitFor(By.id("claim-lines"));
		assertThat(lines.getText()).contains("已享受过同一职业（工种）同一等级的补贴");
		String claimUrl = browser.getCurrentUrl();
		signOut();

		// 3. the bureau sees the migrant's line refused with its rule, the resident's granted, and reviews
		signIn("hrss");
		browser.get(claimUrl);
		assertThat(waitFor(By.id("claim-line-2")).getText()).contains("李春梅", "已享受过同一职业（工种）同一等级的补贴");
		assertThat(browser.findElement(By.id("claim-line-1")).getText()).contains("王小明");
		waitFor(By.id("review-button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("claim-status"), "已审核"));
		signOut();

		// 4. the finance bureau approves
		signIn("finance");
		browser.get(claimUrl);
		waitFor(By.id("approval-button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("claim-status"), "已审批"));
		signOut();

		// 5. the resident sees his certificate
		signIn("resident");
		open("/training/mine");
		assertThat(waitFor(By.id("certificates")).getText()).contains("S000021080" + enrolments.get(0) + "Y")
			.contains("养老护理员");
		signOut();

		// 6. the plan's task (四) counts them
		signIn("hrss");
		openPlan();
		waitFor(By.xpath("//tr[td/strong[contains(., '" + TASK + "')]]"));
		assertThat(planIndicator(TRAINED)).isEqualTo(trainedBefore + 2);
		assertThat(planIndicator(CERTIFIED)).isEqualTo(certifiedBefore + 2);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static Path roster(List<String[]> rows) throws IOException {
		Path file = Files.createTempFile("roster", ".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("花名册");
			Row header = sheet.createRow(0);
			String[] titles = { "姓名", "身份证号", "手机号", "户籍性质" };
			for (int i = 0; i < titles.length; i++) {
				header.createCell(i).setCellValue(titles[i]);
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int i = 0; i < titles.length; i++) {
					row.createCell(i).setCellValue(rows.get(r)[i]);
				}
			}
			workbook.write(out);
		}
		return file;
	}




}
