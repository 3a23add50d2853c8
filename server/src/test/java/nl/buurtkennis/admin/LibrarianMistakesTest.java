package nl.buurtkennis.admin;

import static nl.buurtkennis.admin.ConsoleForms.errorSummary;
import static nl.buurtkennis.admin.ConsoleForms.inputValue;
import static nl.buurtkennis.admin.ConsoleForms.textareaValue;
import static nl.buurtkennis.admin.ConsoleForms.upload;
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
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes a librarian makes by hand in a copy of the corpus, as the console and the admin API
 * tell them: a typo or a label where a concept id belongs is that file's own mistake, never a
 * concept to put "back" in taxonomy.yml; a front matter closed with '...' is still read into the
 * form; Word's quotes are named; and a copy of a document's file is never what the console edits.
 */
class LibrarianMistakesTest {
  @TempDir
  Path temp;

  @Test
  void anIdNeverInTheVocabularyIsToldAsTheFilesOwnMistakeNotAsARemovedConcept()
      throws Exception {
    try (AdminTestApp own = AdminTestApp.create(temp)) {
      own.corpus.document("practices/fout-tag.md", TempCorpus.doc("fout-tag", "", "Tekst.\n")
          .replace("forms: [mediation]", "forms: [citizen-survelliance]"))
          .document("practices/fout-label.md", TempCorpus.doc("fout-label", "", "Tekst.\n")
              .replace("forms: [mediation]", "forms: [Toezicht]"));
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Client client = new AdminTestApp.Client(server);
        AdminTestApp.Session session = client.signIn();
        byte[] valid = TempCorpus.doc("goed-document", "", "Tekst.\n")
            .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> dutch = upload(session, "nl", "goed.md", valid);
        assertEquals(422, dutch.statusCode(), dutch.body());
        assertFalse(dutch.body().contains("staat niet (meer) in taxonomy.yml"), dutch.body());
        assertFalse(dutch.body().contains("terug in taxonomy.yml"), dutch.body());
        String top = errorSummary(dutch.body());
        assertTrue(top.contains("documents/practices/fout-tag.md:8: "), top);
        assertTrue(top.contains("bedoelt u &#39;citizen-surveillance&#39;?")
            || top.contains("bedoelt u 'citizen-surveillance'?"), top);
        assertTrue(top.contains("documents/practices/fout-label.md:8: "), top);
        assertTrue(top.contains("het label van begrip"), top);
        HttpResponse<String> english = upload(session, "en", "goed.md", valid);
        assertFalse(english.body().contains("no longer) in taxonomy.yml"), english.body());
        assertFalse(english.body().contains("back in taxonomy.yml"), english.body());

        HttpResponse<String> api = client.api("POST", "/api/admin/documents",
            TempCorpus.doc("nog-een", "", "Tekst.\n"));
        assertEquals(422, api.statusCode(), api.body());
        assertFalse(api.body().contains("is not in taxonomy.yml, but"), api.body());
        assertTrue(api.body().contains("did you mean 'citizen-surveillance'?"), api.body());
      });
    }
  }

  @Test
  void aFrontMatterClosedWithDotsIsReadIntoTheFormAndToldAtItsLine() throws Exception {
    try (AdminTestApp own = AdminTestApp.create(temp)) {
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
        String dots = TempCorpus.doc("punten", "", "Tekst.\n\n---\n\nMeer tekst.\n")
            .replaceFirst("\n---\nTekst", "\n...\nTekst");
        HttpResponse<String> page = upload(session, "nl", "punten.md",
            dots.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, page.statusCode(), page.body());
        assertEquals("Titel van punten", inputValue(page.body(), "title"), page.body());
        String body = textareaValue(page.body(), "body");
        assertTrue(body != null && body.startsWith("Tekst."), page.body());
        assertFalse(body.contains("id: punten"), body);
        String top = errorSummary(page.body());
        assertTrue(top.contains("9") && top.contains("niet &#39;...&#39;")
            || top.contains("niet '...'"), top);
        assertFalse(own.search.document("punten").isPresent());
      });
    }
  }

  @Test
  void typographicQuotesAreNamedAndNotKeptInTheValue() throws Exception {
    try (AdminTestApp own = AdminTestApp.create(temp)) {
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
        String curly = TempCorpus.doc("krul", "", "Tekst.\n")
            .replace("title: Titel van krul", "title: \u201cVeilig wonen: een aanpak\u201d");
        HttpResponse<String> page = upload(session, "nl", "krul.md",
            curly.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, page.statusCode(), page.body());
        assertEquals("Veilig wonen: een aanpak", inputValue(page.body(), "title"));
        assertTrue(page.body().contains("typografische aanhalingstekens"), page.body());
        assertFalse(page.body().contains("zet de hele waarde tussen"), page.body());
      });
    }
  }

  @Test
  void aCopyOfADocumentsFileIsNeverWhatTheConsoleAndTheApiShow() throws Exception {
    try (AdminTestApp own = AdminTestApp.create(temp)) {
      String original = TempCorpus.doc("buurtschouw", "", "Het origineel.\n")
          .replace("title: Titel van buurtschouw", "title: Het origineel");
      own.corpus.document("practices/buurtschouw.md", original);
      assertTrue(own.reindexer.runNow().succeeded());
      for (String copy : new String[] {"practices/buurtschouw-kopie.md",
          "practices/buurtschouw (1).md", "practices/Kopie van buurtschouw.md"}) {
        own.corpus.document(copy, original.replace("Het origineel", "De kopie"));
      }
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Client client = new AdminTestApp.Client(server);
        AdminTestApp.Session session = client.signIn();
        HttpResponse<String> edit = session.get("/admin/documents/buurtschouw/edit");
        assertEquals(200, edit.statusCode(), edit.body());
        assertEquals("Het origineel", inputValue(edit.body(), "title"), edit.body());
        HttpResponse<String> delete = session.get("/admin/documents/buurtschouw/delete");
        assertTrue(delete.body().contains("Het origineel"), delete.body());
        HttpResponse<String> api = client.api("GET", "/api/admin/documents/buurtschouw", null);
        assertEquals(200, api.statusCode(), api.body());
        assertEquals(original, api.body());
      });
      assertEquals(original, Files.readString(own.corpus.dir()
          .resolve("documents/practices/buurtschouw.md")));
    }
  }
}
