package org.chengxiang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SettlementBrowserTests extends BrowserTestSupport {

	@Test
	void residentFillsTheSettlementFormAndIsToldWhatToFix() {
		open("/register");
		browser.findElement(By.id("username")).sendKeys("luohu");
		browser.findElement(By.id("displayName")).sendKeys("钱落户");
		browser.findElement(By.id("idNumber")).sendKeys("21088219960202002" + DirectoryBrowserTests.checkDigit("21088219960202002"));
		browser.findElement(By.id("phone")).sendKeys("13600002223");
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.id("confirmPassword")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("form.form button.primary")).click();
		wait.until(ExpectedConditions.urlContains("/login"));

		signIn("luohu");
		open("/services/items/SETTLEMENT");
		assertThat(text()).contains("落户不影响您在原籍的土地承包经营权");
		browser.findElement(By.name("confirmed")).click();
		browser.findElement(By.cssSelector("form.panel button.primary")).click();
		waitFor(By.id("f.originHukouAddress")).sendKeys("辽宁省盖州市团山街道");
		assertThat(text()).contains("进城落户不影响您依法享有的农村土地承包经营权");
		// a member with a wrong ID number is refused, naming the row
		browser.findElement(By.name("f.members[0].name")).sendKeys("钱小宝");
		browser.findElement(By.name("f.members[0].idNumber")).sendKeys("210882201501010010");
		new Select(browser.findElement(By.name("f.members[0].relation"))).selectByValue("CHILD");
		new Select(browser.findElement(By.id("f.category"))).selectByValue("LEGAL_RESIDENCE_RENTED");
		new Select(browser.findElement(By.id("f.destination.divisionCode"))).selectByValue("210882003001");
		browser.findElement(By.id("f.destination.addressLine")).sendKeys("铁西社区 5 号楼 101");
		browser.findElement(By.id("f.evidence")).sendKeys("房屋租赁合同");
		for (String right : new String[] { "hasLandContract", "hasHomestead", "hasCollectiveIncome" }) {
			browser.findElement(By.cssSelector("input[name='f.ruralRights." + right + "'][value=true]")).click();
		}
		browser.findElement(By.cssSelector("form.form button.primary")).click();
		assertThat(waitFor(By.cssSelector(".flash.error")).getText()).contains("members[0].idNumber")
			.doesNotContain("ruralRights");
		assertThat(browser.findElement(By.name("f.members[0].name")).getAttribute("value")).isEqualTo("钱小宝");
		screenshot("settlement-form-error");

		// corrected, the draft is saved
		browser.findElement(By.name("f.members[0].idNumber")).clear();
		browser.findElement(By.name("f.members[0].idNumber"))
			.sendKeys("21088220150101001" + DirectoryBrowserTests.checkDigit("21088220150101001"));
		new Select(browser.findElement(By.name("f.members[0].relation"))).selectByValue("CHILD");
		for (String right : new String[] { "hasLandContract", "hasHomestead", "hasCollectiveIncome" }) {
			browser.findElement(By.cssSelector("input[name='f.ruralRights." + right + "'][value=false]")).click();
		}
		browser.findElement(By.cssSelector("form.form button.primary")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "草稿已保存"));
		assertThat(text()).contains("钱小宝").contains("2108**********");
	}

}
