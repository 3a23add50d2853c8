package nl.buurtkennis.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * A reader's way through the site, by keyboard, in a real browser: search, a facet, the next
 * page, a document, English, the evidence map. Every page on the way passes axe-core without a
 * serious or critical violation.
 */
class MainFlowsTest {
  private static final Set<String> BLOCKING = Set.of("serious", "critical");

  @TempDir
  static Path temp;
  private static SiteUnderTest site;
  private static ChromeDriver browser;

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

  @Test
  void searchFacetNextPageDocumentLanguageAndMapByKeyboard() {
    browser.get(site.url("/"));
    assertAccessible("search page");

    WebElement box = tabTo(By.id("q"));
    box.sendKeys("bewoners", Keys.ENTER);
    waitForUrl("q=bewoners");
    List<WebElement> hits = browser.findElements(By.cssSelector("ol.hits > li"));
    assertFalse(hits.isEmpty(), "bewoners finds documents");
    assertAccessible("results");

    WebElement facet = browser.findElement(
        By.cssSelector(".facets input[name='form'][value='citizen-surveillance']"));
    facet.sendKeys(Keys.SPACE);
    assertTrue(facet.isSelected(), "space ticks the facet");
    browser.findElement(By.cssSelector(".facets > button[type='submit']")).sendKeys(Keys.ENTER);
    waitForUrl("form=citizen-surveillance");
    assertTrue(browser.findElement(By.cssSelector("ul.active")).getText().contains("Toezicht"));
    assertTrue(browser.findElements(By.cssSelector("ol.hits > li")).size() < hits.size());
    assertAccessible("facet selected");

    browser.findElement(By.cssSelector("header.site a.brand")).sendKeys(Keys.ENTER);
    waitForUrl("/");
    tabTo(By.cssSelector("form.search button[type='submit']")).sendKeys(Keys.ENTER);
    // The start page lists every document too: wait for the submitted page, or its page-2 link
    // may be found on the start page just before that page is replaced.
    waitForUrl("q=");
    WebElement next = browser.findElement(By.cssSelector("nav.pages a[href*='page=2']"));
    next.sendKeys(Keys.ENTER);
    waitForUrl("page=2");
    assertEquals("11", browser.findElement(By.cssSelector("ol.hits")).getDomAttribute("start"));
    assertAccessible("page 2");

    browser.findElement(By.cssSelector("ol.hits h3 a")).sendKeys(Keys.ENTER);
    waitForUrl("/documents/");
    assertEquals(1, browser.findElements(By.cssSelector("article.document h1")).size());
    assertAccessible("document");

    browser.findElement(By.cssSelector("header.site a.lang")).sendKeys(Keys.ENTER);
    waitForUrl("lang=en");
    assertEquals("en", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
    assertAccessible("document in English");

    browser.findElement(By.cssSelector("header.site a[href^='/map']")).sendKeys(Keys.ENTER);
    waitForUrl("/map");
    assertFalse(browser.findElements(By.cssSelector("table.map td a")).isEmpty());
    assertEquals("en", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
    assertAccessible("evidence map");
  }

  /**
   * A refused search keeps the form as entered, its fields at fault marked: swapping the years as
   * the error says and pressing Enter searches with the query, the filter and the order kept.
   */
  @Test
  void aRefusedSearchIsCorrectedByKeyboardKeepingTheRest() {
    browser.get(site.url("/?q=politie&form=contact&sort=newest&year_from=2026&year_to=2014"));
    assertAccessible("refused search");
    WebElement from = browser.findElement(By.id("year_from"));
    WebElement to = browser.findElement(By.id("year_to"));
    for (WebElement year : List.of(from, to)) {
      assertEquals("true", year.getDomAttribute("aria-invalid"));
      assertEquals("search-error", year.getDomAttribute("aria-describedby"));
    }
    assertTrue(browser.findElement(By.id("search-error")).getText().contains("verwissel ze"));
    assertTrue(browser.findElement(By.cssSelector(".facets input[name='form'][value='contact']"))
        .isSelected());
    from.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2014");
    to.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2026", Keys.ENTER);
    waitForUrl("year_to=2026");
    String url = browser.getCurrentUrl();
    for (String kept : List.of("q=politie", "form=contact", "year_from=2014", "sort=newest")) {
      assertTrue(url.contains(kept), kept + " in " + url);
    }
    assertTrue(browser.findElements(By.id("search-error")).isEmpty());
    assertTrue(browser.findElement(By.cssSelector("ul.active")).getText()
        .contains("Contactbevordering"));
    assertEquals("newest", browser.findElement(By.id("sort")).getDomProperty("value"));
  }

  /**
   * A refused map keeps its form as entered, as the search page does: swapping the years as the
   * error says and pressing Enter shows the map with the words, the view and the filter kept.
   */
  @Test
  void aRefusedMapIsCorrectedByKeyboardKeepingTheRest() {
    browser.get(site.url(
        "/map?q=politie&rows=form&cols=issue&language=nl&year_from=2026&year_to=2014"));
    assertAccessible("refused map");
    WebElement from = browser.findElement(By.id("year_from"));
    WebElement to = browser.findElement(By.id("year_to"));
    for (WebElement year : List.of(from, to)) {
      assertEquals("true", year.getDomAttribute("aria-invalid"));
      assertEquals("search-error", year.getDomAttribute("aria-describedby"));
    }
    assertTrue(browser.findElement(By.cssSelector(".map-form input[name='language'][value='nl']"))
        .isSelected());
    from.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2014");
    to.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2026", Keys.ENTER);
    waitForUrl("year_to=2026");
    String url = browser.getCurrentUrl();
    for (String kept : List.of("q=politie", "language=nl", "year_from=2014", "rows=form",
        "cols=issue")) {
      assertTrue(url.contains(kept), kept + " in " + url);
    }
    assertTrue(browser.findElements(By.id("search-error")).isEmpty());
    assertFalse(browser.findElements(By.cssSelector("table.map td a")).isEmpty());
    assertAccessible("corrected map");
  }

  @Test
  void theOtherPagesPassAxeToo() {
    for (String path : List.of("/?q=wijkagnet", "/?q=zzzzqqq", "/?page=abc",
        "/vocabulary?lang=en", "/map?rows=issue&cols=police_task&q=bewoners",
        "/documents/no-such-document", "/no/such/page")) {
      browser.get(site.url(path));
      assertAccessible(path);
    }
  }

  @Test
  void aFacetsDefinitionsOpenByKeyboardAsTextWithoutTooltips() {
    browser.get(site.url("/"));
    WebElement form = browser.findElement(
        By.xpath("//fieldset[contains(@class, 'facet')][.//input[@name='form']]"));
    WebElement definition = form.findElement(By.xpath(
        ".//details[@class='definitions']//dt[.='Conflictbemiddeling']/following-sibling::dd[1]"));
    assertFalse(definition.isDisplayed(), "the definitions start folded away");
    WebElement summary = form.findElement(By.cssSelector("details.definitions > summary"));
    assertEquals("Wat betekenen deze waarden? (Vorm van participatie)", summary.getAccessibleName());

    tabTo(By.cssSelector("fieldset.facet details.definitions > summary")).sendKeys(Keys.ENTER);
    assertTrue(definition.isDisplayed(), "Enter on the summary shows the definitions");
    assertTrue(definition.getText().contains("buurtbemiddeling"), definition.getText());
    assertTrue(browser.findElements(By.cssSelector(".facets [title]")).isEmpty(),
        "no definition hides in a tooltip");
    assertAccessible("facet definitions open");
  }

  @Test
  void aFacetsHierarchyReachesTheAccessibilityTreeAsListLevels() {
    browser.get(site.url("/"));
    String parent = "li:has(> input[name='benefit'][value='feelings'])";
    String child = "li:has(> input[name='benefit'][value='feeling-safer'])";
    assertEquals(1, browser.findElements(By.cssSelector(parent + " > ul > " + child)).size(),
        "the narrower value's item is in a list inside its broader value's item");
    assertEquals(1, listLevel(parent));
    assertEquals(2, listLevel(child));

    WebElement box = browser.findElement(By.cssSelector(child + " > input"));
    box.sendKeys(Keys.SPACE);
    browser.findElement(By.cssSelector(".facets > button[type='submit']")).sendKeys(Keys.ENTER);
    waitForUrl("benefit=feeling-safer");
    assertTrue(browser.findElement(By.cssSelector(parent + " > ul > " + child + " > input"))
        .isSelected(), "the ticked narrower value stays in its place");
    assertAccessible("narrower facet value selected");
  }

  @Test
  void choosingADocumentSuggestionByKeyboardOpensItsPage() throws InterruptedException {
    browser.get(site.url("/"));
    WebElement box = tabTo(By.id("q"));
    box.sendKeys("bemidd");
    List<WebElement> options = suggestions();
    assertEquals("combobox", box.getDomAttribute("role"));
    // HTML allows role=combobox on a text box, not on type=search (vnu: "Bad value combobox")
    assertEquals("text", box.getDomAttribute("type"));
    assertEquals("search", box.getDomAttribute("enterkeyhint"), "mobile keyboards: a search key");
    assertEquals("q-suggestions", box.getDomAttribute("aria-controls"));
    assertEquals("true", box.getDomAttribute("aria-expanded"));
    int document = indexOf(options, "document", "Bemiddeling tussen buren");
    for (int i = 0; i <= document; i++) {
      box.sendKeys(Keys.ARROW_DOWN);
    }
    WebElement chosen = options.get(document);
    assertEquals(chosen.getDomAttribute("id"), box.getDomAttribute("aria-activedescendant"));
    assertEquals("true", chosen.getDomAttribute("aria-selected"));
    assertAccessible("suggestions open");
    // axe-core takes the focus from the box, which closes the list: back to it, as a user would.
    box.click();
    for (int i = 0; i <= document; i++) {
      box.sendKeys(Keys.ARROW_DOWN);
    }
    assertEquals(chosen.getDomAttribute("id"), box.getDomAttribute("aria-activedescendant"));
    box.sendKeys(Keys.ENTER);
    waitForUrl("/documents/nl-bemiddeling");
    assertEquals("Bemiddeling tussen buren",
        browser.findElement(By.cssSelector("article.document h1")).getText());
  }

  @Test
  void choosingAConceptSuggestionPutsItInTheBoxToBeSearched() throws InterruptedException {
    browser.get(site.url("/?lang=en"));
    WebElement box = tabTo(By.id("q"));
    box.sendKeys("citizen surv");
    List<WebElement> options = suggestions();
    int concept = indexOf(options, "concept", "Citizen surveillance");
    for (int i = 0; i <= concept; i++) {
      box.sendKeys(Keys.ARROW_DOWN);
    }
    box.sendKeys(Keys.ENTER);
    assertEquals("Citizen surveillance", box.getDomProperty("value"));
    assertEquals("false", box.getDomAttribute("aria-expanded"), "the list closes");
    assertTrue(browser.getCurrentUrl().endsWith("/?lang=en"), "still on the search page");
    box.sendKeys(Keys.ENTER);
    waitForUrl("q=Citizen+surveillance");

    box = browser.findElement(By.id("q"));
    box.clear();
    box.sendKeys("bemidd");
    suggestions();
    box.sendKeys(Keys.ESCAPE);
    assertEquals("false", box.getDomAttribute("aria-expanded"), "Escape closes the list");
    box.sendKeys(Keys.ENTER);
    waitForUrl("q=bemidd");
  }

  /**
   * A suggestion in the other language than the page's is marked with its language, its kind
   * (in the page's words) with the page's; one in the page's language has no lang of its own.
   */
  @Test
  void aSuggestionInTheOtherLanguageIsMarkedWithIt() throws InterruptedException {
    browser.get(site.url("/"));
    WebElement box = tabTo(By.id("q"));
    box.sendKeys("neighbourhood wat");
    List<WebElement> options = suggestions();
    WebElement english = options.get(indexOf(options, "document", "Neighbourhood watch"));
    assertEquals("en", english.getDomAttribute("lang"));
    assertEquals("nl", english.findElement(By.className("kind")).getDomAttribute("lang"));
    box.clear();
    box.sendKeys("bemidd");
    // the list for "bemidd", not the one for "neighbourhood wat" still shown until it comes
    options = suggestionsWith("document", "Bemiddeling tussen buren");
    WebElement dutch = options.get(indexOf(options, "document", "Bemiddeling tussen buren"));
    assertEquals(null, dutch.getDomAttribute("lang"));
  }

  /** The suggestions for what was typed, once suggest.js shows them. */
  private static List<WebElement> suggestions() throws InterruptedException {
    By options = By.cssSelector("#q-suggestions > li[role='option']");
    for (int tries = 0; tries < 100; tries++) {
      List<WebElement> shown = browser.findElements(options);
      if (!shown.isEmpty() && shown.get(0).isDisplayed()) {
        return shown;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no suggestions shown");
  }

  /** The suggestions once suggest.js shows one of {@code kind} starting with {@code text}. */
  private static List<WebElement> suggestionsWith(String kind, String text)
      throws InterruptedException {
    List<WebElement> shown = List.of();
    for (int tries = 0; tries < 200; tries++) {
      try {
        shown = suggestions();
        for (WebElement option : shown) {
          if (kind.equals(option.getDomAttribute("data-kind"))
              && option.getText().startsWith(text)) {
            return shown;
          }
        }
      } catch (StaleElementReferenceException replaced) {
        // suggest.js replaced the list while it was read: read the new one
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no " + kind + " suggestion " + text + " shown");
  }

  /** The position of the first suggestion of {@code kind} whose text starts with {@code text}. */
  private static int indexOf(List<WebElement> options, String kind, String text) {
    for (int i = 0; i < options.size(); i++) {
      WebElement option = options.get(i);
      if (kind.equals(option.getDomAttribute("data-kind")) && option.getText().startsWith(text)) {
        return i;
      }
    }
    throw new AssertionError("no " + kind + " suggestion " + text + " among "
        + options.stream().map(WebElement::getText).toList());
  }

  @Test
  void theSkipLinkIsTheFirstStopAndLeadsToTheContent() {
    browser.get(site.url("/documents/nl-preventie"));
    new Actions(browser).sendKeys(Keys.TAB).perform();
    WebElement first = browser.switchTo().activeElement();
    assertEquals("#site_main", first.getDomAttribute("href"));
    assertTrue(first.isDisplayed(), "the skip link shows when it has focus");
  }

  /** Presses Tab on a freshly loaded page until {@code target} has focus, as a keyboard user. */
  private static WebElement tabTo(By target) {
    WebElement wanted = browser.findElement(target);
    for (int presses = 0; presses < 25; presses++) {
      new Actions(browser).sendKeys(Keys.TAB).perform();
      if (browser.switchTo().activeElement().equals(wanted)) {
        return wanted;
      }
    }
    throw new AssertionError("25 presses of Tab never reached " + target);
  }

  /**
   * The level Chromium's accessibility tree gives the list item {@code selector} finds: what a
   * screen reader announces as the nesting level.
   */
  @SuppressWarnings("unchecked")
  private static long listLevel(String selector) {
    Map<String, Object> document = browser.executeCdpCommand("DOM.getDocument", Map.of());
    Object root = ((Map<String, Object>) document.get("root")).get("nodeId");
    Object node = browser.executeCdpCommand("DOM.querySelector",
        Map.of("nodeId", root, "selector", selector)).get("nodeId");
    List<Map<String, Object>> nodes = (List<Map<String, Object>>) browser.executeCdpCommand(
        "Accessibility.getPartialAXTree", Map.of("nodeId", node, "fetchRelatives", false))
        .get("nodes");
    Map<String, Object> item = nodes.get(0);
    assertEquals("listitem", ((Map<String, Object>) item.get("role")).get("value"), selector);
    for (Map<String, Object> property : (List<Map<String, Object>>) item.get("properties")) {
      if ("level".equals(property.get("name"))) {
        return ((Number) ((Map<String, Object>) property.get("value")).get("value")).longValue();
      }
    }
    throw new AssertionError("no level on " + selector + ": " + item);
  }

  /** Waits until the browser has navigated to a URL containing {@code part} and loaded it. */
  private static void waitForUrl(String part) {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (!(browser.getCurrentUrl().contains(part)
        && "complete".equals(browser.executeScript("return document.readyState")))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("never reached a URL with " + part + "; at "
            + browser.getCurrentUrl());
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }

  private static void assertAccessible(String page) {
    Results results = new AxeBuilder().analyze((WebDriver) browser);
    List<Rule> blocking = results.getViolations().stream()
        .filter(rule -> BLOCKING.contains(rule.getImpact()))
        .toList();
    assertTrue(blocking.isEmpty(), page + " (" + browser.getCurrentUrl() + ") has "
        + blocking.size() + " serious or critical axe-core violation(s):\n"
        + blocking.stream().map(MainFlowsTest::describe).collect(Collectors.joining("\n")));
  }

  private static String describe(Rule rule) {
    return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
        + rule.getNodes().stream()
            .map(node -> "    " + node.getTarget() + " " + node.getHtml()
                + "\n      " + node.getFailureSummary())
            .collect(Collectors.joining("\n"));
  }
}
