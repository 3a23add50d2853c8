package nl.buurtkennis.admin;

import static nl.buurtkennis.admin.ConsoleForms.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console and the admin API tell what {@code validate} warns about a saved document, as the
 * guide promises that the console checks exactly as validate does: here, a field tagged
 * differently from the document's translation.
 */
class SavedWarningsTest {
  @TempDir
  Path temp;

  private static String englishWithExtraForm(String id) {
    return TempCorpus.doc(id, "translation: tagged-nl\n", "Text.\n")
        .replace("language: nl", "language: en")
        .replace("forms: [mediation]", "forms: [mediation, contact]");
  }

  @Test
  void aTranslationTaggedDifferentlyIsAWarningInTheApisAnswerAndBesideTheConsolesField()
      throws Exception {
    try (AdminTestApp own = AdminTestApp.create(temp)) {
      own.corpus.document("tagged-nl.md", TempCorpus.doc("tagged-nl", "", "Tekst.\n"));
      own.reindexer.runNow();
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Client client = new AdminTestApp.Client(server);
        HttpResponse<String> created = client.api("POST", "/api/admin/documents",
            englishWithExtraForm("tagged-en"));
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.body().contains("\"warnings\":[{\"path\":\"documents/en/tagged-en.md\","
            + "\"line\":8,\"message\":\"'forms'"
            + " differs from the translation documents/tagged-nl.md: only here: contact; only in"
            + " the translation: none; a translation is the same document, so give both the"
            + " same values\"}]"), created.body());

        HttpResponse<String> replaced = client.api("PUT", "/api/admin/documents/tagged-en",
            englishWithExtraForm("tagged-en").replace(", contact", ""));
        assertEquals(200, replaced.statusCode(), replaced.body());
        assertTrue(replaced.body().contains("\"warnings\":[]"), replaced.body());

        assertEquals(200, client.api("DELETE", "/api/admin/documents/tagged-en", null)
            .statusCode());
        AdminTestApp.Session session = client.signIn();
        HttpResponse<String> page = upload(session, "nl", "tagged-en.md",
            englishWithExtraForm("tagged-en").getBytes(StandardCharsets.UTF_8));
        String html = page.body();
        assertTrue(html.contains("<strong>Let op:</strong>"), html);
        assertTrue(html.contains("<strong>Let op:</strong> 'Vorm van participatie' verschilt van"
            + " de vertaling documents/tagged-nl.md: alleen hier: contact; alleen in de vertaling:"
            + " geen"), html);
      });
    }
  }
}
