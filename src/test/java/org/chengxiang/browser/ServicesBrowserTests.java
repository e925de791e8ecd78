package org.chengxiang.browser;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.chengxiang.platform.crypto.GeneratedIdNumbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxiang.directory.TestRegistrations.STRONG_PASSWORD;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServicesBrowserTests extends BrowserTestSupport {

	@Test
	void residentAppliesPoliceAsksForACorrectionAndApprovesResidentRates() throws IOException {
		Path photo = Files.createTempFile("id-card", ".png");
		Files.write(photo, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 });

		signIn("resident");
		open("/services");
		// by its code: tests add items of their own, one of them with the same name
		browser.findElement(By.cssSelector("a[href$='/services/items/HUKOU-CERTIFICATE']")).click();
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("户籍证明开具");
		screenshot("services-item");
		browser.findElement(By.name("confirmed")).click();
		browser.findElement(By.cssSelector("form.panel button.primary")).click();
		waitFor(By.id("f.description")).sendKeys("子女入学需要，申请开具户籍证明。");
		browser.findElement(By.cssSelector("form.form button.primary")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "草稿已保存"));
		String url = browser.getCurrentUrl();
		for (int i = 0; i < 2; i++) {
			upload(i, photo);
		}
		step("submission", "等待受理");
		String number = browser.findElement(By.tagName("h1")).getText().replace("户籍证明开具 ", "");
		signOut();

		signIn("police");
		open("/services/inbox");
		browser.findElement(By.linkText(number)).click();
		step("acceptance", "已受理");
		browser.findElement(By.cssSelector("form[action$='/review'] button")).click();
		waitFor(By.id("missing")).sendKeys("户口簿本人页缺少户主签章\n身份证照片反光看不清");
		step("correction", "已告知补正");
		screenshot("services-clerk");
		signOut();

		signIn("resident");
		browser.get(url);
		assertThat(text()).contains("补正告知").contains("户口簿本人页缺少户主签章").contains("身份证照片反光看不清");
		upload(1, photo);
		step("resubmission", "补正已提交");
		signOut();

		signIn("police");
		browser.get(url);
		waitFor(By.id("opinion")).sendKeys("材料齐全，准予出具户籍证明。");
		browser.findElement(By.cssSelector("form[action$='/approval'] button")).click();
		// the approval asks first
		wait.until(ExpectedConditions.alertIsPresent()).accept();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "已准予办结"));
		assertThat(text()).contains("材料齐全，准予出具户籍证明。").contains("公安局 张警官");
		signOut();

		signIn("resident");
		browser.get(url);
		new Select(browser.findElement(By.name("rating"))).selectByVisibleText("非常满意");
		step("rating", "感谢您的评价");
		assertThat(text()).contains("准予办结").contains("非常满意");
		screenshot("services-resident-decided");
		browser.findElement(By.linkText("准予许可决定书")).click();
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("准予许可决定书");
		assertThat(text()).contains("大石桥市公安局").contains("公安局准许字〔").contains("本机关决定准予许可")
			.contains("下载 PDF");
		screenshot("services-decision");
	}

	/**
	 * At phone width: a resident applies with a photo of the ID card, and the police clerk sees the photo on the
	 * application and opens it.
	 */
	@Test
	void atPhoneWidthTheClerkOpensTheMaterialAResidentUploaded() throws Exception {
		browser.manage().window().setSize(new Dimension(390, 844));
		String resident = registerResident();
		Path photo = Files.createTempFile("id-card", ".png");
		Files.write(photo, png(640, 400));

		signIn(resident, STRONG_PASSWORD);
		open("/services/items/HUKOU-CERTIFICATE");
		browser.findElement(By.name("confirmed")).click();
		browser.findElement(By.cssSelector("form.panel button.primary")).click();
		waitFor(By.id("f.description")).sendKeys("办理就业登记需要，申请开具户籍证明。");
		browser.findElement(By.cssSelector("form.form button.primary")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "草稿已保存"));
		String url = browser.getCurrentUrl();
		upload(0, photo);
		upload(1, photo);
		step("submission", "等待受理");
		screenshot("services-phone-resident-submitted");
		browser.manage().deleteAllCookies();

		signIn("police");
		open("/services/inbox");
		String number = url.substring(url.lastIndexOf('/') + 1);
		String href = browser.findElements(By.cssSelector("a[href$='/services/applications/" + number + "']"))
			.get(0)
			.getAttribute("href");
		browser.get(href);
		WebElement preview = waitFor(By.cssSelector("a.material-preview img"));
		wait.until(driver -> (Boolean) ((JavascriptExecutor) driver)
			.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", preview));
		screenshot("services-phone-clerk-materials");
		WebElement link = browser.findElements(By.cssSelector("a.material-link")).get(0);
		assertThat(link.getAttribute("target")).isEqualTo("_blank");
		String material = link.getAttribute("href");
		browser.get(material);
		Number width = (Number) wait.until(driver -> ((JavascriptExecutor) driver).executeScript(
				"var i = document.querySelector('img'); return i && i.complete && i.naturalWidth > 0 ? i.naturalWidth : null"));
		assertThat(width.intValue()).isEqualTo(640);
	}

	/** A new resident registered through the public registration API, so that no earlier application is in the way. */
	private String registerResident() throws IOException, InterruptedException {
		String username = "phone" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/residents"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("""
						{"username":"%s","displayName":"严手机","idNumber":"%s","phone":"13800000000",
						 "password":"%s","confirmPassword":"%s"}
						""".formatted(username, GeneratedIdNumbers.random(), STRONG_PASSWORD, STRONG_PASSWORD)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		String confirmation = response.body().replaceAll(".*\"confirmation\":\"([^\"]+)\".*", "$1");
		HttpResponse<String> confirmed = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/residents/confirmations"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("""
						{"confirmation":"%s","code":"%s"}
						""".formatted(confirmation, phoneCodes.lastSentTo("13800000000").orElseThrow())))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);
		return username;
	}

	/** A real PNG, as a phone's camera would send (smaller). */
	private static byte[] png(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, width, height);
		g.setColor(new Color(0x1f, 0x5f, 0xa8));
		g.fillRect(40, 40, 200, 260);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
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
