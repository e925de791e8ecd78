package org.chengxiang.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.chengxiang.platform.crypto.GeneratedIdNumbers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The residence core as the demo migrant lives it, through the pages only: the education bureau opens next year's
 * school round; she applies for a residence permit, the police issue it and her page shows what it is worth; she
 * applies for a school place for her son and enrols in the pension scheme; the round is drawn, the human resources
 * bureau approves the enrolment, the plan's task (三) counts the permit and the enrolment, and she accepts the place.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResidenceBrowserTests extends BrowserTestSupport {

	private static final String TASK = "推动城镇基本公共服务覆盖未落户常住人口";

	private static final String PERMITS_ISSUED = "居住证发证量";

	private static final String PENSION_ENROLMENTS = "灵活就业人员参保登记";

	private static final String SCHOOL = "铁西小学";

	@Test
	void migrantGetsAPermitASchoolPlaceAndAPensionAndThePlanCountsThem() throws IOException {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		// next year's round (the demo drew this year's), judged on 1 January, inside the permit's first year
		int year = today.getYear() + 1;
		Path photo = Files.createTempFile("photo", ".png");
		Files.write(photo, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 });

		// the plan's task (三) shows the residence indicators; the education bureau is one of its departments
		signIn("edu");
		openPlan();
		WebElement task = waitFor(By.xpath("//tr[td/strong[contains(., '" + TASK + "')]]"));
		assertThat(task.getText()).contains(PERMITS_ISSUED, "有效居住证", "居住证含金量", "随迁子女申请学位数",
				"公租房配租", PENSION_ENROLMENTS);
		long issuedBefore = planIndicator(PERMITS_ISSUED);
		long enrolledBefore = planIndicator(PENSION_ENROLMENTS);

		// it offers places in 铁西小学 next year and opens the year's round
		open("/residence/schools");
		browser.findElement(By.linkText(SCHOOL)).click();
		WebElement placesYear = waitFor(By.id("places-year"));
		placesYear.clear();
		placesYear.sendKeys(String.valueOf(year));
		new Select(browser.findElement(By.id("places-grade"))).selectByVisibleText("小学一年级");
		browser.findElement(By.id("places-count")).sendKeys("2");
		browser.findElement(By.cssSelector("#places-form button.primary")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "学位数已设置"));
		assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo(year + " 年学位");
		open("/residence/schools/rounds");
		WebElement roundYear = waitFor(By.id("round-year"));
		roundYear.clear();
		roundYear.sendKeys(String.valueOf(year));
		date(By.id("round-reference"), LocalDate.of(year, 1, 1));
		browser.findElement(By.cssSelector("#round-form button.primary")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), year + " 年分配轮次已设立"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(year + " 年学位分配");
		signOut();

		// 1. the migrant, registered seven months ago, applies for her permit from her residence page
		signIn("migrant");
		open("/residence/mine");
		assertThat(waitFor(By.id("my-registration")).getText()).contains("已登记居住 7 个月").contains("铁西社区");
		assertThat(browser.findElement(By.id("my-permits")).getText()).contains("还没有居住证");
		browser.findElement(By.linkText("申领居住证")).click();
		assertThat(waitFor(By.tagName("h1")).getText()).startsWith("居住证申领");
		assertThat(browser.findElements(By.cssSelector(".flash.error"))).isEmpty();
		apply();
		assertThat(text()).contains("在本市居住登记满六个月");
		browser.findElement(By.cssSelector("form.form button.primary")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "草稿已保存"));
		assertThat(text()).contains("申领对象\n本人").doesNotContain("forChild", "其他内容");
		String permitApplication = browser.getCurrentUrl();
		upload(0, photo);
		upload(1, photo);
		step("submission", "等待受理");
		signOut();

		// 2. the police accept, review and approve it from the inbox; the permit is issued
		signIn("police");
		handle(permitApplication);
		WebElement permitRow = wait.until(driver -> {
			open("/residence/permits");
			return driver.findElements(By.xpath("//table[@id='permits']//tr[td[text()='李春梅']]"))
				.stream()
				.findFirst()
				.orElse(null);
		});
		assertThat(permitRow.getText()).contains("有效").contains(today.toString());
		permitRow.findElement(By.tagName("a")).click();
		assertThat(waitFor(By.id("permit")).getText()).contains("李春梅").contains("大石桥市公安局").contains("铁西社区");
		screenshot("residence-permit-police");
		signOut();

		// her page shows the permit and what it is worth
		signIn("migrant");
		open("/residence/mine");
		assertThat(waitFor(By.id("my-permits")).getText()).contains("李春梅").contains("有效")
			.contains("有效期 " + today);
		assertThat(browser.findElement(By.id("entitlements")).getText()).contains("居住证持有人享有的权利和便利")
			.contains("义务教育").contains("机动车登记");
		screenshot("residence-mine");

		// 3. she applies for a school place for her son, six by the end of next August
		open("/residence/schools/mine");
		browser.findElement(By.linkText("申请学位")).click();
		apply();
		waitFor(By.id("f.childName")).sendKeys("李小宝");
		browser.findElement(By.id("f.childIdNumber"))
			.sendKeys(GeneratedIdNumbers.of("210881", LocalDate.of(year - 6, 3, 1), 13));
		new Select(browser.findElement(By.id("f.year"))).selectByVisibleText(String.valueOf(year));
		new Select(browser.findElement(By.id("f.grade"))).selectByVisibleText("小学一年级");
		new Select(browser.findElement(By.id("f.schoolId"))).selectByVisibleText(SCHOOL);
		new Select(browser.findElement(By.id("f.gridCellId"))).getOptions()
			.stream()
			.filter(option -> option.getText().contains("铁西社区"))
			.findFirst()
			.orElseThrow()
			.click();
		date(By.id("f.residenceSince"), today.minusMonths(7));
		browser.findElement(By.cssSelector("form.form button.primary")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "草稿已保存"));
		step("submission", "等待受理");
		// the application reads like the paper form: names and words, no codes
		assertThat(text()).contains("子女姓名\n李小宝").contains("申请学校\n" + SCHOOL).contains("年级\n小学一年级")
			.contains("铁西社区第一网格").contains("2108**********").doesNotContain("其他内容", "P1", "********\n");

		// 5. and enrols in the pension scheme, at the lowest base of the year the bureau published
		open("/residence/pension/bands");
		String lowest = waitFor(By.xpath("//table[@id='pension-bands']//tr[td[1][text()='" + today.getYear() + "']]/td[2]"))
			.getText();
		browser.findElement(By.linkText("申请参保登记")).click();
		apply();
		// a base below the band is refused beside the field, in words, with what was typed still there
		waitFor(By.id("f.contributionBase")).sendKeys("100");
		browser.findElement(By.cssSelector("form.form button.primary")).click();
		waitFor(By.cssSelector(".flash.error"));
		assertThat(browser.findElement(By.xpath("//input[@id='f.contributionBase']/following-sibling::p[@class='error']"))
			.getText()).contains(lowest);
		assertThat(browser.findElement(By.id("f.contributionBase")).getAttribute("value")).isEqualTo("100");
		assertThat(text()).doesNotContain("contributionBase", "baseWithinBandPolicy");
		browser.findElement(By.id("f.contributionBase")).clear();
		browser.findElement(By.id("f.contributionBase")).sendKeys(lowest);
		browser.findElement(By.cssSelector("form.form button.primary")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "草稿已保存"));
		String pensionApplication = browser.getCurrentUrl();
		upload(0, photo);
		step("submission", "等待受理");
		assertThat(text()).contains("缴费基数（元/月）\n" + lowest).doesNotContain("其他内容");
		signOut();

		// 4. the education bureau publishes the seed and draws the round: her son is offered the place
		signIn("edu");
		wait.until(driver -> {
			open("/residence/schools/rounds/" + year);
			return "1".equals(roundFact("申请"));
		});
		browser.findElement(By.id("round-seed")).sendKeys("大石桥-" + year + "-公开派位");
		browser.findElement(By.cssSelector("#step-form button.primary")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "派位种子已公布"));
		browser.findElement(By.cssSelector("#step-form button.primary")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "分配完成，录取 1 人"));
		new Select(browser.findElement(By.id("result-school"))).selectByVisibleText(SCHOOL);
		browser.findElement(By.cssSelector("#school-filter button")).click();
		assertThat(waitFor(By.id("results")).getText()).contains("小学一年级").contains("已录取，待确认")
			.doesNotContain("P1", "OFFERED");
		screenshot("residence-round-drawn");
		signOut();

		// 6. the human resources bureau approves the enrolment; the plan's task (三) counts the permit and the enrolment
		signIn("hrss");
		handle(pensionApplication);
		wait.until(driver -> {
			openPlan();
			return planIndicator(PENSION_ENROLMENTS) >= enrolledBefore + 1;
		});
		assertThat(planIndicator(PERMITS_ISSUED)).isGreaterThanOrEqualTo(issuedBefore + 1);
		signOut();

		// she accepts the place
		signIn("migrant");
		open("/residence/schools/mine");
		By card = By.xpath("//div[contains(@class, 'card')][.//*[text()='李小宝']]");
		assertThat(waitFor(card).getText()).contains(SCHOOL).contains(String.valueOf(year)).contains("已录取，待确认");
		browser.findElement(card).findElement(By.cssSelector("form[action$='/acceptance'] button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "已确认入学"));
		assertThat(waitFor(card).getText()).contains("已确认入学");
	}

	/** On an item's instructions page: confirms having read them and opens the form. */
	private void apply() {
		waitFor(By.name("confirmed")).click();
		browser.findElement(By.cssSelector("form.panel button.primary")).click();
		waitFor(By.cssSelector("form.form"));
	}

	/** The clerk finds the application in the inbox, accepts, reviews and approves it. */
	private void handle(String applicationUrl) {
		String id = applicationUrl.substring(applicationUrl.lastIndexOf('/') + 1);
		open("/services/inbox");
		waitFor(By.cssSelector("a[href$='/services/applications/" + id + "']")).click();
		step("acceptance", "已受理");
		step("review", "已开始审查");
		step("approval", "已准予办结");
	}


	/** A count on the round's page, by its label. */
	private String roundFact(String label) {
		return browser.findElement(By.xpath("//dl[@id='round-facts']/dt[text()='" + label + "']/following-sibling::dd[1]"))
			.getText();
	}



}
