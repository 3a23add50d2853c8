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
 * A search the page refuses (a 400) shows the form as it was entered: the query, every selected
 * value as a ticked box, the years as typed, the order; the field at fault is marked and described
 * by the error, so that correcting it and submitting the form keeps everything else.
 */
class RefusedSearchFormTest {
  private static final String REVERSED =
      "/?q=bewoners&form=citizen-surveillance&sort=newest&year_from=2020&year_to=2014";

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  @Test
  void aReversedRangeKeepsTheQueryTheFiltersTheYearsAndTheOrder() {
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.get(REVERSED);
      assertEquals(400, response.code());
      String page = response.body().string();
      assertTrue(page.contains("<p class=\"error\" id=\"search-error\" role=\"alert\">"
          + "Ongeldige zoekopdracht (Jaar: tot en met): het eerste jaar ligt na het laatste;"
          + " verwissel ze.</p>"), page);
      assertEquals(List.of("q=bewoners", "form=citizen-surveillance", "year_from=2020",
          "year_to=2014", "sort=newest"), submitted(page));
      assertTrue(page.contains("<label for=\"f-form-0\">Toezicht</label>"),
          "the value by its label, not counted: " + page);
      for (String year : List.of("year_from", "year_to")) {
        assertTrue(page.contains("id=\"" + year + "\" name=\"" + year + "\" type=\"number\""),
            year);
        assertTrue(tag(page, "id=\"" + year + "\"").contains(
            "aria-invalid=\"true\" aria-describedby=\"search-error\""), year);
      }
      assertFalse(tag(page, "id=\"q\"").contains("aria-invalid"), "the query is no fault");
      assertFalse(tag(page, "value=\"citizen-surveillance\"").contains("aria-invalid"));

      // The years swapped as told, the form as the page holds it finds what the search finds.
      String corrected = "/?" + String.join("&", submitted(page))
          .replace("year_from=2020", "year_from=2014").replace("year_to=2014", "year_to=2020");
      Response fixed = client.get(corrected);
      assertEquals(200, fixed.code());
      String results = fixed.body().string();
      assertTrue(results.contains("<option value=\"newest\" selected>"), "the order is kept");
      assertTrue(results.contains("name=\"form\" value=\"citizen-surveillance\" checked"));
      assertEquals(List.of("q=bewoners", "form=citizen-surveillance", "year_from=2014",
          "year_to=2020", "sort=newest"), submitted(results));
    });
  }

  @Test
  void everyRefusalKeepsTheRestAndMarksItsField() {
    JavalinTest.test(app(), (server, client) -> {
      String words = "w ".repeat(QueryLimits.MAX_WORDS + 1).strip().replace(" ", "+");
      String tooMany = page(client, "/?q=" + words + "&issue=privacy&place=Rotterdam"
          + "&sort=oldest&size=20&lang=en");
      assertEquals(List.of("lang=en", "size=20", "q=" + words.replace("+", " "),
          "issue=privacy", "place=Rotterdam", "sort=oldest"), submitted(tooMany));
      assertTrue(tag(tooMany, "id=\"q\"").contains("aria-invalid=\"true\""), tooMany);
      assertTrue(tooMany.contains("<label for=\"f-issue-0\">Privacy</label>"), tooMany);

      String unknown = page(client, "/?form=mediation&form=no-such-form&year_from=2014");
      assertEquals(List.of("form=mediation", "form=no-such-form", "year_from=2014",
          "sort=relevance"), submitted(unknown));
      assertTrue(tag(unknown, "value=\"no-such-form\"").contains(
          "aria-invalid=\"true\" aria-describedby=\"search-error\""), unknown);
      assertFalse(tag(unknown, "value=\"mediation\"").contains("aria-invalid"), unknown);

      // A year that is no number is shown as typed, which a number input would show empty.
      String twenty = page(client, "/?year_from=twenty&year_to=2014");
      assertTrue(tag(twenty, "id=\"year_from\"").contains(
          "type=\"text\" inputmode=\"numeric\" value=\"twenty\" dir=\"auto\" aria-invalid=\"true\""), twenty);
      assertEquals(List.of("year_from=twenty", "year_to=2014", "sort=relevance"),
          submitted(twenty));

      // The page size is sent unseen: a bad one is left out, so that the next search works.
      String size = page(client, "/?q=bewoners&size=%EF%BC%92&sort=NEWEST");
      assertEquals(List.of("q=bewoners", "sort=newest"), submitted(size));
      String sort = page(client, "/?q=bewoners&sort=best");
      assertTrue(tag(sort, "id=\"sort\"").contains("aria-invalid=\"true\""), sort);
    });
  }

  @Test
  void whatWasEnteredIsShownEscaped() {
    JavalinTest.test(app(), (server, client) -> {
      String hostile = "\"><script>alert(1)</script>";
      String page = page(client, "/?form=" + SearchUrls.encode(hostile) + "&q="
          + SearchUrls.encode(hostile) + "&year_from=" + SearchUrls.encode(hostile));
      assertFalse(page.contains("<script>alert"), page);
      // jte escapes " and < in attributes (a > there starts no tag).
      assertEquals(3, page.split(Pattern.quote(
          "value=\"&#34;>&lt;script>alert(1)&lt;/script>\""), -1).length - 1,
          "the query, the form's box and the year: " + page);
    });
  }

  /** What submitting the form sends ({@link RefusedForm#submitted}). */
  private static List<String> submitted(String html) {
    return RefusedForm.submitted(html, "<form class=\"search\"");
  }

  private static Javalin app() {
    return WebApp.create(UnhurriedSearch.of(fixture.index()));
  }
}
