package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static nl.buurtkennis.web.RefusedForm.page;
import static nl.buurtkennis.web.RefusedForm.tag;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.util.List;
import java.util.regex.Pattern;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A map the page refuses (a 400) shows its form as it was entered, as the search page does
 * ({@link RefusedSearchFormTest}): the words, the rows and columns, every selected value as a
 * ticked box, the years as typed; the field at fault is marked and described by the error, so
 * that correcting it and submitting the form keeps everything else.
 */
class RefusedMapFormTest {

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  @Test
  void aReversedRangeKeepsTheWordsTheViewTheFiltersAndTheYears() {
    JavalinTest.test(app(), (server, client) -> {
      String page = page(client, "/map?q=bewoners&rows=issue&cols=benefit&form=contact"
          + "&language=nl&sort=newest&year_from=2026&year_to=2014");
      assertTrue(page.contains("<p class=\"error\" id=\"search-error\" role=\"alert\">"
          + "Ongeldige zoekopdracht (Jaar: tot en met): het eerste jaar ligt na het laatste;"
          + " verwissel ze.</p>"), page);
      assertEquals(List.of("sort=newest", "q=bewoners", "form=contact", "language=nl",
          "year_from=2026", "year_to=2014", "rows=issue", "cols=benefit"), submitted(page));
      assertTrue(page.contains("<label for=\"f-form-0\">Contactbevordering</label>"),
          "the value by its label, not counted: " + page);
      for (String year : List.of("year_from", "year_to")) {
        assertTrue(tag(page, "id=\"" + year + "\"").contains(
            "aria-invalid=\"true\" aria-describedby=\"search-error\""), year);
      }
      assertFalse(tag(page, "id=\"map-q\"").contains("aria-invalid"), "the words are no fault");
      assertFalse(tag(page, "value=\"contact\"").contains("aria-invalid"));
      assertFalse(page.contains("<table"), "no map of a refused search");

      // The years swapped as told, the form as the page holds it shows the map of that search.
      String corrected = "/map?" + String.join("&", submitted(page))
          .replace("year_from=2026", "year_from=2014").replace("year_to=2014", "year_to=2026");
      Response fixed = client.get(corrected);
      assertEquals(200, fixed.code(), corrected);
      String map = fixed.body().string();
      assertFalse(map.contains("class=\"error\""), map);
      assertEquals(List.of("form=contact", "language=nl", "year_from=2014", "year_to=2026",
          "sort=newest", "q=bewoners", "rows=issue", "cols=benefit"), submitted(map),
          "the map's form passes the search on as the refused one did");
    });
  }

  @Test
  void everyRefusalKeepsTheRestAndMarksItsField() {
    JavalinTest.test(app(), (server, client) -> {
      String unknown = page(client, "/map?form=mediation&form=no-such-form&year_from=2014"
          + "&lang=en");
      assertEquals(List.of("lang=en", "form=mediation", "form=no-such-form", "year_from=2014",
          "rows=form", "cols=benefit"), submitted(unknown));
      assertTrue(tag(unknown, "value=\"no-such-form\"").contains(
          "aria-invalid=\"true\" aria-describedby=\"search-error\""), unknown);
      assertFalse(tag(unknown, "value=\"mediation\"").contains("aria-invalid"), unknown);
      assertTrue(unknown.contains("<label for=\"f-form-0\">Mediation</label>"), unknown);

      String rows = page(client, "/map?rows=nonsense&cols=issue&issue=privacy");
      assertTrue(tag(rows, "id=\"map-rows\"").contains(
          "aria-invalid=\"true\" aria-describedby=\"search-error\""), rows);
      assertFalse(tag(rows, "id=\"map-cols\"").contains("aria-invalid"), rows);
      assertEquals(List.of("issue=privacy", "rows=form", "cols=issue"), submitted(rows));

      String same = page(client, "/map?rows=issue&cols=issue&q=buurt");
      assertTrue(tag(same, "id=\"map-cols\"").contains("aria-invalid=\"true\""), same);
      assertEquals(List.of("q=buurt", "rows=issue", "cols=issue"), submitted(same));

      // A year that is no number is shown as typed, which a number input would show empty.
      String twenty = page(client, "/map?year_from=twenty&year_to=2014");
      assertTrue(tag(twenty, "id=\"year_from\"").contains(
          "type=\"text\" inputmode=\"numeric\" value=\"twenty\" dir=\"auto\" aria-invalid=\"true\""), twenty);

      // The order is sent unseen: a bad one is left out, so that the next map works.
      String sort = page(client, "/map?q=bewoners&sort=best&form=mediation");
      assertEquals(List.of("q=bewoners", "form=mediation", "rows=form", "cols=benefit"),
          submitted(sort));
    });
  }

  @Test
  void whatWasEnteredIsShownEscaped() {
    JavalinTest.test(app(), (server, client) -> {
      String hostile = "\"><script>alert(1)</script>";
      String page = page(client, "/map?form=" + SearchUrls.encode(hostile) + "&q="
          + SearchUrls.encode(hostile) + "&year_from=" + SearchUrls.encode(hostile));
      assertFalse(page.contains("<script>alert"), page);
      assertEquals(3, page.split(Pattern.quote(
          "value=\"&#34;>&lt;script>alert(1)&lt;/script>\""), -1).length - 1,
          "the words, the form's box and the year: " + page);
    });
  }

  /** What submitting the form sends ({@link RefusedForm#submitted}). */
  private static List<String> submitted(String html) {
    return RefusedForm.submitted(html, "<form class=\"map-form\"");
  }

  private static Javalin app() {
    return WebApp.create(UnhurriedSearch.of(fixture.index()));
  }
}
