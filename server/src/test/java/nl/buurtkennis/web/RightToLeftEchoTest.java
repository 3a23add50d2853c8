package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a user typed, shown on a page, is isolated from the text around it, so that right-to-left
 * words reorder neither the Dutch or English sentence nor each other: each in a {@code <bdi>} in
 * the page, between U+2068 and U+2069 in the plain text of its title; the text fields take the
 * direction of what is typed in them ({@code dir="auto"}). Escaping is kept.
 */
class RightToLeftEchoTest {
  private static final String ARABIC = "مرحبا بالعالم";
  private static final String FSI = "\u2068";
  private static final String PDI = "\u2069";

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  @Test
  void unmatchedRightToLeftWordsAreEachIsolated() {
    JavalinTest.test(app(), (server, client) -> {
      String page = get(client, "/?q=" + encode(ARABIC + " politie"));
      assertTrue(page.contains("<p class=\"unmatched\">Geen document bevat: <bdi>مرحبا</bdi>,"
          + " <bdi>بالعالم</bdi>. De resultaten komen van de andere woorden.</p>"), page);
      assertEquals(FSI + ARABIC + " politie" + PDI + " – zoekresultaten", title(page));

      String none = get(client, "/?lang=en&q=" + encode(ARABIC));
      assertTrue(none.contains("No document contains: <bdi>مرحبا</bdi>, <bdi>بالعالم</bdi>."), none);
      assertEquals("No results for " + FSI + ARABIC + PDI, title(none));
    });
  }

  @Test
  void theMapIsolatesTheQueryInItsCaptionReasonsAndTitle() {
    JavalinTest.test(app(), (server, client) -> {
      String map = get(client, "/map?q=" + encode(ARABIC));
      assertTrue(map.contains("<p>Geen document bevat: <bdi>مرحبا</bdi>, <bdi>بالعالم</bdi>.</p>"),
          map);
      assertTrue(title(map).startsWith("Bewijskaart voor " + FSI + ARABIC + PDI), title(map));
      String found = get(client, "/map?q=" + encode("politie " + ARABIC));
      assertTrue(found.contains("per combinatie voor “<bdi>politie " + ARABIC + "</bdi>”"
          + "</caption>"), found);
    });
  }

  @Test
  void leftToRightTitlesAreLeftAsTheyWere() {
    JavalinTest.test(app(), (server, client) -> {
      assertEquals("bewoners – zoekresultaten", title(get(client, "/?q=bewoners")));
    });
  }

  /** A right-to-left override typed in the query cannot turn the rest of the title around. */
  @Test
  void directionalControlsTypedAreIsolatedToo() {
    JavalinTest.test(app(), (server, client) -> {
      String page = get(client, "/?q=" + encode("zebra\u202Ecba"));
      assertEquals("Geen resultaten voor " + FSI + "zebra\u202Ecba" + PDI, title(page));
    });
  }

  @Test
  void theTextFieldsTakeTheDirectionOfWhatIsTyped() {
    JavalinTest.test(app(), (server, client) -> {
      for (String path : List.of("/?q=" + encode(ARABIC), "/map?q=" + encode(ARABIC))) {
        String page = get(client, path);
        Matcher input = Pattern.compile("<input[^>]*name=\"q\"[^>]*>").matcher(page);
        assertTrue(input.find(), page);
        assertTrue(input.group().contains("dir=\"auto\""), input.group());
        assertTrue(input.group().contains("value=\"" + ARABIC + "\""), input.group());
      }
    });
  }

  /**
   * Every field one types text into, on the search page and the map, also when a year was refused
   * and is shown as typed in a text field rather than a number field.
   */
  @Test
  void everyTextFieldOfTheSearchPageAndTheMapTakesTheDirectionOfWhatIsTyped() {
    Pattern field = Pattern.compile("<(input|textarea)\\b[^>]*>");
    Pattern type = Pattern.compile("\\btype=\"([^\"]*)\"");
    JavalinTest.test(app(), (server, client) -> {
      int textFields = 0;
      for (String path : List.of("/", "/?lang=en&q=politie", "/?year_to=" + encode("مر")
          + "&lang=en", "/?year_from=abc", "/?year_from=" + encode("２０１４"), "/map",
          "/map?year_from=abc", "/map?year_to=" + encode("مر") + "&lang=en")) {
        String page = get(client, path);
        Matcher input = field.matcher(page);
        while (input.find()) {
          Matcher typed = type.matcher(input.group());
          String kind = typed.find() ? typed.group(1) : "text";
          if (List.of("hidden", "checkbox", "radio", "submit", "button", "number")
              .contains(kind)) {
            continue;
          }
          textFields++;
          assertTrue(input.group().contains("dir=\"auto\""), path + ": " + input.group());
        }
      }
      assertTrue(textFields >= 13, "the search boxes and each refused year: " + textFields);
    });
  }

  @Test
  void isolatedTextIsStillEscaped() {
    JavalinTest.test(app(), (server, client) -> {
      String page = get(client, "/?q=" + encode("<b>مرحبا</b> politie"));
      assertFalse(page.contains("<b>"), page);
      assertEquals(FSI + "&lt;b&gt;مرحبا&lt;/b&gt; politie" + PDI + " – zoekresultaten",
          title(page));
    });
    StringOutput html = new StringOutput();
    Messages.of("nl").formatTyped("unmatched.none",
        new TypedText.TypedWords(List.of("<script>", "مرحبا"))).writeTo(
        new OwaspHtmlTemplateOutput(html));
    assertEquals("Geen document bevat: <bdi>&lt;script&gt;</bdi>, <bdi>مرحبا</bdi>.",
        html.toString());
  }

  private static String get(HttpClient client, String path) throws Exception {
    return client.get(path).body().string();
  }

  private static String title(String html) {
    Matcher title = Pattern.compile("<title>(.*) · Buurtkennis</title>").matcher(html);
    assertTrue(title.find(), html);
    return title.group(1);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static io.javalin.Javalin app() {
    return WebApp.create(UnhurriedSearch.of(fixture.index()));
  }
}
