package nl.buurtkennis.admin;

import static nl.buurtkennis.admin.ConsoleForms.errorSummary;
import static nl.buurtkennis.admin.ConsoleForms.errorsBeside;
import static nl.buurtkennis.admin.ConsoleForms.inputValue;
import static nl.buurtkennis.admin.ConsoleForms.textareaValue;
import static nl.buurtkennis.admin.ConsoleForms.warningsBeside;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The console reads a front matter as the librarian wrote it: a value that starts with {@code &}
 * or {@code *} or holds {@code " #"} is held whole in its field, also when the front matter is not
 * valid YAML; a field with only a comment is left empty; and every problem validate tells is told,
 * in the file's own words where it suggests a line of the file.
 */
class FrontMatterReadWholeTest {
  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();

  private static final String QUOTE_NL = "een waarde kan niet beginnen met '*' of '&amp;'";

  private static HttpResponse<String> upload(AdminTestApp.Session session, String name,
      String markdown) {
    return ConsoleForms.upload(session, "nl", name, markdown.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aValueStartingWithAnAmpersandIsRefusedAndHeldWhole() {
    String markdown = TempCorpus.doc("anker", "keywords: [&a buurt, b]\nsource: &src Bron\n",
        "Tekst.\n").replace("title: Titel van anker", "title: &Buurt preventie");
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      assertEquals(422, client.api("POST", "/api/admin/documents", markdown).statusCode());
      HttpResponse<String> response = upload(client.signIn(), "anker.md", markdown);
      String html = response.body();
      assertEquals(422, response.statusCode(), html);
      assertEquals("&amp;Buurt preventie", inputValue(html, "title"), html);
      assertEquals("&amp;src Bron", inputValue(html, "source"), html);
      assertTrue(html.contains("&amp;a buurt"), html);
      assertTrue(errorSummary(html).contains(QUOTE_NL), html);
      assertFalse(Files.exists(fixture.corpus.dir().resolve("documents/practices/anker.md")));
    });
  }

  @Test
  void aValueStartingWithAStarIsToldToBeQuoted() {
    String markdown = TempCorpus.doc("ster", "", "Tekst.\n")
        .replace("title: Titel van ster", "title: *Buurt preventie");
    JavalinTest.test(fixture.app(), (server, http) -> {
      String html = upload(new AdminTestApp.Client(server).signIn(), "ster.md", markdown).body();
      assertTrue(errorSummary(html).contains(QUOTE_NL), html);
      assertFalse(html.contains("herhaalt een andere waarde"), html);
      assertEquals("*Buurt preventie", inputValue(html, "title"), html);
    });
  }

  @Test
  void aRequiredFieldWithOnlyACommentIsLeftEmptyAndToldEmpty() {
    String markdown = TempCorpus.doc("leeg", "", "Tekst.\n")
        .replace("title: Titel van leeg", "title:  # nog bedenken")
        .replace("summary: Een korte samenvatting.", "summary:  # later invullen");
    JavalinTest.test(fixture.app(), (server, http) -> {
      HttpResponse<String> response = upload(new AdminTestApp.Client(server).signIn(),
          "leeg.md", markdown);
      String html = response.body();
      assertEquals(422, response.statusCode(), html);
      assertEquals("", inputValue(html, "title"), html);
      assertEquals("", textareaValue(html, "summary"), html);
      assertTrue(errorsBeside(html, "title").contains("de tekst na ' #' is commentaar"), html);
      assertFalse(html.contains("\"# nog bedenken\""), "no advice to quote the placeholder");
    });
  }

  @Test
  void theSuggestedLineUsesTheFieldsKeyInTheFile() {
    String markdown = TempCorpus.doc("hekje", "", "Tekst.\n")
        .replace("title: Titel van hekje", "title: Buurt #1 bemiddeling");
    JavalinTest.test(fixture.app(), (server, http) -> {
      String html = upload(new AdminTestApp.Client(server).signIn(), "hekje.md", markdown)
          .body();
      assertTrue(errorSummary(html).contains("title: \"Buurt #1 bemiddeling\""), html);
      assertFalse(errorSummary(html).contains("Titel: \""), html);
    });
  }

  @Test
  void aValueWithAHashIsHeldWholeWhenTheFrontMatterIsNotValidYaml() throws Exception {
    String markdown = TempCorpus.doc("hekje-kapot", "", "Tekst.\n")
        .replace("title: Titel van hekje-kapot", "title: Buurt #1 bemiddeling")
        .replace("forms: [mediation]", "forms: [contact");
    Path file = fixture.corpus.dir().resolve("documents/practices/hekje-kapot.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, markdown);
    try {
      JavalinTest.test(fixture.app(), (server, http) -> {
        AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
        String uploaded = upload(session, "hekje-kapot-2.md", markdown.replace(
            "id: hekje-kapot", "id: hekje-kapot-2")).body();
        assertEquals("Buurt #1 bemiddeling", inputValue(uploaded, "title"), uploaded);
        assertTrue(warningsBeside(uploaded, "title").contains("regel 3 van het bestand"),
            uploaded);

        String edit = session.get("/admin/documents/hekje-kapot/edit").body();
        assertEquals("Buurt #1 bemiddeling", inputValue(edit, "title"), edit);
        assertTrue(warningsBeside(edit, "title").contains("regel 3 van het bestand"), edit);
      });
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void theProblemsOfTheOtherFieldsAreToldBesideASyntaxError() {
    String markdown = TempCorpus.doc("veel", "issues: [inbraak]\nsource: Bron: iets\n",
        "Tekst.\n").replace("year: 2014", "year: 2035");
    JavalinTest.test(fixture.app(), (server, http) -> {
      String html = upload(new AdminTestApp.Client(server).signIn(), "veel.md", markdown)
          .body();
      assertTrue(errorsBeside(html, "year").contains("2035"), html);
      assertTrue(html.contains("inbraak"), html);
      assertTrue(errorSummary(html).contains("regel 10 van het bestand"), html);
    });
  }
}
