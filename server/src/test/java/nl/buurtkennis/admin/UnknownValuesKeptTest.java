package nl.buurtkennis.admin;

import static nl.buurtkennis.admin.ConsoleForms.documentFormBody;
import static nl.buurtkennis.admin.ConsoleForms.errorSummary;
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
import nl.buurtkennis.reindex.ReindexOutcome;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document file with tag values that are not in the vocabulary: its edit form keeps every such
 * value, ticked or selected and named beside its field, and saving the form as it is changes
 * nothing; the values go only when the librarian unticks or replaces them.
 */
class UnknownValuesKeptTest {
  private static final String FILE = "practices/onbekend-begrip.md";
  private static final String EDIT = "/admin/documents/onbekend-begrip/edit";

  @TempDir
  Path temp;

  @Test
  void theEditFormShowsAndNamesEveryValueItHasNoOptionFor() throws Exception {
    try (AdminTestApp own = withUnknownValues()) {
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
        HttpResponse<String> dutch = session.get(EDIT);
        assertEquals(200, dutch.statusCode());
        String html = dutch.body();
        assertTrue(html.contains("name=\"forms\" value=\"mediation\" checked"), html);
        assertTrue(html.contains("name=\"forms\" value=\"teleportatie\" checked"), html);
        assertTrue(html.contains("teleportatie (onbekende waarde)</label>"), html);
        assertTrue(html.contains("name=\"issues\" value=\"onbekendissue\" checked"), html);
        assertTrue(html.contains("<option value=\"bewezen\" selected>bewezen (onbekende waarde)"
            + "</option>"), html);
        assertTrue(errorsBeside(html, "forms").contains("onbekende waarde 'teleportatie'"), html);
        assertTrue(errorsBeside(html, "issues").contains("onbekende waarde 'onbekendissue'"),
            html);
        assertTrue(errorsBeside(html, "evidence").contains("onbekende waarde 'bewezen'"), html);
        String summary = errorSummary(html);
        assertTrue(summary.contains("kan zo niet worden opgeslagen"), summary);
        assertTrue(summary.contains("href=\"#f-forms-"), summary);
        assertTrue(html.contains("<title>Document onbekend-begrip bewerken – met problemen"),
            html);

        String english = session.get(EDIT + "?lang=en").body();
        assertTrue(errorsBeside(english, "forms").contains("unknown value 'teleportatie'"),
            english);
        assertTrue(english.contains("bewezen (unknown value)</option>"), english);
      });
    }
  }

  @Test
  void savingTheFormAsItIsKeepsTheFileAndUntickingIsWhatRemovesAValue() throws Exception {
    try (AdminTestApp own = withUnknownValues()) {
      Path file = own.corpus.dir().resolve("documents").resolve(FILE);
      byte[] before = Files.readAllBytes(file);
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
        String page = session.get(EDIT).body();

        HttpResponse<String> unchanged = session.form(EDIT, documentFormBody(page, Map.of()));
        assertEquals(422, unchanged.statusCode(), unchanged.body());
        assertEquals(new String(before), Files.readString(file));
        String forms = errorsBeside(unchanged.body(), "forms");
        assertTrue(forms.contains("onbekende waarde 'teleportatie'"), forms);
        assertEquals(forms.indexOf("onbekende waarde"), forms.lastIndexOf("onbekende waarde"),
            "told once, not twice: " + forms);
        assertFalse(forms.contains("taxonomy.yml"), "in the form's words: " + forms);
        assertTrue(unchanged.body().contains("name=\"forms\" value=\"teleportatie\" checked"),
            unchanged.body());

        HttpResponse<String> resolved = session.form(EDIT, documentFormBody(unchanged.body(),
            Map.of("forms", List.of("mediation"), "issues", List.of("privacy"),
                "evidence", List.of("descriptive"))));
        assertEquals(200, resolved.statusCode(), resolved.body());
        String saved = Files.readString(file);
        assertTrue(saved.contains("forms: [\"mediation\"]"), saved);
        assertTrue(saved.contains("evidence: \"descriptive\""), saved);
        assertFalse(saved.contains("teleportatie") || saved.contains("bewezen"), saved);
      });
    }
  }

  @Test
  void anUploadRefusedForAnUnknownValueKeepsItInTheForm() throws Exception {
    try (AdminTestApp own = AdminTestApp.create(temp)) {
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
        byte[] upload = TempCorpus.doc("nieuw-begrip", "", "Tekst.\n")
            .replace("forms: [mediation]", "forms: [mediation, teleportatie]")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> refused = ConsoleForms.upload(session, "nl", "nieuw.md",
            upload);
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("name=\"forms\" value=\"teleportatie\" checked"),
            refused.body());
        HttpResponse<String> again = session.form("/admin/documents",
            documentFormBody(refused.body(), Map.of()));
        assertEquals(422, again.statusCode(), again.body());
        assertFalse(own.search.document("nieuw-begrip").isPresent());
      });
    }
  }

  @Test
  void theFormNamesTheIdTheValidatorSaysWasMeant() throws Exception {
    try (AdminTestApp own = AdminTestApp.create(temp)) {
      own.corpus.document(FILE, TempCorpus.doc("onbekend-begrip", "", "## Tekst\n\nEen tekst.\n")
          .replace("forms: [mediation]", "forms: [mediaton]\nevidence: Beschrijvend"));
      ReindexOutcome refused = own.reindexer.runNow();
      assertFalse(refused.succeeded());
      String validator = String.join("\n", refused.problems());
      assertTrue(validator.contains("'mediaton' in 'forms' is not in facet 'form' of taxonomy.yml;"
          + " did you mean 'mediation'?"), validator);
      assertTrue(validator.contains("'Beschrijvend' is the label of concept 'descriptive'"),
          validator);
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
        String dutch = session.get(EDIT).body();
        String forms = errorsBeside(dutch, "forms");
        assertTrue(forms.contains("onbekende waarde 'mediaton': die staat niet in de woordenlijst;"
            + " bedoelt u 'mediation' (Conflictbemiddeling)?"), forms);
        String evidence = errorsBeside(dutch, "evidence");
        assertTrue(evidence.contains("dat is het label van begrip 'descriptive'"), evidence);
        assertTrue(evidence.contains("Kies in de lijst 'Beschrijvend' in plaats van"
            + " 'Beschrijvend (onbekende waarde)'"), evidence);

        String english = session.get(EDIT + "?lang=en").body();
        assertTrue(errorsBeside(english, "forms").contains("did you mean 'mediation'"
            + " (Mediation)?"), english);

        HttpResponse<String> saved = session.form(EDIT, documentFormBody(dutch, Map.of()));
        assertEquals(422, saved.statusCode(), saved.body());
        String afterSave = errorsBeside(saved.body(), "forms");
        assertTrue(afterSave.contains("bedoelt u 'mediation' (Conflictbemiddeling)?"), afterSave);
        assertEquals(afterSave.indexOf("onbekende waarde"), afterSave.lastIndexOf(
            "onbekende waarde"), "told once, not twice: " + afterSave);
      });
    }
  }

  @Test
  void aNameWithATypingErrorAndANameOfTwoConceptsAreToldAsSuch() throws Exception {
    try (AdminTestApp own = AdminTestApp.create(temp)) {
      Path taxonomy = own.corpus.dir().resolve("taxonomy.yml");
      Files.writeString(taxonomy, Files.readString(taxonomy).replace(
          "en: [neighbourhood mediation,", "en: [Buurtwacht, neighbourhood mediation,"));
      own.corpus.document(FILE, TempCorpus.doc("onbekend-begrip", "", "## Tekst\n\nEen tekst.\n")
          .replace("forms: [mediation]", "forms: [buurtwacht]\nevidence: Beschrijvnd"));
      ReindexOutcome refused = own.reindexer.runNow();
      assertFalse(refused.succeeded());
      String validator = String.join("\n", refused.problems());
      assertTrue(validator.contains("'buurtwacht' in 'forms' is not in facet 'form' of"
          + " taxonomy.yml: 'buurtwacht' is ambiguous, a name of more than one concept"
          + " ('citizen-surveillance', 'mediation')"), validator);
      assertTrue(validator.contains("'Beschrijvnd' in 'evidence' is not in facet 'evidence' of"
          + " taxonomy.yml; did you mean 'Beschrijvend'? That is a name of concept"
          + " 'descriptive'"), validator);
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
        String dutch = session.get(EDIT).body();
        String forms = errorsBeside(dutch, "forms");
        assertTrue(forms.contains("onbekende waarde 'buurtwacht': dat is een naam van meer dan"
            + " één begrip ('Toezicht', 'Conflictbemiddeling'), en een document noemt een begrip"
            + " bij zijn id. Vink in de lijst het bedoelde begrip aan"), forms);
        String evidence = errorsBeside(dutch, "evidence");
        assertTrue(evidence.contains("onbekende waarde 'Beschrijvnd': die staat niet in de"
            + " woordenlijst; bedoelt u 'descriptive' (Beschrijvend)?"), evidence);
        String english = errorsBeside(session.get(EDIT + "?lang=en").body(), "forms");
        assertTrue(english.contains("unknown value 'buurtwacht': it is a name of more than one"
            + " concept ('Citizen surveillance', 'Mediation')"), english);
      });
    }
  }

  @Test
  void aSynonymWrittenForAnIdIsToldAsTheSynonymOfTheConceptWhoseIdToWrite() throws Exception {
    try (AdminTestApp own = AdminTestApp.create(temp)) {
      own.corpus.document(FILE, TempCorpus.doc("onbekend-begrip", "evidence: Praktijk beschrijving\n",
          "## Tekst\n\nEen tekst.\n"));
      ReindexOutcome refused = own.reindexer.runNow();
      assertFalse(refused.succeeded());
      String validator = String.join("\n", refused.problems());
      assertTrue(validator.contains("'Praktijk beschrijving' is a synonym of concept 'descriptive',"
          + " and a document names a concept by its id: write 'descriptive' instead"), validator);
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
        String dutch = errorsBeside(session.get(EDIT).body(), "evidence");
        assertTrue(dutch.contains("onbekende waarde 'Praktijk beschrijving': dat is een synoniem"
            + " van begrip 'descriptive'"), dutch);
        assertTrue(dutch.contains("Kies in de lijst 'Beschrijvend'"), dutch);
        String english = errorsBeside(session.get(EDIT + "?lang=en").body(), "evidence");
        assertTrue(english.contains("unknown value 'Praktijk beschrijving': it is a synonym of"
            + " concept 'descriptive'"), english);
        assertTrue(english.contains("choose 'Descriptive'"), english);
      });
    }
  }

  @Test
  void aNameOfAConceptOfAnotherFacetIsToldWithThatFacetToTickItThere() throws Exception {
    try (AdminTestApp own = AdminTestApp.create(temp)) {
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
        byte[] upload = TempCorpus.doc("ander-facet", "issues: [Buurtpreventie]\n", "Tekst.\n")
            .replace("forms: [mediation]", "forms: [Vigilantism]")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> dutch = ConsoleForms.upload(session, "nl", "ander.md", upload);
        assertEquals(422, dutch.statusCode(), dutch.body());
        String issues = errorsBeside(dutch.body(), "issues");
        assertTrue(issues.contains("onbekende waarde 'Buurtpreventie': dat is een synoniem van"
            + " begrip 'citizen-surveillance' van een andere facet, 'Vorm van participatie', en"
            + " geen keuze in deze lijst. Vink hier 'Buurtpreventie (onbekende waarde)' uit; is"
            + " dat begrip bedoeld, vink dan 'Toezicht' aan onder 'Vorm van participatie'."),
            issues);
        assertFalse(issues.contains("niet in de woordenlijst"), issues);
        String forms = errorsBeside(dutch.body(), "forms");
        assertTrue(forms.contains("onbekende waarde 'Vigilantism': dat is het label van begrip"
            + " 'vigilantism' van een andere facet, 'Knelpunt',"), forms);
        assertTrue(forms.contains("vink dan 'Eigenrichting' aan onder 'Knelpunt'"), forms);

        HttpResponse<String> english = ConsoleForms.upload(session, "en", "ander.md", upload);
        assertEquals(422, english.statusCode(), english.body());
        assertTrue(errorsBeside(english.body(), "forms").contains("unknown value 'Vigilantism':"
            + " it is the label of concept 'vigilantism' of another facet, 'Issue', and no option"
            + " in this list. Untick 'Vigilantism (unknown value)' here; if that concept is meant,"
            + " tick 'Vigilantism' under 'Issue'."), english.body());
      });
    }
  }

  @Test
  void aValueNearNoIdGetsNoGuess() throws Exception {
    try (AdminTestApp own = withUnknownValues()) {
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
        String forms = errorsBeside(session.get(EDIT).body(), "forms");
        assertTrue(forms.contains("onbekende waarde 'teleportatie'"), forms);
        assertFalse(forms.contains("bedoelt u"), forms);
      });
    }
  }

  /** The app over a corpus with one file whose tags are not all in the vocabulary. */
  private AdminTestApp withUnknownValues() throws Exception {
    AdminTestApp own = AdminTestApp.create(temp);
    own.corpus.document(FILE, TempCorpus.doc("onbekend-begrip", "", "## Tekst\n\nEen tekst.\n")
        .replace("forms: [mediation]", "forms: [mediation, teleportatie]\n"
            + "issues: [privacy, onbekendissue]\nevidence: bewezen\ncolour: blauw"));
    assertFalse(own.reindexer.runNow().succeeded());
    return own;
  }
}
