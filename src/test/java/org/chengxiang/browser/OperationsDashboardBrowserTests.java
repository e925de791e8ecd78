package org.chengxiang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

import org.chengxiang.cityops.cases.CasePoints;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * The operations centre's screen: a tilted manhole cover raises an alarm that opens a case; the operator sees it
 * on the dashboard, follows it to the case, acknowledges the alarm; a second alarm reaches the open dashboard by
 * itself, without a reload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsDashboardBrowserTests extends BrowserTestSupport {

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	JdbcClient jdbc;

	@Test
	void operatorSeesAnAlarmFollowsItToItsCaseAcknowledgesItAndTheBoardUpdatesLive() throws Exception {
		String first = device("井盖 A");
		tilt(first, 50);

		signIn("operator");
		open("/cityops/dashboard");
		waitFor(By.id("dash-map"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dash-alarm-rows"), "测试井盖 A " + first));
		wait.until(ExpectedConditions.textToBe(By.id("dash-live"), "实时"));
		screenshot("cityops-dashboard");
		int alarmsShown = Integer.parseInt(browser.findElement(By.id("dash-alarms")).getText().trim());

		// a second cover tilts while the board is open: it arrives over the event stream, no reload
		String second = device("井盖 B");
		tilt(second, 60);
		new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(100)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.id("dash-alarm-rows"), "测试井盖 B " + second));
		assertThat(Integer.parseInt(browser.findElement(By.id("dash-alarms")).getText().trim()))
			.isGreaterThan(alarmsShown);

		WebElement row = browser.findElement(By.xpath(
				"//tbody[@id='dash-alarm-rows']/tr[td[contains(., '" + first + "')]]"));
		String caseNumber = row.findElement(By.tagName("a")).getText();
		assertThat(caseNumber).startsWith("CG-");
		row.findElement(By.tagName("a")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), caseNumber));
		assertThat(text()).contains("雨水井盖");
		screenshot("cityops-alarm-case");

		open("/cityops/alarms?state=ACTIVE");
		WebElement alarm = waitFor(By.xpath("//tr[td/a[text()='" + first + "']]"));
		alarm.findElement(By.name("note")).sendKeys("已通知住建局巡查");
		alarm.findElement(By.cssSelector("button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "告警已确认"));
		assertThat(browser.findElement(By.xpath("//tr[td/a[text()='" + first + "']]")).getText())
			.contains("已通知住建局巡查");
		screenshot("cityops-alarms");
	}

	/** Registers a manhole-cover tilt sensor at a fresh point of 金桥街道 as the operator; answers its code. */
	private String device(String name) throws Exception {
		String code = "TMC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		double[] at = CasePoints.next(jdbc);
		send("operator", PASSWORD, "/api/cityops/sensors", """
				{"code":"%s","typeCode":"COVER_TILT","name":"测试%s %s","longitude":%s,"latitude":%s,
				 "intervalSeconds":300,"active":true,"gatewayCode":"DEMO-GW"}""".formatted(code, name, code, at[0], at[1]), 201);
		return code;
	}

	private void tilt(String device, double degrees) throws Exception {
		send("DEMO-GW", "Demo-Gateway-Key-2020", "/api/cityops/telemetry", """
				[{"device":"%s","ts":"%s","value":%s}]""".formatted(device,
				Instant.now().minus(10, ChronoUnit.SECONDS).truncatedTo(ChronoUnit.SECONDS), degrees), 200);
	}

	private void send(String user, String password, String path, String json, int expected) throws Exception {
		String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
	}

}
