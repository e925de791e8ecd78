package org.chengxiang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The operations centre's wall at the size of the wall's screen: the map with the grid's outlines, the charts,
 * and nothing to scroll; reached from the desk dashboard, in Chinese and in English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WallBrowserTests extends BrowserTestSupport {

	@Test
	void wallFillsA1920By1080ScreenWithTheMapAndTheChartsAndNeedsNoScrolling() {
		signIn("operator");
		// a viewport of 1920 × 1080, whatever the window's own bars take
		browser.manage().window().setSize(new Dimension(1920, 1080));
		long bars = ((Number) script("return window.outerHeight - window.innerHeight;")).longValue();
		browser.manage().window().setSize(new Dimension(1920, 1080 + (int) bars));
		open("/cityops/dashboard");
		// at the desk: find a community by name and the map flies there
		wait.until(driver -> "true".equals(script("return document.getElementById('dash-map').getAttribute('data-ready');")));
		double zoom = ((Number) script("return document.getElementById('dash-map').cityMap.map.getZoom();")).doubleValue();
		browser.findElement(By.cssSelector(".map-search input")).sendKeys("铁西", Keys.ENTER);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".map-results"), "铁西社区"));
		assertThat(browser.getCurrentUrl()).endsWith("/cityops/dashboard");
		browser.findElement(By.cssSelector(".map-results button")).click();
		wait.until(driver -> ((Number) script("return document.getElementById('dash-map').cityMap.map.getZoom();"))
			.doubleValue() > zoom);
		browser.findElement(By.id("dash-wall")).click();
		wait.until(ExpectedConditions.urlContains("/cityops/wall"));
		awaitWall();
		// the grid and the townships' outlines and names are drawn, though no base map is configured
		assertThat(browser.findElements(By.cssSelector("#wall-map path.leaflet-interactive")).size())
			.as("grid cells").isGreaterThan(100);
		assertThat(browser.findElements(By.cssSelector("#wall-map .leaflet-overlay-pane path:not(.leaflet-interactive)"))
			.size()).as("division outlines").isGreaterThan(10);
		assertThat(browser.findElements(By.cssSelector("#wall-map .map-label-town")).size()).isGreaterThan(10);
		assertThat(browser.findElement(By.cssSelector("#wall-map .map-notice")).getText()).contains("未配置底图");
		for (String chart : new String[] { "wall-hourly", "wall-daily", "wall-sensors", "wall-plan" }) {
			assertThat(browser.findElements(By.cssSelector("#" + chart + " canvas"))).as(chart).isNotEmpty();
		}
		assertThat(browser.findElement(By.id("wall-departments-title")).getText()).startsWith("部门按时处置率");
		assertThat(browser.findElement(By.id("wall-plan-title")).getText()).contains("责任分工");
		assertNoScrolling();
		// the clock is Beijing time whatever zone the browser is in
		assertThat(script("return window.chengxiangTime.format('2026-01-01T00:00:00Z');"))
			.isEqualTo("2026-01-01 08:00:00");
		assertThat(text()).contains("北京时间");
		screenshot("cityops-wall");

		open("/cityops/wall?lang=en");
		awaitWall();
		assertThat(browser.findElement(By.id("wall-departments-title")).getText()).startsWith("Departments");
		assertThat(text()).contains("Beijing time").doesNotContain("北京时间");
		assertNoScrolling();
		screenshot("cityops-wall-en");
	}

	private void awaitWall() {
		wait.until(driver -> "true".equals(script("return document.getElementById('wall').getAttribute('data-rendered');"))
				&& "true".equals(script("return document.getElementById('wall-map').getAttribute('data-ready');")));
	}

	private void assertNoScrolling() {
		long scrollHeight = ((Number) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollHeight;")).longValue();
		long innerHeight = ((Number) ((JavascriptExecutor) browser).executeScript("return window.innerHeight;"))
			.longValue();
		long scrollWidth = ((Number) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth;")).longValue();
		long innerWidth = ((Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;"))
			.longValue();
		assertThat(scrollHeight).isLessThanOrEqualTo(innerHeight);
		assertThat(scrollWidth).isLessThanOrEqualTo(innerWidth);
	}

	private Object script(String script) {
		return ((JavascriptExecutor) browser).executeScript(script);
	}

}
