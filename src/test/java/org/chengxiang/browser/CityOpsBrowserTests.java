package org.chengxiang.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.chengxiang.cityops.cases.CasePoints;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CityOpsBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void gridOfficerReportsABrokenManholeOnTheMapAndTheCaseGoesThroughToTheBulletin() throws IOException {
		Path photo = Files.createTempFile("manhole", ".png");
		Files.write(photo, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 });
		double[] target = CasePoints.next(jdbc);

		signIn("operator");
		int closedBefore = closedThisMonth();
		signOut();

		signIn("grid01");
		open("/cityops/cases");
		browser.findElement(By.linkText("上报案件")).click();
		WebElement map = waitFor(By.id("case-map"));
		wait.until(driver -> ((JavascriptExecutor) driver)
			.executeScript("return document.getElementById('case-map').getAttribute('data-ready') === 'true';"));
		// the officer zooms in on the street, as with the mouse wheel, and clicks the spot
		((JavascriptExecutor) browser).executeScript("""
				var box = document.getElementById('case-map');
				box.scrollIntoView({ block: 'center' });
				box.cityMap.map.setView([arguments[1], arguments[0]], 17, { animate: false });
				""", target[0], target[1]);
		// the point's place on the screen, once the map has stopped moving (layers still arriving may move it)
		List<Number> pixel = stablePixel(target);
		// where the point is in the window: the map's corner plus the point's place in the map
		@SuppressWarnings("unchecked")
		List<Number> corner = (List<Number>) ((JavascriptExecutor) browser).executeScript("""
				var r = document.getElementById('case-map').getBoundingClientRect();
				return [r.left, r.top];
				""");
		int x = (int) Math.round(corner.get(0).doubleValue() + pixel.get(0).doubleValue());
		int y = (int) Math.round(corner.get(1).doubleValue() + pixel.get(1).doubleValue());
		// the grid is drawn over the plain background and the page says that no base map is configured
		assertThat(browser.findElements(By.cssSelector("#case-map path.leaflet-interactive")).size()).isPositive();
		assertThat(browser.findElement(By.cssSelector("#case-map .map-notice")).getText()).contains("未配置底图");
		// the point the map takes from the click, to compare with what the form then holds
		((JavascriptExecutor) browser).executeScript("""
				document.getElementById('case-map').cityMap.map.once('click', function (e) {
				  window.clickedPoint = [e.latlng.lng, e.latlng.lat];
				});
				""");
		new Actions(browser).moveToLocation(x, y).click().perform();
		wait.until(driver -> !driver.findElement(By.id("longitude")).getDomProperty("value").isBlank());
		wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("cell-name"), "—")));
		double lng = Double.parseDouble(browser.findElement(By.id("longitude")).getDomProperty("value"));
		double lat = Double.parseDouble(browser.findElement(By.id("latitude")).getDomProperty("value"));
		// what the map took from the click is what the form holds, and the click fell on the spot aimed at: within a
		// few metres when the page is still (alone), within a street's width when the machine is busy
		@SuppressWarnings("unchecked")
		List<Number> clicked = (List<Number>) ((JavascriptExecutor) browser).executeScript("return window.clickedPoint;");
		assertThat(lng).isCloseTo(clicked.get(0).doubleValue(), org.assertj.core.data.Offset.offset(0.000001));
		assertThat(lat).isCloseTo(clicked.get(1).doubleValue(), org.assertj.core.data.Offset.offset(0.000001));
		assertThat(lng).isCloseTo(target[0], org.assertj.core.data.Offset.offset(0.002));
		assertThat(lat).isCloseTo(target[1], org.assertj.core.data.Offset.offset(0.002));
		// the cell named is the one the server finds for the point the form holds, a cell of 金桥街道
		assertThat(browser.findElement(By.id("cell-name")).getText()).startsWith("210882003");
		new Select(browser.findElement(By.id("classCode"))).selectByValue("C-0103");
		browser.findElement(By.id("description")).sendKeys("人行道雨水井盖破裂，行人易踩空。");
		browser.findElement(By.id("photos")).sendKeys(photo.toString());
		screenshot("cityops-report");
		browser.findElement(By.cssSelector("#report-form button.primary")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "已上报"));
		String number = browser.findElement(By.tagName("h1")).getText().replace("雨水井盖 ", "");
		assertThat(number).startsWith("CG-");
		String url = browser.getCurrentUrl();
		assertThat(browser.findElements(By.cssSelector("img.case-photo"))).hasSize(1);
		signOut();

		signIn("operator");
		// the home page counts the report among the cases to file, and the count opens that list
		open("/");
		browser.findElement(By.xpath("//a[contains(@class, 'tile')][span[@class = 'label' and text() = '案件待立案']]"))
			.click();
		wait.until(ExpectedConditions.urlContains("tab=TO_FILE"));
		browser.findElement(By.linkText(number)).click();
		browser.findElement(By.cssSelector("form[action$='/filing'] button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "已立案"));
		assertThat(new Select(browser.findElement(By.id("departmentId"))).getFirstSelectedOption().getText()).startsWith("住建局");
		browser.findElement(By.cssSelector("form[action$='/dispatch'] button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "已派遣"));
		assertThat(browser.findElement(By.id("case-department")).getText()).isEqualTo("住建局");
		signOut();

		signIn("zjj");
		browser.get(url);
		browser.findElement(By.cssSelector("form[action$='/start'] button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "已开始处置"));
		browser.findElement(By.id("addPhotos")).sendKeys(photo.toString());
		browser.findElement(By.cssSelector("#photos-form button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "照片已上传"));
		browser.findElement(By.id("feedbackNote")).sendKeys("已更换新井盖并加固井座。");
		browser.findElement(By.cssSelector("form[action$='/feedback'] button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "已反馈"));
		screenshot("cityops-handled");
		signOut();

		signIn("grid01");
		browser.get(url);
		browser.findElement(By.id("verifyNote")).sendKeys("现场核查，井盖已更换。");
		browser.findElement(By.cssSelector("#verification-form button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "核查结果已提交"));
		signOut();

		signIn("operator");
		browser.get(url);
		browser.findElement(By.cssSelector("form[action$='/closure'] button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "已结案"));
		assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("已结案");
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("上报", "立案", "派遣", "开始处置", "处置反馈",
				"核查通过", "结案");
		assertThat(browser.findElements(By.cssSelector("img.case-photo"))).hasSize(2);
		wait.until(driver -> !driver.findElements(By.cssSelector("#case-map[data-ready] path.map-point")).isEmpty());
		screenshot("cityops-closed");
		assertThat(closedThisMonth()).isEqualTo(closedBefore + 1);
		assertThat(browser.findElement(By.id("bulletin-departments")).getText()).contains("住建局");
		screenshot("cityops-bulletin");
	}

	private int closedThisMonth() {
		open("/cityops/bulletin");
		return Integer.parseInt(waitFor(By.cssSelector("#bulletin-total td.closed")).getText());
	}


	@SuppressWarnings("unchecked")
	private List<Number> stablePixel(double[] target) {
		String script = """
				var map = document.getElementById('case-map').cityMap.map;
				var p = map.latLngToContainerPoint([arguments[1], arguments[0]]);
				return [Math.round(p.x), Math.round(p.y)];
				""";
		return wait.until(driver -> {
			List<Number> now = (List<Number>) ((JavascriptExecutor) driver).executeScript(script, target[0], target[1]);
			try {
				Thread.sleep(300);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			List<Number> again = (List<Number>) ((JavascriptExecutor) driver).executeScript(script, target[0], target[1]);
			return now.equals(again) ? again : null;
		});
	}

}
