package org.chengxiang.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanBrowserTests extends BrowserTestSupport {

	@Test
	void departmentSignsProposesAndTheSupervisorApproves() {
		signIn("drc");
		open("/plans/todo");
		assertThat(text()).contains("本单位的任务").contains("待签收");
		screenshot("plan-todo-drc");
		// the first assignment still waiting to be signed for
		List<WebElement> links = browser.findElements(By.xpath("//tr[td[contains(., '待签收')]]//a"));
		assertThat(links).isNotEmpty();
		links.get(0).click();
		waitFor(By.id("leader")).sendKeys("李局长");
		browser.findElement(By.id("contact")).sendKeys("张科长");
		browser.findElement(By.id("phone")).sendKeys("0417-5621234");
		browser.findElement(By.cssSelector("form[action$='/signature'] button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "已签收"));
		String assignmentUrl = browser.getCurrentUrl();

		browser.findElement(By.id("measures")).sendKeys("制定工作方案，按季度调度。");
		List<WebElement> titles = browser.findElements(By.name("milestoneTitle"));
		List<WebElement> dues = browser.findElements(By.name("milestoneDue"));
		titles.get(0).sendKeys("印发工作方案");
		setDate(dues.get(0), LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30));
		browser.findElement(By.cssSelector("form[action$='/measures'] button.primary")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "等待督查室审核"));
		screenshot("plan-assignment-drc");
		signOut();

		signIn("supervisor");
		browser.get(assignmentUrl);
		browser.findElement(By.cssSelector("form[action$='/measures/approval'] button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "已同意"));
		assertThat(text()).contains("推进中").contains("印发工作方案");
		screenshot("plan-assignment-approved");
	}

	@Test
	void supervisorSeesThePlanDashboardAndAssessment() {
		signIn("supervisor");
		open("/plans");
		browser.findElement(By.partialLinkText("大石桥市贯彻落实2020年")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#plan-chart canvas")));
		assertThat(text()).contains("全面取消落户限制").contains("人民银行大石桥市支行").contains("完成率");
		screenshot("plan-overview");
		browser.findElement(By.linkText("责任单位进展与考核")).click();
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("责任单位进展与考核");
		assertThat(text()).contains("年度考核得分").contains("发改局");
		screenshot("plan-assessment");
	}

	private void setDate(WebElement input, LocalDate date) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, date.toString());
	}

}
