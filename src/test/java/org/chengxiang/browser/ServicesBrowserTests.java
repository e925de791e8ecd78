package org.chengxiang.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServicesBrowserTests extends BrowserTestSupport {

	@Test
	void residentAppliesPoliceAsksForACorrectionAndApprovesResidentRates() throws IOException {
		Path photo = Files.createTempFile("id-card", ".png");
		Files.write(photo, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 });

		signIn("resident");
		open("/services");
		browser.findElement(By.partialLinkText("居住证申领")).click();
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("居住证申领");
		screenshot("services-item");
		browser.findElement(By.name("confirmed")).click();
		browser.findElement(By.cssSelector("form.panel button.primary")).click();
		waitFor(By.id("f.description")).sendKeys("在金桥街道租房居住已满半年，申领居住证。");
		browser.findElement(By.cssSelector("form.form button.primary")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "草稿已保存"));
		String url = browser.getCurrentUrl();
		for (int i = 0; i < 2; i++) {
			upload(i, photo);
		}
		step("submission", "等待受理");
		String number = browser.findElement(By.tagName("h1")).getText().replace("居住证申领 ", "");
		signOut();

		signIn("police");
		open("/services/inbox");
		browser.findElement(By.linkText(number)).click();
		step("acceptance", "已受理");
		browser.findElement(By.cssSelector("form[action$='/review'] button")).click();
		waitFor(By.id("missing")).sendKeys("居住证明缺少房东签字\n身份证照片反光看不清");
		step("correction", "已告知补正");
		screenshot("services-clerk");
		signOut();

		signIn("resident");
		browser.get(url);
		assertThat(text()).contains("补正告知").contains("居住证明缺少房东签字").contains("身份证照片反光看不清");
		upload(1, photo);
		step("resubmission", "补正已提交");
		signOut();

		signIn("police");
		browser.get(url);
		step("approval", "已准予办结");
		signOut();

		signIn("resident");
		browser.get(url);
		step("rating", "感谢您的评价");
		assertThat(text()).contains("准予办结").contains("非常满意");
		screenshot("services-resident-decided");
		browser.findElement(By.linkText("准予许可决定书")).click();
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("准予许可决定书");
		assertThat(text()).contains("大石桥市公安局").contains("公安局准许字〔").contains("本机关决定准予许可")
			.contains("下载 PDF");
		screenshot("services-decision");
	}

	@Test
	void policeFollowsUpTheUnsatisfiedRatingFromTheHomePageAndTheResidentIsTold() {
		signIn("police");
		open("/");
		WebElement tile = waitFor(By.cssSelector("#workbench a[href='/services/ratings/follow-ups']"));
		assertThat(tile.getText()).contains("差评待整改");
		tile.click();
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("差评回访整改");
		// the demo resident's second residence permit, rated 不满意
		WebElement row = browser.findElements(By.cssSelector("#follow-ups tr[id^='follow-up-']"))
			.stream()
			.filter(r -> r.getText().contains("审核时间较长"))
			.findFirst()
			.orElseThrow();
		String number = row.findElement(By.tagName("a")).getText();
		String rowId = row.getAttribute("id");
		WebElement form = browser.findElement(By.id(rowId + "-form"));
		form.findElement(By.name("contactNote")).sendKeys("电话回访，申请人反映咨询电话无人接听");
		form.findElement(By.name("measures")).sendKeys("已公布咨询专线并安排专人值守");
		form.findElement(By.cssSelector("button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "整改情况已提交"));
		assertThat(browser.findElement(By.id(rowId)).getText()).contains("已整改");
		signOut();

		signIn("resident");
		open("/services/mine");
		assertThat(text()).contains("您对办件 " + number + " 的评价已回访，整改情况：已公布咨询专线并安排专人值守");
	}

}
