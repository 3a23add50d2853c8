package nl.buurtkennis.admin;

import static nl.buurtkennis.admin.AdminTestApp.documentFields;
import static nl.buurtkennis.admin.AdminTestApp.param;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A control character typed or pasted into the console's form is refused beside its field with
 * the validator's message, the body's with its line in the text, and never written back into the
 * page: the form shows U+FFFD where it stood, which is refused in turn until it is put right. The
 * admin API refuses the same escape in the same words.
 */
class ConsoleControlCharactersTest {
  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();
  private static Javalin app;
  private static AdminTestApp.Client client;
  private static AdminTestApp.Session session;

  @BeforeAll
  static void start() {
    app = fixture.app().start(0);
    client = new AdminTestApp.Client(app);
    session = client.signIn();
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  private static HttpResponse<String> add(String fields) {
    return session.form("/admin/documents", "csrf=" + session.csrf() + fields);
  }

  @Test
  void aControlCharacterInATitleIsRefusedBesideItAndNotWrittenIntoThePage() {
    HttpResponse<String> page = add(documentFields(null, "titel-met-bel", "Titel\u0007met bel",
        "Tekst.\n"));

    assertEquals(422, page.statusCode());
    assertTrue(ConsoleForms.errorsBeside(page.body(), "title").contains(
        "veld 'Titel' bevat een onzichtbaar stuurteken (U+0007)"), page.body());
    assertFalse(page.body().contains("\u0007"));
    assertEquals("Titel\uFFFDmet bel", ConsoleForms.inputValue(page.body(), "title"));
    assertFalse(Files.exists(fixture.corpus.dir().resolve("documents/nl/titel-met-bel.md")));

    HttpResponse<String> again = add(documentFields(null, "titel-met-bel", "Titel\uFFFDmet bel",
        "Tekst.\n"));
    assertEquals(422, again.statusCode());
    assertTrue(ConsoleForms.errorsBeside(again.body(), "title").contains("U+FFFD"), again.body());
  }

  @Test
  void aControlCharacterInTheBodyIsToldWithItsLineOfTheText() {
    HttpResponse<String> page = add(documentFields(null, "tekst-met-bel", "Tekst met bel",
        "Regel een.\r\n\r\nRegel drie \u0007 bel.\r\n"));

    assertEquals(422, page.statusCode());
    assertTrue(ConsoleForms.errorsBeside(page.body(), "body").contains("regel 3 van de tekst: op"
        + " deze regel staat een onzichtbaar stuurteken (U+0007)"), page.body());
    assertFalse(page.body().contains("\u0007"));
    assertTrue(ConsoleForms.textareaValue(page.body(), "body")
        .contains("Regel drie \uFFFD bel."), page.body());
  }

  @Test
  void aNulInTheBodyIsAControlCharacterOnItsLineNotABinaryFile() {
    HttpResponse<String> page = session.form("/admin/documents?lang=en", "csrf="
        + session.csrf() + documentFields(null, "tekst-met-nul", "Tekst met nul",
            "Regel een.\nRegel \u0000 twee.\n"));

    assertEquals(422, page.statusCode());
    String errors = ConsoleForms.errorsBeside(page.body(), "body");
    assertTrue(errors.contains("line 2 of the text: an invisible control character (U+0000)"),
        page.body());
    assertFalse(page.body().contains("binary"), errors);
    assertFalse(page.body().contains("\u0000"));
  }

  @Test
  void lineBreaksInOneLineFieldsAreSavedAsSpaces() throws Exception {
    HttpResponse<String> page = add(documentFields(null, "samenvatting-enter", "Titel\r\nvervolg",
        "Tekst.\n") + param("source", "Bron\neen"));
    assertTrue(page.statusCode() < 400, page.body());
    String saved = Files.readString(fixture.corpus.dir()
        .resolve(fixture.store.source("samenvatting-enter").orElseThrow().path()));
    assertTrue(saved.contains("\ntitle: \"Titel vervolg\"\n"), saved);
    assertTrue(saved.contains("\nsource: \"Bron een\"\n"), saved);
  }

  @Test
  void theApiRefusesAnEscapedControlCharacterWithTheSameMessage() {
    String markdown = "---\nid: api-bel\ntitle: \"Titel\\u0007met bel\"\ntype: practice\n"
        + "language: nl\nyear: 2014\nsummary: Samenvatting.\nforms: [mediation]\n---\nTekst.\n";

    HttpResponse<String> answer = client.api("POST", "/api/admin/documents", markdown);

    assertEquals(422, answer.statusCode());
    assertTrue(answer.body().contains("\"line\":3,\"message\":\"field 'title' holds an invisible"
        + " control character (U+0007)"), answer.body());
  }

  @Test
  void aBidirectionalControlIsRefusedBesideItsFieldInTheValidatorsWords() {
    HttpResponse<String> page = add(documentFields(null, "bedrag-omgekeerd",
        "Titel \u202Eomgekeerd", "Regel een.\n\nBedrag \u200F12 - 34\u200F euro.\n"));

    assertEquals(422, page.statusCode());
    assertTrue(ConsoleForms.errorsBeside(page.body(), "title").contains(
        "onzichtbaar richtingsteken (U+202E)"), page.body());
    assertTrue(ConsoleForms.errorsBeside(page.body(), "body").contains("regel 3 van de tekst: op"
        + " deze regel staat een onzichtbaar richtingsteken (U+200F): daardoor toont de pagina de"
        + " tekst eromheen in een andere volgorde dan hij er staat"), page.body());
    assertFalse(Files.exists(fixture.corpus.dir().resolve("documents/nl/bedrag-omgekeerd.md")));
  }

  @Test
  void theApiRefusesABidirectionalControlWithTheValidatorsMessage() {
    String markdown = "---\nid: api-omgekeerd\ntitle: Titel\ntype: practice\n"
        + "language: nl\nyear: 2014\nsummary: Samenvatting.\nforms: [mediation]\n---\n"
        + "Bel \u2066nu\u2069.\n";

    HttpResponse<String> answer = client.api("POST", "/api/admin/documents", markdown);

    assertEquals(422, answer.statusCode());
    assertTrue(answer.body().contains("\"line\":10,\"message\":\"an invisible direction"
        + " character (U+2066) is in this line"), answer.body());
  }
}
