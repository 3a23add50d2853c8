package nl.buurtkennis.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Stored and reflected XSS in a real browser: documents whose every shown field holds script and
 * attribute payloads, and requests whose every parameter does, render as inert text.
 */
class HostileContentTest {
  private static final String SCRIPT = "<script>window.__xss=1</script>";
  private static final String IMG = "\"><img src=x onerror=window.__xss=1>";
  private static final String HOVER = "' onmouseover='window.__xss=1";
  private static final String TITLE = "</title><script>window.__xss=1</script>";
  private static final String JS_URL = "javascript:window.__xss=1";
  private static final String SVG = "\"><svg/onload=window.__xss=1>";
  private static final String MARK = "<mark onclick=window.__xss=1>opsporing</mark>";
  /** Breaks out of every context a value can land in: text, title, either quoted attribute. */
  private static final String ANY_CONTEXT = "'\"></title></textarea><script>window.__xss=1</script>"
      + "<img src=x onerror=window.__xss=1 onmouseover='window.__xss=1'>";
  private static final List<String> PAYLOADS = List.of(ANY_CONTEXT, JS_URL);

  @TempDir
  static Path temp;
  private static SiteUnderTest site;
  private static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    browser = HeadlessChromium.startIfInstalled();
    if (browser != null) {
      site = SiteUnderTest.start(temp);
    }
  }

  @BeforeEach
  void needsTheBrowser() {
    HeadlessChromium.assumeInstalled();
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (site != null) {
      site.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/documents/hostile-script", "/documents/hostile-attribute",
      "/documents/hostile-title", "/documents/hostile-markdown", "/documents/hostile-mark",
      "/documents/xss", "/documents/hostile-script?lang=en", "/documents/hostile-attribute?lang=en",
      "/?q=buurtpreventie", "/?q=bewoners", "/?q=officer&lang=en", "/?q=buurtbemiddeling",
      "/?q=", "/?q=&page=2", "/?sort=newest&lang=en"})
  void storedPayloadsShowAsText(String path) {
    open(path);
    assertTrue(PageInspector.visibleText(browser).contains("window.__xss=1"),
        "the page does not show the stored payload, so it proves nothing: " + path);
  }

  @Test
  void aTitlePayloadStaysInTheTitle() {
    open("/documents/hostile-title");
    assertTrue(browser.getTitle().startsWith(TITLE), browser.getTitle());
    assertEquals(1, browser.findElements(By.cssSelector("h1")).size());
  }

  @Test
  void javascriptUrlsInMarkdownAreNeverLinks() {
    open("/documents/hostile-markdown");
    for (WebElement link : browser.findElements(By.cssSelector("a[href]"))) {
      String href = link.getDomAttribute("href");
      assertTrue(href.startsWith("/") || href.startsWith("#") || href.startsWith("http"), href);
    }
    assertTrue(PageInspector.visibleText(browser).contains("<iframe src=\"javascript:"),
        "raw HTML in Markdown shows as text");
  }

  @Test
  void theHighlighterAddsOnlyBareMarksAroundEscapedText() {
    open("/?q=opsporing");
    List<WebElement> marks = browser.findElements(By.cssSelector("p.snippet mark"));
    assertTrue(marks.size() >= 3, "expected highlighted matches, got " + marks.size());
    for (WebElement mark : marks) {
      assertTrue(mark.getText().matches("[\\p{L}\\p{N}]+"), mark.getText());
    }
    String snippets = (String) ((JavascriptExecutor) browser).executeScript(
        "return Array.from(document.querySelectorAll('p.snippet')).map(p => p.textContent)"
            + ".join('\\n')");
    assertTrue(snippets.contains("</mark><img src=x onerror=window.__xss=1><mark>"), snippets);
  }

  @Test
  void aStoredPlaceShowsAsTextInTheFacetAndTheActiveFilter() {
    open("/?place=" + encode(IMG));
    assertTrue(browser.findElement(By.cssSelector("ul.active")).getText().contains(IMG));
    assertEquals(1, browser.findElements(By.cssSelector("ol.hits > li")).size());
  }

  @Test
  void aPayloadInTheQueryReachesTheDidYouMeanLinkAsText() {
    open("/?q=" + encode("wijkagnet " + SVG));
    WebElement suggestion = browser.findElement(By.cssSelector("p.suggestion a"));
    assertEquals("wijkagent " + SVG, suggestion.getText());
    activate(suggestion);
    assertEquals("wijkagent " + SVG, browser.findElement(By.id("q")).getDomProperty("value"));
    assertInert(browser.getCurrentUrl());
  }

  @Test
  void suggestionsAsYouTypeFillTheListWithText() throws InterruptedException {
    open("/");
    browser.findElement(By.id("q")).sendKeys("Buurtpreventie met");
    List<WebElement> options = List.of();
    for (int tries = 0; tries < 100 && options.isEmpty(); tries++) {
      Thread.sleep(100);
      options = browser.findElements(By.cssSelector("#q-suggestions > li[role='option']"));
    }
    assertTrue(options.stream().anyMatch(o -> o.getText()
        .startsWith(SCRIPT.concat(" Buurtpreventie met script"))),
        "suggest.js lists the hostile title as text");
    assertInert("suggestions");
  }

  @Test
  void exportAndFeedLinksCarryTheQueryEncoded() {
    open("/?q=" + encode(IMG) + "&place=" + encode(HOVER) + "&lang=en");
    for (WebElement link : browser.findElements(By.cssSelector(".export-links a, .feed-link a"))) {
      String href = link.getDomAttribute("href");
      assertTrue(href.startsWith("/api/export?") || href.startsWith("/feed?"), href);
      assertTrue(href.contains("q=%22%3E%3Cimg"), href);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"q", "place", "form", "issue", "lang", "page", "size", "sort",
      "year_from", "year_to", "evidence"})
  void everySearchParameterReflectsInertly(String parameter) {
    for (String payload : PAYLOADS) {
      open("/?" + parameter + "=" + encode(payload));
      open("/?q=bewoners&" + parameter + "=" + encode(payload) + "&lang=en");
      open("/map?" + parameter + "=" + encode(payload));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/documents/%s", "/documents/hostile-script?lang=%s",
      "/vocabulary?lang=%s", "/map?rows=%s&cols=%s", "/?%s=1", "/no/such/%s",
      "/?q=%s&form=citizen-surveillance&sort=oldest&page=1"})
  void payloadsInPathsAndOtherParametersReflectInertly(String template) {
    for (String payload : PAYLOADS) {
      String value = encode(payload);
      open(template.replace("%s", template.contains("?") ? value : value.replace("+", "%20")));
    }
  }

  @Test
  void aReflectedQueryShowsAsTextInTheSearchBox() {
    for (String payload : List.of(SCRIPT, IMG, HOVER, TITLE, JS_URL, SVG, MARK, ANY_CONTEXT)) {
      open("/?q=" + encode(payload));
      assertEquals(payload, browser.findElement(By.id("q")).getDomProperty("value"));
      assertTrue(browser.getTitle().startsWith(payload), browser.getTitle());
    }
  }

  /** Loads {@code path} and fails on any sign that a payload was injected. */
  private static void open(String path) {
    browser.get(site.url(path));
    assertInert(path);
  }

  private static void assertInert(String where) {
    List<String> injections = PageInspector.injections(browser);
    assertTrue(injections.isEmpty(), where + ":\n" + String.join("\n", injections));
  }

  /** Follows a link the way a keyboard user does. */
  private static void activate(WebElement link) {
    link.sendKeys(org.openqa.selenium.Keys.ENTER);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
