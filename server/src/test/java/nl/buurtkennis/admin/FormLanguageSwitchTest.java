package nl.buurtkennis.admin;

import static nl.buurtkennis.admin.AdminTestApp.documentFields;
import static nl.buurtkennis.admin.AdminTestApp.param;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A refused form shows what was typed again, which no address holds: its language switch is a
 * button of the form, after its save button, that posts it to the other language's address,
 * where it is shown again in that language, checked and not saved; a link would lose it all.
 */
class FormLanguageSwitchTest {
  private static final String TYPED = "Wat ik typte en niet kwijt wil.\n";

  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();
  private static Javalin app;
  private static AdminTestApp.Session session;

  @BeforeAll
  static void start() {
    app = fixture.app().start(0);
    session = new AdminTestApp.Client(app).signIn();
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  private static HttpResponse<String> post(String path, String fields) {
    return session.form(path, "csrf=" + session.csrf() + fields);
  }

  private static String refusedFields(String id) {
    return documentFields(null, id, "Getypte titel", TYPED).replace("year=2014", "year=ooit");
  }

  @Test
  void aRefusedFormSwitchesLanguageByAButtonThatPostsItAfterTheSaveButton() {
    HttpResponse<String> refused = post("/admin/documents", refusedFields("getypt-nl"));

    assertEquals(422, refused.statusCode(), refused.body());
    String page = refused.body();
    assertTrue(page.contains("<a class=\"lang\" href=\"#form-language\" hreflang=\"en\""
        + " lang=\"en\">English</a>"), "the header leads to the switch in the form");
    String button = "<button type=\"submit\" name=\"language_switch\" value=\"en\""
        + " formaction=\"/admin/documents?lang=en\" formnovalidate class=\"link-button\""
        + " lang=\"en\" aria-describedby=\"form-language-note\">English</button>";
    int save = page.indexOf("Controleren en opslaan</button>");
    assertTrue(save > 0 && page.indexOf(button) > save
        && page.indexOf(button) < page.indexOf("</form>", save), page);
    assertTrue(page.contains("<span id=\"form-language-note\">Dit formulier in een andere taal"
        + " tonen, met wat u typte (er wordt niets opgeslagen):</span>"), page);
  }

  @Test
  void theSwitchShowsTheTypedFormInTheOtherLanguageWithItsProblemsAndSavesNothing() {
    HttpResponse<String> english = post("/admin/documents?lang=en",
        refusedFields("getypt-en") + param("language_switch", "en"));

    assertEquals(422, english.statusCode(), "still refused, now told in English");
    assertTrue(english.body().contains("<html lang=\"en\">"), english.body());
    assertTrue(ConsoleForms.textareaValue(english.body(), "body").contains(TYPED.strip()),
        english.body());
    assertEquals("Getypte titel", ConsoleForms.inputValue(english.body(), "title"));
    assertTrue(ConsoleForms.errorsBeside(english.body(), "year").contains("year"),
        english.body());
    assertTrue(english.body().contains("formaction=\"/admin/documents\" formnovalidate"
        + " class=\"link-button\" lang=\"nl\""), "and back to Dutch the same way");
  }

  @Test
  void aValidFormIsOnlyShownAgainNotSavedByTheSwitch() throws Exception {
    HttpResponse<String> english = post("/admin/documents?lang=en",
        documentFields(null, "getypt-geldig", "Getypte titel", TYPED)
            + param("language_switch", "en"));

    assertEquals(200, english.statusCode(), english.body());
    assertTrue(english.body().contains("The form has not been saved yet."), english.body());
    assertEquals("getypt-geldig", ConsoleForms.inputValue(english.body(), "id"));
    assertFalse(Files.exists(fixture.corpus.dir().resolve("documents/getypt-geldig.md")));
    assertTrue(fixture.store.source("getypt-geldig").isEmpty(), "nothing written anywhere");
  }

  @Test
  void aFormOpenedByItsAddressKeepsTheLinkToTheOtherLanguage() {
    String page = session.get("/admin/documents/new").body();
    assertTrue(page.contains("<a class=\"lang\" href=\"/admin/documents/new?lang=en\""), page);
    assertFalse(page.contains("name=\"language_switch\""), page);
  }
}
