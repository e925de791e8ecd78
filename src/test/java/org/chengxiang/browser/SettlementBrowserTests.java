package org.chengxiang.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.chengxiang.platform.crypto.GeneratedIdNumbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxiang.directory.TestRegistrations.STRONG_PASSWORD;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SettlementBrowserTests extends BrowserTestSupport {

	@Test
	void residentAppliesToSettlePoliceApprovesAndTheRegistryAndPlanShowIt() throws IOException {
		open("/register");
		browser.findElement(By.id("username")).sendKeys("luohu");
		browser.findElement(By.id("displayName")).sendKeys("钱落户");
		browser.findElement(By.id("idNumber")).sendKeys(GeneratedIdNumbers.withCheck("21088219960202002"));
		browser.findElement(By.id("phone")).sendKeys("13600002223");
		browser.findElement(By.id("password")).sendKeys(STRONG_PASSWORD);
		browser.findElement(By.id("confirmPassword")).sendKeys(STRONG_PASSWORD);
		browser.findElement(By.cssSelector("form.form button.primary")).click();
		confirmRegistration("13600002223");

		signIn("luohu", STRONG_PASSWORD);
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
		// the town first: the second list then holds that town's communities and villages only
		new Select(browser.findElement(By.id("f.destination.divisionCode.town"))).selectByValue("210882003000");
		wait.until(driver -> new Select(driver.findElement(By.id("f.destination.divisionCode"))).getOptions().size() < 30);
		Select place = new Select(browser.findElement(By.id("f.destination.divisionCode")));
		assertThat(place.getOptions()).extracting(WebElement::getText).contains("铁西社区").doesNotContain("腰屯村委会");
		place.selectByValue("210882003001");
		browser.findElement(By.id("f.ruralRights.statement")).sendKeys("保留承包地，由亲属代耕");
		browser.findElement(By.id("f.destination.addressLine")).sendKeys("铁西社区 5 号楼 101");
		browser.findElement(By.id("f.evidence")).sendKeys("房屋租赁合同");
		for (String right : new String[] { "hasLandContract", "hasHomestead", "hasCollectiveIncome" }) {
			browser.findElement(By.cssSelector("input[name='f.ruralRights." + right + "'][value=true]")).click();
		}
		browser.findElement(By.cssSelector("form.form button.primary")).click();
		// the problem stands beside the field, in words; what was typed is all there
		waitFor(By.cssSelector(".flash.error"));
		assertThat(browser.findElement(By.xpath("//input[@name='f.members[0].idNumber']/following-sibling::p[@class='error']"))
			.getText()).contains("身份证号码");
		assertThat(text()).doesNotContain("members[0]", "idNumber", "ruralRights", " / ");
		assertThat(browser.findElement(By.name("f.members[0].name")).getAttribute("value")).isEqualTo("钱小宝");
		assertThat(new Select(browser.findElement(By.name("f.members[0].relation"))).getFirstSelectedOption()
			.getAttribute("value")).isEqualTo("CHILD");
		assertThat(new Select(browser.findElement(By.id("f.category"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("LEGAL_RESIDENCE_RENTED");
		assertThat(new Select(browser.findElement(By.id("f.destination.divisionCode"))).getFirstSelectedOption()
			.getAttribute("value")).isEqualTo("210882003001");
		assertThat(browser.findElement(By.id("f.ruralRights.statement")).getAttribute("value"))
			.isEqualTo("保留承包地，由亲属代耕");
		assertThat(browser.findElement(By.id("f.ruralRights.hasLandContract.yes")).isSelected()).isTrue();
		screenshot("settlement-form-error");

		// corrected, the draft is saved
		browser.findElement(By.name("f.members[0].idNumber")).clear();
		browser.findElement(By.name("f.members[0].idNumber"))
			.sendKeys(GeneratedIdNumbers.withCheck("21088220150101001"));
		for (String right : new String[] { "hasLandContract", "hasHomestead", "hasCollectiveIncome" }) {
			browser.findElement(By.cssSelector("input[name='f.ruralRights." + right + "'][value=false]")).click();
		}
		browser.findElement(By.cssSelector("form.form button.primary")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "草稿已保存"));
		// the application reads like the paper form
		assertThat(text()).contains("钱小宝").contains("2108**********").contains("金桥街道 铁西社区").contains("子女")
			.contains("保留承包地，由亲属代耕").doesNotContain("CHILD", "210882003001", "LEGAL_RESIDENCE", "ruralRights");
		screenshot("settlement-application-form");
		String applicationUrl = browser.getCurrentUrl();
		signOut();
		signIn("police");
		long submittedBefore = indicator("落户申请");
		signOut();
		signIn("luohu", STRONG_PASSWORD);

		// with the two required materials it is submitted
		Path scan = Files.createTempFile("scan", ".png");
		Files.write(scan, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 });
		browser.get(applicationUrl);
		for (int i = 0; i < 2; i++) {
			upload(i, scan);
		}
		step("submission", "等待受理");
		signOut();

		// police accept, ask for the rental registration, the resident sends it, police approve
		signIn("police");
		browser.get(applicationUrl);
		step("acceptance", "已受理");
		browser.findElement(By.cssSelector("form[action$='/review'] button")).click();
		waitFor(By.id("missing")).sendKeys("租赁合同未见租赁登记备案证明");
		step("correction", "已告知补正");
		signOut();
		signIn("luohu", STRONG_PASSWORD);
		browser.get(applicationUrl);
		assertThat(text()).contains("租赁合同未见租赁登记备案证明");
		upload(1, scan);
		step("resubmission", "补正已提交");
		signOut();
		signIn("police");
		browser.get(applicationUrl);
		step("approval", "已准予办结");

		// the approval writes the registry (through the event registry, a moment later)
		String headId = GeneratedIdNumbers.withCheck("21088219960202002");
		wait.until(driver -> {
			open("/settlement/registry");
			return text().contains("钱落户");
		});
		browser.findElement(By.cssSelector("#lookup input[name=idNumber]")).sendKeys(headId);
		browser.findElement(By.cssSelector("#lookup button")).click();
		WebElement household = waitFor(By.id("household"));
		assertThat(household.getText()).contains("钱落户").contains("钱小宝").contains("户主").contains("子女")
			.contains("铁西社区 5 号楼 101").doesNotContain(headId);
		screenshot("settlement-registry");

		// and the plan's task (二) counts it
		wait.until(driver -> indicator("落户申请") >= submittedBefore + 1);
		signOut();

		signIn("luohu", STRONG_PASSWORD);
		browser.get(applicationUrl);
		assertThat(text()).contains("准予办结");
	}

	/** The value of a live indicator on the demo plan's page, as its first task with that indicator shows it. */
	private long indicator(String name) {
		open("/plans");
		browser.findElement(By.partialLinkText("大石桥市贯彻落实2020年")).click();
		WebElement line = waitFor(By.xpath("//td[@class='small']/div[span[text()='" + name + "']]"));
		String value = line.findElement(By.tagName("strong")).getText();
		return "—".equals(value) ? 0 : Math.round(Double.parseDouble(value.replace(",", "")));
	}

}
