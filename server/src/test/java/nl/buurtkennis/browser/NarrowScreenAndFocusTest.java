package nl.buurtkennis.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * What the eye and the keyboard get of the layout, in a real browser: no page, the console's
 * included, scrolls sideways at 320 px (WCAG 1.4.10), page links are 24 px targets (2.5.8),
 * every focusable thing shows the site's focus ring, highlights differ by more than colour
 * (1.4.1), the menus show the page shown, and a search's results are one skip link away.
 */
class NarrowScreenAndFocusTest {
  private static final String PASSWORD = "a console password for the browser";
  /** The site's focus ring: 3px solid #0b2e59. */
  private static final String RING = "3px solid rgb(11, 46, 89)";
  /** The computed outline of the focused element, as "width style colour". */
  private static final String OUTLINE = """
      const s = getComputedStyle(document.activeElement);
      return s.outlineWidth + ' ' + s.outlineStyle + ' ' + s.outlineColor;
      """;
  /** The WCAG contrast ratio of two computed colours "rgb(r, g, b)", opaque. */
  private static final String CONTRAST = """
      const lum = c => {
        const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map(v => {
          v = v / 255;
          return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const contrast = (a, b) => {
        const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
        return (x + 0.05) / (y + 0.05);
      };
      """;

  @TempDir
  static Path temp;
  private static SiteUnderTest site;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    browser = HeadlessChromium.startIfInstalled();
    if (browser != null) {
      site = SiteUnderTest.start(temp, PASSWORD);
    }
  }

  @BeforeEach
  void needsTheBrowser() {
    HeadlessChromium.assumeInstalled();
  }

  @AfterEach
  void fullWidth() {
    if (browser != null) {
      browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
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
  void noPageScrollsSidewaysAt320Px() {
    narrow(320, 640);
    List<String> wide = new ArrayList<>();
    List<String> pages = List.of("/", "/?q=bewoners", "/?q=bewoners&lang=en",
        "/documents/nl-bemiddeling", "/documents/en-watch?lang=en", "/vocabulary",
        "/vocabulary?lang=en", "/map", "/map?lang=en", "/no/such/page", "/admin/sign-in");
    for (String page : pages) {
      wide.addAll(scrollWidth(page));
    }
    signIn();
    narrow(320, 640);
    for (String page : List.of("/admin", "/admin?lang=en", "/admin/documents",
        "/admin/documents?lang=en", "/admin/documents/new", "/admin/documents/nl-bemiddeling/edit",
        "/admin/documents/nl-bemiddeling/delete")) {
      wide.addAll(scrollWidth(page));
    }
    assertEquals(List.of(), wide, "pages wider than the 320 px screen");
  }

  @Test
  void wideTablesScrollInTheirOwnRegionAtTheSiteFocusRing() {
    signIn();
    narrow(320, 640);
    browser.get(site.url("/admin/documents"));
    WebElement region = browser.findElement(By.cssSelector(".table-scroll[role='region']"));
    assertTrue((Boolean) browser.executeScript(
        "return arguments[0].scrollWidth > arguments[0].clientWidth", region),
        "the documents table scrolls in its region at 320 px");
    assertEquals(browser.findElement(By.cssSelector(".table-scroll caption")).getText(),
        region.getAccessibleName(), "the region is named by the table's caption");
    assertFalse(region.getAccessibleName().isBlank());
    tabTo(region);
    assertEquals(RING, browser.executeScript(OUTLINE));
  }

  @Test
  void theConsolesDocumentsTableFitsItsRegionOnAWideScreen() {
    signIn();
    for (String lang : List.of("", "?lang=en")) {
      narrow(1280, 800);
      browser.get(site.url("/admin/documents" + lang));
      WebElement region = browser.findElement(By.cssSelector(".table-scroll[role='region']"));
      @SuppressWarnings("unchecked")
      Map<String, Object> widths = (Map<String, Object>) browser.executeScript("""
          const region = arguments[0], table = region.querySelector('table');
          const actions = [...table.querySelectorAll('tbody td:last-child a')];
          const edge = region.getBoundingClientRect().right;
          return {region: region.clientWidth, table: table.scrollWidth,
            clipped: actions.filter(a => a.getBoundingClientRect().right > edge + 0.5).length,
            broken: actions.filter(a => a.getClientRects().length > 1).length};
          """, region);
      assertTrue(((Number) widths.get("table")).longValue()
          <= ((Number) widths.get("region")).longValue(), lang + ": " + widths);
      assertEquals(0L, ((Number) widths.get("clipped")).longValue(), lang + ": " + widths);
      assertEquals(0L, ((Number) widths.get("broken")).longValue(),
          lang + ": an action's link on one line: " + widths);
    }
  }

  @Test
  void textareasTheMapAndTheSkipTargetsShowTheSiteFocusRing() {
    browser.get(site.url("/map"));
    tabTo(browser.findElement(By.cssSelector("div.map-scroll")));
    assertEquals(RING, browser.executeScript(OUTLINE), "the map's scrolling region");

    signIn();
    browser.get(site.url("/admin/documents/new"));
    WebElement summary = browser.findElement(By.id("f-summary"));
    tabTo(summary);
    assertEquals(RING, browser.executeScript(OUTLINE), "a textarea");
  }

  @Test
  void aRefusedFieldShowsTheSiteFocusRingWhenFocusedAndItsRedMarkWhenNot() {
    Map<String, String> refused = Map.of(
        "/?q=bewoners&year_from=2020&year_to=2000", "year_from",
        "/map?rows=form&cols=form&lang=en", "map-cols",
        "/?q=bewoners&form=no-such-form", "f-form-0");
    refused.forEach((page, id) -> {
      browser.get(site.url(page));
      WebElement field = browser.findElement(By.id(id));
      assertEquals("true", field.getDomAttribute("aria-invalid"), page);
      assertEquals("3px solid rgb(164, 14, 38)", browser.executeScript("""
          const s = getComputedStyle(arguments[0]);
          return s.outlineWidth + ' ' + s.outlineStyle + ' ' + s.outlineColor;
          """, field), page + ": marked red while it has no focus");
      tabTo(field);
      assertEquals(RING, browser.executeScript(OUTLINE), page + ": focused, it shows the ring");
    });
  }

  @Test
  void theSecondSkipLinkLeadsPastTheFacetsToTheResults() {
    browser.get(site.url("/?q=bewoners"));
    new Actions(browser).sendKeys(Keys.TAB).perform();
    assertEquals("#site_main", browser.switchTo().activeElement().getDomAttribute("href"));
    new Actions(browser).sendKeys(Keys.TAB).perform();
    WebElement skip = browser.switchTo().activeElement();
    assertEquals("#results-heading", skip.getDomAttribute("href"));
    assertTrue(skip.isDisplayed(), "the skip link shows when it has focus");
    assertEquals("Naar de resultaten", skip.getText());
    skip.sendKeys(Keys.ENTER);
    WebElement heading = browser.switchTo().activeElement();
    assertEquals("results-heading", heading.getDomAttribute("id"), "the heading takes the focus");
    assertEquals(RING, browser.executeScript(OUTLINE), "and shows it");
    new Actions(browser).sendKeys(Keys.TAB).perform();
    assertTrue((Boolean) browser.executeScript(
        "return document.activeElement.closest('section.results') !== null"),
        "the next Tab stays in the results, not back among the facets");
  }

  /**
   * A box ticked by keyboard is applied from its own group, not after every other facet: the next
   * button Tab reaches is within the group's fieldset, and applies the filter.
   */
  @Test
  void aTickedFacetIsAppliedFromItsOwnGroup() {
    for (String lang : List.of("", "&lang=en")) {
      browser.get(site.url("/?q=bewoners" + lang));
      WebElement box = browser.findElement(
          By.cssSelector("aside.facets fieldset.facet input[type='checkbox']"));
      WebElement group = box.findElement(By.xpath("ancestor::fieldset"));
      String filter = box.getDomAttribute("name") + "=" + box.getDomAttribute("value");
      int stopsInGroup = group.findElements(By.cssSelector("input, summary, button")).size();
      tabTo(box);
      new Actions(browser).sendKeys(Keys.SPACE).perform();
      assertTrue(box.isSelected(), "Space ticks the box");
      int presses = 0;
      WebElement button;
      do {
        new Actions(browser).sendKeys(Keys.TAB).perform();
        presses++;
        button = browser.switchTo().activeElement();
      } while (!button.getTagName().equals("button") && presses < 200);
      assertTrue(presses <= stopsInGroup, presses + " presses of Tab to a button, more than the "
          + stopsInGroup + " stops of the box's group");
      assertEquals(group, button.findElement(By.xpath("ancestor::fieldset")));
      assertEquals(lang.isEmpty() ? "Filters toepassen" : "Apply filters", button.getText());
      button.sendKeys(Keys.ENTER);
      long deadline = System.nanoTime() + 20_000_000_000L;
      while (!browser.getCurrentUrl().contains(filter) && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertTrue(browser.getCurrentUrl().contains(filter), browser.getCurrentUrl());
    }
  }

  @Test
  void pageLinksAreTargetsOfAtLeast24By24Px() {
    browser.get(site.url("/?q="));
    List<WebElement> links = browser.findElements(
        By.cssSelector("nav.pages a, nav.pages [aria-current='page']"));
    assertTrue(links.size() >= 3, "page 1, page 2 and next: " + links.size());
    for (WebElement link : links) {
      var size = link.getRect().getDimension();
      assertTrue(size.getWidth() >= 24 && size.getHeight() >= 24,
          link.getText() + " is " + size.getWidth() + "x" + size.getHeight());
    }
  }

  @Test
  void highlightsDifferFromTheirTextByMoreThanColour() {
    for (String page : List.of("/?q=bewoners", "/?q=neighbourhood&lang=en")) {
      browser.get(site.url(page));
      @SuppressWarnings("unchecked")
      Map<String, Object> mark = (Map<String, Object>) browser.executeScript(CONTRAST + """
          const m = document.querySelector('p.snippet mark');
          const s = getComputedStyle(m), p = getComputedStyle(m.parentElement);
          const page = 'rgb(255, 255, 255)';
          return {
            bolder: Number(s.fontWeight) >= Number(p.fontWeight) + 200,
            underlined: s.textDecorationLine.includes('underline')
              || (s.borderBottomStyle !== 'none' && parseFloat(s.borderBottomWidth) >= 1
                  && contrast(s.borderBottomColor, page) >= 3),
            darkBackground: contrast(s.backgroundColor, page) >= 3,
            text: contrast(s.color, s.backgroundColor)
          };
          """);
      assertTrue(Boolean.TRUE.equals(mark.get("darkBackground"))
          || Boolean.TRUE.equals(mark.get("underlined")) || Boolean.TRUE.equals(mark.get("bolder")),
          page + ": a highlight is only a pale colour: " + mark);
      assertTrue(((Number) mark.get("text")).doubleValue() >= 4.5, page + ": " + mark);
    }
  }

  @Test
  void theMenusShowThePageShownByMoreThanColour() {
    browser.get(site.url("/map"));
    assertEquals(List.of("700", "400"), weights(
        "header.site nav a[aria-current='page']", "header.site nav a[href^='/vocabulary']"));
    signIn();
    browser.get(site.url("/admin/documents"));
    assertEquals(List.of("700", "400"), weights(
        "nav.admin-nav a[aria-current='page']", "nav.admin-nav a[href^='/admin/documents/new']"));
  }

  private static List<String> weights(String current, String other) {
    return List.of(browser.findElement(By.cssSelector(current)).getCssValue("font-weight"),
        browser.findElement(By.cssSelector(other)).getCssValue("font-weight"));
  }

  /** Makes the page area {@code width} by {@code height} CSS pixels, as a phone's would be. */
  private static void narrow(int width, int height) {
    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
        "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  /** The page, as "path: width" when it is wider than the screen; empty when it fits. */
  private static List<String> scrollWidth(String path) {
    browser.get(site.url(path));
    long scroll = (Long) browser.executeScript(
        "return document.documentElement.scrollWidth");
    long screen = (Long) browser.executeScript("return window.innerWidth");
    assertEquals(320, screen, path);
    return scroll <= screen ? List.of() : List.of(path + ": " + scroll);
  }

  private static void signIn() {
    browser.get(site.url("/admin/sign-in"));
    if (!browser.getCurrentUrl().contains("/admin/sign-in")) {
      return;
    }
    browser.findElement(By.id("password")).sendKeys(PASSWORD, Keys.ENTER);
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (browser.findElements(By.cssSelector("nav.admin-nav")).isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("never signed in; at " + browser.getCurrentUrl());
      }
      Thread.onSpinWait();
    }
  }

  /** Presses Tab from the top of the page until {@code target} has focus, as a keyboard user. */
  private static void tabTo(WebElement target) {
    for (int presses = 0; presses < 200; presses++) {
      new Actions(browser).sendKeys(Keys.TAB).perform();
      if (browser.switchTo().activeElement().equals(target)) {
        return;
      }
    }
    throw new AssertionError("200 presses of Tab never reached " + target);
  }
}
