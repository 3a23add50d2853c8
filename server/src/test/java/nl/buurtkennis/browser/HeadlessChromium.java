package nl.buurtkennis.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, through Debian's chromedriver ({@code apt-get install chromium
 * chromium-driver}); {@code CHROMIUM} and {@code CHROMEDRIVER} name other binaries. Where either is
 * missing the tests are skipped with a message rather than failed: Selenium is never allowed to
 * download a browser or a driver.
 */
final class HeadlessChromium {
  private HeadlessChromium() {}

  /** Why the browser tests cannot run here, or null when Chromium and its driver are installed. */
  static String missing() {
    Path browser = binary("CHROMIUM", "/usr/bin/chromium");
    Path driver = binary("CHROMEDRIVER", "/usr/bin/chromedriver");
    if (Files.isExecutable(browser) && Files.isExecutable(driver)) {
      return null;
    }
    return "browser tests skipped: no " + browser + " or " + driver
        + " (install with: apt-get install chromium chromium-driver)";
  }

  /** Starts Chromium, or returns null (after saying why once) when it is not installed. */
  static ChromeDriver startIfInstalled() {
    String missing = missing();
    if (missing != null) {
      System.err.println(missing);
      return null;
    }
    Path browser = binary("CHROMIUM", "/usr/bin/chromium");
    Path driver = binary("CHROMEDRIVER", "/usr/bin/chromedriver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.toFile());
    // No sandbox: CI runs as root, where Chromium refuses to start with one.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
        "--disable-gpu", "--window-size=1280,900", "--lang=nl");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(driver.toString()))
        .usingAnyFreePort()
        .build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return chrome;
  }

  /** Skips the calling test, with the reason, when Chromium or its driver is missing. */
  static void assumeInstalled() {
    String missing = missing();
    Assumptions.assumeTrue(missing == null, missing);
  }

  private static Path binary(String variable, String fallback) {
    String configured = System.getenv(variable);
    return Path.of(configured == null || configured.isBlank() ? fallback : configured);
  }
}
