package nl.buurtkennis.admin;

import static nl.buurtkennis.admin.ConsoleForms.errorSummary;
import static nl.buurtkennis.admin.ConsoleForms.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.buurtkennis.reindex.ReindexOutcome;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Problems in other files of the corpus: a valid document refused for them is told to be fine
 * itself, and every page and answer names those files by their path in the corpus.
 */
class OtherFilesProblemsTest {
  @TempDir
  Path temp;

  @Test
  void aValidDocumentRefusedForOtherFilesProblemsIsToldItHasNoneItself() throws Exception {
    try (AdminTestApp own = AdminTestApp.create(temp)) {
      own.corpus.document("kapot.md", TempCorpus.doc("kapot", "", "Tekst.\n")
          .replace("forms: [mediation]", "forms: [buurtapp]"));
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Client client = new AdminTestApp.Client(server);
        AdminTestApp.Session session = client.signIn();
        byte[] valid = TempCorpus.doc("goed-document", "", "Tekst.\n")
            .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> dutch = upload(session, "nl", "goed.md", valid);
        assertEquals(422, dutch.statusCode(), dutch.body());
        String top = errorSummary(dutch.body());
        assertTrue(top.contains("Het document zelf heeft geen problemen"), top);
        assertTrue(top.contains("andere bestanden"), top);
        assertFalse(top.contains("Los deze problemen op:"), top);
        assertTrue(top.contains("documents/kapot.md:8: "), top);
        HttpResponse<String> english = upload(session, "en", "goed.md", valid);
        top = errorSummary(english.body());
        assertTrue(top.contains("The document itself has no problems"), top);
        assertTrue(top.contains("other files"), top);

        // a document with problems of its own gets the usual heading
        byte[] invalid = TempCorpus.doc("slecht-document", "", "Tekst.\n")
            .replace("year: 2014", "year: 1850").getBytes(StandardCharsets.UTF_8);
        top = errorSummary(upload(session, "nl", "slecht.md", invalid).body());
        assertTrue(top.contains("Los deze problemen op:"), top);
        assertFalse(top.contains("geen problemen"), top);
        assertFalse(own.search.document("goed-document").isPresent());
      });
    }
  }

  @Test
  void aSecondTranslationClaimIsTheSavedDocumentsOwnProblemToldInThePagesLanguage()
      throws Exception {
    try (AdminTestApp own = AdminTestApp.create(temp)) {
      own.corpus.document("buurt-nl.md", TempCorpus.doc("buurt-nl", "", "Tekst.\n"))
          .document("en/buurt-en.md", TempCorpus.doc("buurt-en", "translation: buurt-nl\n",
              "Text.\n").replace("language: nl", "language: en"));
      own.reindexer.runNow();
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Client client = new AdminTestApp.Client(server);
        AdminTestApp.Session session = client.signIn();
        byte[] claim = TempCorpus.doc("aa-monitor", "translation: buurt-nl\n", "Text.\n")
            .replace("language: nl", "language: en").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> dutch = upload(session, "nl", "aa-monitor.md", claim);
        assertEquals(422, dutch.statusCode(), dutch.body());
        String top = errorSummary(dutch.body());
        assertFalse(top.contains("geen problemen"), top);
        assertTrue(dutch.body().contains("'buurt-nl' wordt ook als vertaling genoemd door"
            + " documents/en/buurt-en.md"), dutch.body());
        assertFalse(dutch.body().contains("is al de vertaling"), dutch.body());
        assertFalse(dutch.body().contains("translation 'buurt-nl'"), dutch.body());
        HttpResponse<String> english = upload(session, "en", "aa-monitor.md", claim);
        assertFalse(errorSummary(english.body()).contains("no problems"), english.body());
        assertTrue(english.body().contains("is also named as translation by"
            + " documents/en/buurt-en.md"), english.body());
        assertFalse(own.search.document("aa-monitor").isPresent());
      });
    }
  }

  @Test
  void aDocumentRefusedForABrokenTaxonomyIsToldItCouldNotBeChecked() throws Exception {
    try (AdminTestApp own = AdminTestApp.create(temp)) {
      Path taxonomy = own.corpus.dir().resolve("taxonomy.yml");
      List<String> lines = Files.readAllLines(taxonomy);
      int broken = 0;
      while (!lines.get(broken).contains("labels: {")) {
        broken++;
      }
      lines.set(broken, lines.get(broken).replaceFirst("}\\s*$", ""));
      Files.write(taxonomy, lines);
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Client client = new AdminTestApp.Client(server);
        AdminTestApp.Session session = client.signIn();
        byte[] unknownTags = TempCorpus.doc("onbekende-tags", "", "Tekst.\n")
            .replace("forms: [mediation]", "forms: [teleportatie]")
            .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> dutch = upload(session, "nl", "tags.md", unknownTags);
        assertEquals(422, dutch.statusCode(), dutch.body());
        String top = errorSummary(dutch.body());
        assertFalse(top.contains("geen problemen"), top);
        assertTrue(top.contains("taxonomy.yml heeft fouten"), top);
        assertTrue(top.contains("niet worden gecontroleerd"), top);
        assertTrue(top.contains("<code>taxonomy.yml:"), top);

        byte[] validTags = TempCorpus.doc("goede-tags", "", "Tekst.\n")
            .getBytes(StandardCharsets.UTF_8);
        top = errorSummary(upload(session, "en", "goed.md", validTags).body());
        assertFalse(top.contains("no problems"), top);
        assertTrue(top.contains("could not be checked"), top);
        assertTrue(top.contains("<code>taxonomy.yml:"), top);
        assertFalse(own.search.document("goede-tags").isPresent());
      });
    }
  }

  @Test
  void aRefusedReindexNamesFilesByTheirPathInTheCorpus() throws Exception {
    try (AdminTestApp own = AdminTestApp.create(temp)) {
      own.corpus.document("practices/kapot.md", TempCorpus.doc("kapot", "", "Tekst.\n")
          .replace("forms: [mediation]", "forms: [buurtapp]"));
      ReindexOutcome outcome = own.reindexer.runNow();
      assertFalse(outcome.succeeded());
      String absolute = own.corpus.dir().toAbsolutePath().toString();
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Client client = new AdminTestApp.Client(server);
        AdminTestApp.Session session = client.signIn();
        String health = session.get("/admin").body();
        assertTrue(health.contains("<code>documents/practices/kapot.md:8</code>"), health);
        assertFalse(health.contains(absolute), health);
        String status = client.api("GET", "/api/admin/status", null).body();
        assertTrue(status.contains("\"documents/practices/kapot.md:8: 'buurtapp' in 'forms'"),
            status);
        assertFalse(status.contains(absolute), status);
      });
    }
  }
}
