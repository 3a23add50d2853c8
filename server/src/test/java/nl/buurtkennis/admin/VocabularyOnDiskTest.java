package nl.buurtkennis.admin;

import static nl.buurtkennis.admin.ConsoleForms.documentFormBody;
import static nl.buurtkennis.admin.ConsoleForms.errorsBeside;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a concept's id is renamed in taxonomy.yml, the index (and so the site) keeps the old
 * vocabulary until a re-index passes, but every save is checked against the file on disk: the
 * document form offers that vocabulary, marks the old id as unknown, and a save refused because
 * other documents still use the old id says which ones and what to do.
 */
class VocabularyOnDiskTest {
  @TempDir
  Path temp;

  @Test
  void theFormOffersTheVocabularyOnDiskAndTellsWhichDocumentsStillUseARenamedId()
      throws Exception {
    try (AdminTestApp own = AdminTestApp.create(temp)) {
      own.corpus.document("buren-helpen.md", TempCorpus.doc("buren-helpen", "", "Tekst.\n"));
      Path taxonomy = own.corpus.dir().resolve("taxonomy.yml");
      String vocabulary = Files.readString(taxonomy);
      assertTrue(vocabulary.contains("      - id: mediation\n"));
      Files.writeString(taxonomy, vocabulary.replace("      - id: mediation\n",
          "      - id: conflict-mediation\n"));
      assertFalse(own.reindexer.runNow().succeeded(), "the index keeps the old vocabulary");
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Client client = new AdminTestApp.Client(server);
        AdminTestApp.Session session = client.signIn();
        String empty = session.get("/admin/documents/new").body();
        assertTrue(empty.contains("name=\"forms\" value=\"conflict-mediation\""), empty);
        assertFalse(empty.contains("name=\"forms\" value=\"mediation\""), empty);

        HttpResponse<String> edit = session.get("/admin/documents/nl-bemiddeling/edit");
        assertEquals(200, edit.statusCode());
        assertTrue(edit.body().contains("value=\"conflict-mediation\">"), "offered, unticked");
        assertTrue(edit.body().contains("mediation (onbekende waarde)"), edit.body());
        assertTrue(errorsBeside(edit.body(), "forms").contains("onbekende waarde"),
            edit.body());

        // a document that no longer uses the old id is a repair, saved while others still do
        HttpResponse<String> repaired = session.form("/admin/documents/nl-bemiddeling/edit",
            "csrf=" + session.csrf() + "&" + documentFormBody(edit.body(),
                Map.of("forms", List.of("conflict-mediation"))));
        assertEquals(200, repaired.statusCode(), repaired.body());
        assertTrue(repaired.body().contains("Andere bestanden in het corpus hebben nog een"
            + " probleem"), repaired.body());
        assertTrue(Files.readString(own.corpus.dir().resolve("documents/nl-bemiddeling.md"))
            .contains("forms: [\"conflict-mediation\"]"));

        // a new document is refused while a document still uses the old id, which is named
        HttpResponse<String> refused = session.form("/admin/documents", "csrf=" + session.csrf()
            + AdminTestApp.documentFields(null, "nieuw-document", "Nieuw", "Tekst.")
                .replace("forms=mediation", "forms=conflict-mediation"));
        assertEquals(422, refused.statusCode(), refused.body());
        // 'mediation' is still the concept's English label: its id was renamed, to put back
        assertTrue(refused.body().contains("Het begrip mediation staat niet meer in"
            + " taxonomy.yml, maar een ander document gebruikt het nog: documents/"
            + "buren-helpen.md. Die id is nu het label van begrip conflict-mediation:"
            + " waarschijnlijk is de id van dat begrip hernoemd."), refused.body());
        assertTrue(refused.body().contains("Zet de id mediation terug in taxonomy.yml als id van"
            + " conflict-mediation"), refused.body());
        HttpResponse<String> api = client.api("POST", "/api/admin/documents",
            TempCorpus.doc("nog-een", "", "Tekst.\n")
                .replace("[mediation]", "[conflict-mediation]"));
        assertEquals(422, api.statusCode());
        assertTrue(api.body().contains("'mediation' is not in taxonomy.yml, but 1 other"
            + " document file(s) still use it (documents/buren-helpen.md)"), api.body());
        assertTrue(api.body().contains("a new document is refused"), api.body());
        assertTrue(api.body().contains("'mediation' is now the label of concept"
            + " 'conflict-mediation', so most likely that concept's id was renamed: put"
            + " 'mediation' back as its id in taxonomy.yml"), api.body());

        // a change to another existing document is refused too, and told as such
        String nlBemiddeling = Files.readString(own.corpus.dir()
            .resolve("documents/nl-bemiddeling.md"));
        HttpResponse<String> edited = client.api("PUT", "/api/admin/documents/nl-bemiddeling",
            nlBemiddeling + "Nog een zin.\n");
        assertEquals(422, edited.statusCode(), edited.body());
        assertTrue(edited.body().contains("a change to any other document is refused too"),
            edited.body());
        assertFalse(edited.body().contains("a new document"), edited.body());
        HttpResponse<String> editedForm = session.form("/admin/documents/nl-bemiddeling/edit",
            "csrf=" + session.csrf() + "&" + documentFormBody(session.get(
                "/admin/documents/nl-bemiddeling/edit").body(),
                Map.of("title", List.of("Andere titel"))));
        assertEquals(422, editedForm.statusCode(), editedForm.body());
        assertTrue(editedForm.body().contains("een wijziging van een ander document dan die wordt"
            + " ook geweigerd"), editedForm.body());
        assertFalse(editedForm.body().contains("een nieuw document wordt geweigerd"));

        HttpResponse<String> last = client.api("PUT", "/api/admin/documents/buren-helpen",
            TempCorpus.doc("buren-helpen", "", "Tekst.\n")
                .replace("[mediation]", "[conflict-mediation]"));
        assertEquals(200, last.statusCode(), last.body());
        assertTrue(last.body().contains("\"succeeded\":true"), last.body());
        assertEquals(List.of("conflict-mediation"),
            own.search.document("nl-bemiddeling").orElseThrow().forms());
      });
    }
  }
}
