package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The console's menu marks the page shown, and its wide tables scroll in a region of their own
 * that takes the keyboard focus, named in the page's language, so that the page does not.
 */
class ConsoleNavigationTest {
  private static final Pattern ADMIN_NAV = Pattern.compile(
      "<nav class=\"admin-nav\"[^>]*>(.*?)</nav>", Pattern.DOTALL);
  private static final Pattern CURRENT = Pattern.compile(
      "<a href=\"([^\"]*)\" aria-current=\"page\">");

  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();

  @Test
  void theMenuMarksThePageShown() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
      Map<String, List<String>> expected = Map.of(
          "/admin", List.of("/admin"),
          "/admin?lang=en", List.of("/admin?lang=en"),
          "/admin/documents", List.of("/admin/documents"),
          "/admin/documents?q=bemiddeling", List.of("/admin/documents"),
          "/admin/documents/new", List.of("/admin/documents/new"),
          "/admin/documents/new?lang=en", List.of("/admin/documents/new?lang=en"),
          "/admin/documents/nl-bemiddeling/edit", List.of(),
          "/admin/documents/nl-bemiddeling/delete", List.of());
      for (var page : expected.entrySet()) {
        String html = session.get(page.getKey()).body();
        assertEquals(page.getValue(), current(html), page.getKey());
      }
    });
  }

  @Test
  void wideTablesScrollInAFocusableRegionNamedByTheirCaptionOrHeading() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
      for (String lang : List.of("", "?lang=en")) {
        String documents = session.get("/admin/documents" + lang)
            .body();
        assertTrue(documents.contains("<div class=\"table-scroll\" role=\"region\""
            + " aria-labelledby=\"documents-caption\" tabindex=\"0\">\n<table class=\"metadata"
            + " admin-documents\">\n  <caption id=\"documents-caption\">"), documents);
        String health = session.get("/admin" + lang).body();
        assertTrue(health.contains("<section class=\"table-scroll\""
            + " aria-labelledby=\"counts-heading\" tabindex=\"0\">"), health);
        assertTrue(health.contains("<h2 id=\"counts-heading\">"
            + ("".equals(lang) ? "Aantal documenten per begrip" : "Documents per concept")),
            health);
      }
    });
  }

  private static List<String> current(String html) {
    Matcher nav = ADMIN_NAV.matcher(html);
    assertTrue(nav.find(), "no console menu: " + html);
    Matcher link = CURRENT.matcher(nav.group(1));
    List<String> current = new ArrayList<>();
    while (link.find()) {
      current.add(link.group(1));
    }
    return current;
  }
}
