package org.chengxiang.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.chengxiang.cityops.cases.CasePoints;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/**
 * Residents and grid officers on a phone (390 × 844): the menu folds behind a button, no page scrolls
 * sideways, and a grid officer reports a case with a photo from the camera and the phone's location.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MobileBrowserTests extends BrowserTestSupport {

	static final List<String> RESIDENT_PAGES = List.of("/", "/services", "/services/items/SETTLEMENT",
			"/services/items/SETTLEMENT/form", "/services/mine", "/settlement/policies", "/cityops/cases/new",
			"/cityops/cases", "/residence/mine", "/residence/schools/mine", "/residence/housing/mine", "/training/mine", "/account");

	static final List<String> GRID_OFFICER_PAGES = List.of("/", "/cityops/cases", "/cityops/cases?tab=ALL",
			"/cityops/cases/new", "/directory/grid", "/directory/divisions", "/services", "/account", "/calendar");

	@Autowired
	JdbcClient jdbc;

	@Test
	void gridOfficerReportsACaseWithAPhotoAndTheLocationOfThePhoneThenFindsItInTheCases() throws IOException {
		Path photo = Files.createTempFile("pothole", ".png");
		Files.write(photo, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 });
		double[] here = CasePoints.next(jdbc);
		String cell = jdbc.sql("select code from directory.grid_cell where id = :id").param("id", (long) here[2])
			.query(String.class).single();
		phone();
		ChromeDriver chrome = (ChromeDriver) browser;
		chrome.executeCdpCommand("Browser.grantPermissions",
				Map.of("origin", "http://localhost:" + port, "permissions", List.of("geolocation")));
		chrome.executeCdpCommand("Emulation.setGeolocationOverride",
				Map.of("latitude", here[1], "longitude", here[0], "accuracy", 8));

		signIn("grid01");
		openMenu();
		browser.findElement(By.cssSelector("#sidebar a[href$='/cityops/cases/new']")).click();
		waitFor(By.id("use-location"));
		WebElement photos = browser.findElement(By.id("photos"));
		assertThat(photos.getDomAttribute("accept")).isEqualTo("image/*");
		assertThat(photos.getDomAttribute("capture")).isEqualTo("environment");
		browser.findElement(By.id("use-location")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("location-status"), cell));
		assertThat(Double.parseDouble(browser.findElement(By.id("longitude")).getDomProperty("value"))).isCloseTo(here[0],
				offset(0.000001));
		assertThat(Double.parseDouble(browser.findElement(By.id("latitude")).getDomProperty("value"))).isCloseTo(here[1],
				offset(0.000001));
		assertThat(browser.findElement(By.id("location-status")).getText()).startsWith("已定位，所在网格：" + cell);
		new Select(browser.findElement(By.id("classCode"))).selectByValue("C-0103");
		browser.findElement(By.id("description")).sendKeys("人行道井盖缺失，已设临时围挡。");
		photos.sendKeys(photo.toString());
		assertNoSidewaysScroll("/cityops/cases/new");
		screenshot("mobile-report");
		browser.findElement(By.cssSelector("#report-form button.primary")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "已上报"));
		String number = browser.findElement(By.tagName("h1")).getText().replace("雨水井盖 ", "");
		assertThat(number).startsWith("CG-");
		assertThat(browser.findElements(By.cssSelector("img.case-photo"))).hasSize(1);
		// the timeline names the officer and never shows a photo's hash
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("金桥街道 吴网格员").doesNotContain("grid01");
		assertThat(browser.findElement(By.id("case-reporter")).getText()).isEqualTo("金桥街道 吴网格员");
		assertNoSidewaysScroll("the case " + number);
		screenshot("mobile-reported");

		openMenu();
		browser.findElement(By.cssSelector("#sidebar a[href$='/cityops/cases']")).click();
		browser.findElement(By.cssSelector("input[name=q]")).sendKeys(number, Keys.ENTER);
		WebElement row = waitFor(By.xpath("//table[@id='cases']//tr[td//a[text()='" + number + "']]"));
		assertThat(row.getText()).contains("雨水井盖", "人行道井盖缺失");
		assertNoSidewaysScroll("/cityops/cases");
		screenshot("mobile-my-cases");
	}

	@Test
	void geolocationRefusedByTheBrowserIsSaidPlainly() {
		phone();
		((ChromeDriver) browser).executeCdpCommand("Browser.resetPermissions", Map.of());
		((ChromeDriver) browser).executeCdpCommand("Browser.setPermission", Map.of("origin", "http://localhost:" + port,
				"permission", Map.of("name", "geolocation"), "setting", "denied"));
		signIn("grid01");
		open("/cityops/cases/new");
		waitFor(By.id("use-location")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("location-status"), "浏览器没有允许本站获取位置"));
		assertThat(browser.findElement(By.id("longitude")).getDomProperty("value")).isEmpty();
	}

	@Test
	void everyPageOfResidentsAndGridOfficersFitsAPhoneAndTheMenuButtonOpensTheMenu() {
		// an application of the resident's and a case waiting for the grid officer's verification, as the demo holds them
		long application = jdbc.sql("""
				select a.id from services.application a join directory.app_user u on u.id = a.applicant_user_id
				where u.username = 'resident' order by a.id limit 1
				""").query(Long.class).single();
		java.util.Optional<Long> toVerify = jdbc.sql("""
				select c.id from cityops.city_case c join cityops.grid_officer o on o.grid_cell_id = c.grid_cell_id
				join directory.app_user u on u.id = o.user_id where u.username = 'grid01' and c.status = 'FEEDBACK'
				order by c.id limit 1
				""").query(Long.class).optional();
		List<String> residentPages = new java.util.ArrayList<>(RESIDENT_PAGES);
		residentPages.add("/services/applications/" + application);
		List<String> gridOfficerPages = new java.util.ArrayList<>(GRID_OFFICER_PAGES);
		toVerify.ifPresent(id -> gridOfficerPages.add("/cityops/cases/" + id));
		phone();
		for (String user : List.of("resident", "grid01")) {
			signIn(user);
			for (String page : user.equals("resident") ? residentPages : gridOfficerPages) {
				open(page);
				waitFor(By.cssSelector("main.content"));
				assertNoSidewaysScroll(user + " " + page);
				WebElement menu = browser.findElement(By.id("sidebar"));
				WebElement button = browser.findElement(By.cssSelector("button.menu-toggle"));
				assertThat(menu.isDisplayed()).as("menu folded on " + page).isFalse();
				assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("false");
				button.click();
				assertThat(menu.isDisplayed()).as("menu opened on " + page).isTrue();
				assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("true");
				assertNoSidewaysScroll(user + " " + page + " with the menu open");
				screenshot("mobile-" + user + page.replaceAll("[/?=]", "-"));
				if (page.equals("/")) {
					// the keyboard closes it again and the focus returns to the button (one layout: once is enough)
					browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
					assertThat(menu.isDisplayed()).isFalse();
					assertThat(browser.switchTo().activeElement().getDomAttribute("class")).contains("menu-toggle");
					browser.switchTo().activeElement().sendKeys(Keys.ENTER);
					assertThat(menu.isDisplayed()).as("menu opened by keyboard on " + page).isTrue();
				}
			}
			signOut();
		}
	}

	@Test
	void clerksKeepTheDesktopLayout() {
		signIn("operator");
		open("/cityops/cases");
		assertThat(browser.findElement(By.id("sidebar")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.cssSelector("button.menu-toggle")).isDisplayed()).isFalse();
		assertThat(browser.findElement(By.id("sidebar")).getRect().getWidth()).isEqualTo(190);
	}

	private void phone() {
		((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));
	}

	private void openMenu() {
		WebElement button = browser.findElement(By.cssSelector("button.menu-toggle"));
		if (!"true".equals(button.getDomAttribute("aria-expanded"))) {
			button.click();
		}
		waitFor(By.id("sidebar"));
	}

	private void assertNoSidewaysScroll(String where) {
		@SuppressWarnings("unchecked")
		List<Number> widths = (List<Number>) ((JavascriptExecutor) browser)
			.executeScript("return [document.documentElement.scrollWidth, window.innerWidth];");
		assertThat(widths.get(1).intValue()).as("viewport on " + where).isEqualTo(390);
		assertThat(widths.get(0).intValue()).as("page width on " + where).isLessThanOrEqualTo(widths.get(1).intValue());
	}

}
