package org.chengxiang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlatformBrowserTests extends BrowserTestSupport {

	@Test
	void supervisorVerifiesTheAuditChain() {
		signIn("supervisor");
		open("/audit");
		assertThat(text()).contains("审计日志");
		browser.findElement(By.cssSelector("button[hx-post$='/audit/verification']")).click();
		wait.until(ExpectedConditions.textMatches(By.id("verification"), java.util.regex.Pattern.compile("\\S")));
		assertThat(browser.findElement(By.id("verification")).getText()).contains("完整");
		screenshot("audit");
	}

	@Test
	void clerkCountsWorkingDaysAcrossNationalDay() {
		signIn("police");
		open("/calendar?year=2020");
		assertThat(text()).contains("国庆节").contains("调休上班");
		WebElement start = browser.findElement(By.cssSelector("#addition input[name=start]"));
		((JavascriptExecutor) browser).executeScript("arguments[0].value = '2020-09-30'", start);
		WebElement days = browser.findElement(By.cssSelector("#addition input[name=days]"));
		days.clear();
		days.sendKeys("3");
		browser.findElement(By.cssSelector("#addition button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("addition"), "2020-10-12"));
		screenshot("calendar");
	}

	@Test
	void residentIsKeptOutOfStaffPages() {
		signIn("resident");
		open("/audit");
		assertThat(text()).contains("您没有权限访问此页面");
		open("/calendar");
		assertThat(text()).contains("您没有权限访问此页面");
	}

}
