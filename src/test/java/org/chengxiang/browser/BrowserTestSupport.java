package org.chengxiang.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * Drives Debian's chromium through chromedriver (both installed by {@code .ci/run}); nothing is
 * downloaded. Screenshots of each step land in {@code target/screenshots}.
 */
abstract class BrowserTestSupport {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.chengxiang.directory.LoggedPhoneCodes phoneCodes;

	WebDriver browser;

	WebDriverWait wait;

	/**
	 * One browser for all the browser tests of the JVM: starting chromium and chromedriver for each test cost more
	 * than a second each time. Between tests it is put back as new: cookies, storage, permissions, emulated
	 * device, window size and extra windows (see {@link #resetBrowser()}); it quits when the JVM ends.
	 */
	private static ChromeDriver shared;

	private static Path profile;

	@BeforeEach
	void startBrowser() throws IOException {
		if (shared == null) {
			shared = newBrowser();
		}
		browser = shared;
		// polled every 100 ms rather than WebDriverWait's 500: most steps are ready within a few tenths of a second
		wait = new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(100));
	}

	@AfterEach
	void resetBrowser() {
		try {
			String first = shared.getWindowHandles().iterator().next();
			for (String handle : shared.getWindowHandles()) {
				if (!handle.equals(first)) {
					shared.switchTo().window(handle).close();
				}
			}
			shared.switchTo().window(first);
			shared.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
			shared.executeCdpCommand("Storage.clearDataForOrigin",
					java.util.Map.of("origin", "http://localhost:" + port, "storageTypes", "all"));
			shared.executeCdpCommand("Browser.resetPermissions", java.util.Map.of());
			shared.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
			shared.executeCdpCommand("Emulation.clearGeolocationOverride", java.util.Map.of());
			shared.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
			shared.get("about:blank");
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			// a browser that cannot be put back is replaced by a new one for the next test
			quit();
		}
	}

	private static ChromeDriver newBrowser() throws IOException {
		if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
			throw new IllegalStateException(
					"Browser tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver (.ci/run does this)");
		}
		profile = Files.createTempDirectory("chengxiang-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1366,900", "--lang=zh-CN", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		Runtime.getRuntime().addShutdownHook(new Thread(BrowserTestSupport::quit));
		return driver;
	}

	private static synchronized void quit() {
		if (shared != null) {
			try {
				shared.quit();
			}
			catch (RuntimeException ex) {
				// already gone
			}
			shared = null;
		}
		if (profile != null) {
			try (var files = Files.walk(profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
			catch (IOException ex) {
				// a temporary directory left behind
			}
			profile = null;
		}
	}

	void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	void signIn(String username) {
		signIn(username, PASSWORD);
	}

	void signIn(String username, String password) {
		open("/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.sidebar")));
	}

	/**
	 * Finishes a registration the form just sent: types the code the embedded default's sender logged for the
	 * phone, and waits for the login page that says the registration succeeded.
	 */
	void confirmRegistration(String phone) {
		wait.until(ExpectedConditions.urlContains("/register/confirm"));
		waitFor(By.id("code")).sendKeys(phoneCodes.lastSentTo(phone).orElseThrow());
		browser.findElement(By.cssSelector("form.form button.primary")).click();
		wait.until(ExpectedConditions.urlContains("/login?registered"));
	}

	void signOut() {
		browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
		wait.until(ExpectedConditions.urlContains("/login"));
	}

	/**
	 * Takes a workflow step on an application page (its form's action ends in the step) and waits for its message.
	 * A step that asks for confirmation first (准予办结) is confirmed.
	 */
	void step(String step, String flash) {
		browser.findElement(By.cssSelector("form[action$='/" + step + "'] button")).click();
		try {
			browser.switchTo().alert().accept();
		}
		catch (org.openqa.selenium.NoAlertPresentException ex) {
			// the step asks nothing
		}
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), flash));
	}

	/** Uploads a file as the application page's material in the given place (0 for the first). */
	void upload(int index, java.nio.file.Path file) {
		browser.findElements(By.cssSelector("input[type=file]")).get(index).sendKeys(file.toString());
		browser.findElements(By.cssSelector("form[action$='/materials'] button")).get(index).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "材料已上传"));
	}

	WebElement waitFor(By by) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	String text() {
		return browser.findElement(By.tagName("body")).getText();
	}

	void screenshot(String name) {
		try {
			Path dir = Files.createDirectories(Path.of("target/screenshots"));
			Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}


	/** Sets a date input as the browser's date picker would, whatever the browser's locale. */
	void date(org.openqa.selenium.By by, java.time.LocalDate date) {
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
				browser.findElement(by), date.toString());
	}

	/** The demo plan's page. */
	void openPlan() {
		open("/plans");
		browser.findElement(org.openqa.selenium.By.partialLinkText("大石桥市贯彻落实2020年")).click();
	}

	/** The value of a live indicator as the demo plan's page, shown now, gives it beside the task bound to it. */
	long planIndicator(String name) {
		org.openqa.selenium.WebElement line = waitFor(
				org.openqa.selenium.By.xpath("//td[@class='small']/div[span[text()='" + name + "']]"));
		String value = line.findElements(org.openqa.selenium.By.tagName("strong"))
			.stream()
			.findFirst()
			.map(org.openqa.selenium.WebElement::getText)
			.orElse("0");
		return "—".equals(value) ? 0 : Math.round(Double.parseDouble(value.replace(",", "")));
	}

}
