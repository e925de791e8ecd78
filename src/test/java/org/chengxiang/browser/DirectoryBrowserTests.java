package org.chengxiang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest;
import org.chengxiang.platform.crypto.GeneratedIdNumbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;
import static org.chengxiang.directory.TestRegistrations.STRONG_PASSWORD;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectoryBrowserTests extends BrowserTestSupport {

	@Test
	void administratorWorksThroughTheDirectory() {
		signIn("admin");
		assertThat(text()).contains("您好，系统管理员").contains("系统管理");
		screenshot("home-admin");

		open("/directory/departments?q=发改");
		assertThat(text()).contains("大石桥市发展和改革局").doesNotContain("大石桥市公安局");
		browser.findElement(By.linkText("大石桥市发展和改革局")).click();
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("大石桥市发展和改革局");
		assertThat(text()).contains("发改委");
		screenshot("department");

		open("/directory/users?q=resident");
		browser.findElement(By.linkText("resident")).click();
		assertThat(waitFor(By.id("identifiers")).getText()).contains("2108**********1516");
		browser.findElement(By.cssSelector("#identifiers button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("identifiers"), "210882199003071516"));
		screenshot("user-revealed");

		open("/directory/divisions?parent=210882003000");
		assertThat(text()).contains("铁西社区").contains("假定");
		screenshot("divisions");

		open("/directory/grid?division=210882003000");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#grid-map[data-ready] path.leaflet-interactive")));
		assertThat(browser.findElement(By.cssSelector("#grid-map .map-label-town")).getText()).isEqualTo("金桥街道");
		assertThat(text()).contains("演示边界");
		screenshot("grid");

		open("/directory/departments/new");
		browser.findElement(By.id("code")).sendKeys("BROWSER-1");
		browser.findElement(By.id("name")).sendKeys("浏览器测试局");
		browser.findElement(By.id("shortName")).sendKeys("浏览器测试局");
		browser.findElement(By.id("aliases")).sendKeys("公安局");
		browser.findElement(By.cssSelector("form.form button.primary")).click();
		assertThat(waitFor(By.cssSelector(".field.has-error .error")).getText()).contains("名称已被其他部门使用");
		screenshot("department-form-error");
		signOut();
	}

	@Test
	void residentRegistersFixesTheIdNumberAndSignsIn() {
		open("/register");
		browser.findElement(By.id("username")).sendKeys("zhangsan");
		browser.findElement(By.id("displayName")).sendKeys("张三");
		browser.findElement(By.id("idNumber")).sendKeys("210882199501010010");
		browser.findElement(By.id("phone")).sendKeys("13600001111");
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.id("confirmPassword")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("form.form button.primary")).click();
		assertThat(waitFor(By.cssSelector(".field.has-error .error")).getText()).contains("校验");
		screenshot("register-error");

		browser.findElement(By.id("idNumber")).clear();
		browser.findElement(By.id("idNumber")).sendKeys(GeneratedIdNumbers.withCheck("21088219950101001"));
		browser.findElement(By.id("password")).sendKeys(STRONG_PASSWORD);
		browser.findElement(By.id("confirmPassword")).sendKeys(STRONG_PASSWORD);
		browser.findElement(By.cssSelector("form.form button.primary")).click();
		wait.until(ExpectedConditions.urlContains("/register/confirm"));
		assertThat(text()).contains("验证码已发送到您填写的手机");
		screenshot("register-code");
		confirmRegistration("13600001111");
		assertThat(text()).contains("注册成功");

		signIn("zhangsan", STRONG_PASSWORD);
		open("/account");
		assertThat(text()).contains("2108**********").contains("136****1111").contains("居民");
		screenshot("account-resident");
	}

	@Test
	void clerkSeesOnlyTheirOwnDepartment() {
		signIn("police");
		open("/directory/users");
		assertThat(text()).contains("police").doesNotContain("hrss").doesNotContain("resident");
		open("/directory/users?q=hrss");
		assertThat(text()).doesNotContain("人社局");
		screenshot("users-clerk");
	}

}
