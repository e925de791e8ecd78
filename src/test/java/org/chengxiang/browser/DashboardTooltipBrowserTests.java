package org.chengxiang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.chengxiang.cityops.cases.CasePoints;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * A device whose name is markup: the dashboard map's tooltip on its alarm shows the name as text, and nothing in it
 * becomes an element of the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardTooltipBrowserTests extends BrowserTestSupport {

	static final String MARKUP = "<img src=x onerror=alert(1)>";

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDeviceNamedWithMarkupShowsAsTextInTheAlarmTooltip() throws Exception {
		String code = "TMC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		double[] at = CasePoints.next(jdbc);
		send("operator", PASSWORD, "/api/cityops/sensors", """
				{"code":"%s","typeCode":"COVER_TILT","name":"%s","longitude":%s,"latitude":%s,
				 "intervalSeconds":300,"active":true,"gatewayCode":"DEMO-GW"}""".formatted(code, MARKUP, at[0], at[1]), 201);
		send("DEMO-GW", "Demo-Gateway-Key-2020", "/api/cityops/telemetry", """
				[{"device":"%s","ts":"%s","value":55}]""".formatted(code,
				Instant.now().minus(10, ChronoUnit.SECONDS).truncatedTo(ChronoUnit.SECONDS)), 200);

		signIn("operator");
		open("/cityops/dashboard");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dash-alarm-rows"), code));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#dash-map path.map-alarm")));

		// each alarm marker's tooltip, as a pointer over it opens it; in one script, since the live board redraws
		// its markers whenever the city changes
		JavascriptExecutor js = (JavascriptExecutor) browser;
		List<?> shown = wait.until(driver -> (List<?>) js.executeScript("""
				var markers = document.querySelectorAll('#dash-map path.map-alarm');
				for (var i = 0; i < markers.length; i++) {
				  markers[i].dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
				  var tips = document.querySelectorAll('#dash-map .leaflet-tooltip');
				  var tip = tips[tips.length - 1];
				  if (tip && tip.textContent.indexOf(arguments[0]) >= 0) {
				    return [tip.querySelector('strong').textContent, tip.querySelectorAll('img, script, svg, iframe').length,
				      document.querySelectorAll('img[src="x"]').length];
				  }
				  markers[i].dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
				}
				return null;""", code));
		screenshot("dashboard-tooltip-markup");

		assertThat(shown.get(0)).isEqualTo(MARKUP);
		// nothing the name spelled became an element, in the tooltip or anywhere on the page
		assertThat(((Number) shown.get(1)).intValue()).isZero();
		assertThat(((Number) shown.get(2)).intValue()).isZero();
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
