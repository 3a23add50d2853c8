package nl.buurtkennis.admin;

import static nl.buurtkennis.admin.AdminTestApp.documentFields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Existing documents in the console: the list, the edit form, and removal with its confirmation.
 */
class DocumentEditingTest {
  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();


  /** The fields of {@code TempCorpus.doc(id, ...)} as the form posts them. */
  private static String formOf(AdminTestApp.Session session, String id, String title) {
    return "csrf=" + session.csrf()
        + documentFields(null, id, title, "Bewoners bemiddelen bij burenruzies in de wijk.\n");
  }

  private static String between(String html, String start, String end) {
    int from = html.indexOf(start);
    assertTrue(from >= 0, "no " + start + " in " + html);
    return html.substring(from, html.indexOf(end, from));
  }

  @Test
  void theDocumentsPageListsEveryDocumentWithLinksToEditAndDelete() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      assertTrue(session.get("/admin").body()
          .contains("href=\"/admin/documents\">Documenten</a>"), "the menu links to it");
      HttpResponse<String> page = session.get("/admin/documents");
      assertEquals(200, page.statusCode());
      String html = page.body();
      assertTrue(html.contains("<caption id=\"documents-caption\">"), html);
      for (CorpusDocumentRow row : rows()) {
        assertTrue(html.contains("<code>" + row.id() + "</code>"), row.id() + " in " + html);
        assertTrue(html.contains("href=\"/admin/documents/" + row.id() + "/edit\">Bewerken"),
            html);
        assertTrue(html.contains("href=\"/admin/documents/" + row.id() + "/delete\""), html);
        assertTrue(html.contains("href=\"/documents/" + row.id() + "\""), html);
      }
      // a path may break after each '/', where the table is narrow
      assertTrue(html.contains("<code>documents/<wbr>nl-preventie.md</code>"), html);
      assertFalse(html.contains("<script>"), "titles are escaped: " + html);

      String english = session.get("/admin/documents?lang=en").body();
      assertTrue(english.contains("/admin/documents/nl-preventie/edit?lang=en\">Edit"), english);
      assertTrue(english.contains("Practice") || english.contains("practice"), english);

      String filtered = session.get("/admin/documents?q=preventie")
          .body();
      assertTrue(filtered.contains("<code>nl-preventie</code>"), filtered);
      assertFalse(filtered.contains("<code>en-watch</code>"), filtered);
    });
  }

  private record CorpusDocumentRow(String id) {}

  private static java.util.List<CorpusDocumentRow> rows() {
    return fixture.search.allDocuments(nl.buurtkennis.search.SearchRequest.all(), 100).stream()
        .map(d -> new CorpusDocumentRow(d.id())).toList();
  }

  @Test
  void theEditFormIsTheAddFormFilledFromTheFileWithItsIdFixed() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      HttpResponse<String> page = session.get("/admin/documents/nl-preventie/edit");
      assertEquals(200, page.statusCode());
      String html = page.body();
      assertTrue(html.contains("action=\"/admin/documents/nl-preventie/edit\""), html);
      assertTrue(html.matches("(?s).*id=\"f-id\" name=\"id\" value=\"nl-preventie\" readonly.*"),
          html);
      assertTrue(html.contains("value=\"Bewonerspreventie in de straat\""), html);
      assertTrue(html.contains("value=\"citizen-surveillance\" checked"), html);
      assertTrue(html.contains("Rotterdam</textarea>"), html);
      assertTrue(html.contains("Een bewoner maakt rondes"), html);
      assertFalse(html.contains("name=\"replace\""), "replacing is what this form does");
      assertFalse(html.contains("/admin/documents/upload"), "no upload on the edit page");

      assertEquals(404, session.get("/admin/documents/no-such-doc/edit").statusCode());
    });
  }

  @Test
  void savingTheEditFormReplacesTheDocumentAndSaysItIsSearchable() throws Exception {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      Path file = fixture.corpus.dir().resolve("documents/practices/edit-me.md");
      assertEquals(201, client.api("POST", "/api/admin/documents",
          TempCorpus.doc("edit-me", "", "Tekst.\n")).statusCode());

      HttpResponse<String> saved = session.form("/admin/documents/edit-me/edit",
          formOf(session, "edit-me", "Een verbeterde titel"));
      assertEquals(200, saved.statusCode(), saved.body());
      assertTrue(saved.body().contains("Document edit-me is vervangen"), saved.body());
      assertTrue(saved.body().contains("nu doorzoekbaar"), saved.body());
      assertTrue(Files.readString(file).contains("title: \"Een verbeterde titel\""));
      assertEquals("Een verbeterde titel",
          fixture.search.document("edit-me").orElseThrow().title());

      HttpResponse<String> english = session.form("/admin/documents/edit-me/edit?lang=en",
          formOf(session, "edit-me", "Weer een titel"));
      assertTrue(english.body().contains("searchable now"), english.body());

      String before = Files.readString(file);
      HttpResponse<String> otherId = session.form("/admin/documents/edit-me/edit",
          formOf(session, "another-id", "Titel"));
      assertEquals(422, otherId.statusCode());
      assertTrue(between(otherId.body(), "id=\"err-id\"", "</ul>").contains("another-id"),
          otherId.body());
      assertTrue(otherId.body().contains("action=\"/admin/documents/edit-me/edit\""),
          "the form stays the edit form");
      assertEquals(before, Files.readString(file));
      assertFalse(Files.exists(fixture.corpus.dir().resolve(
          "documents/practices/another-id.md")));

      HttpResponse<String> invalid = session.form("/admin/documents/edit-me/edit",
          formOf(session, "edit-me", "Titel").replace("year=2014", "year=3000"));
      assertEquals(422, invalid.statusCode());
      assertTrue(between(invalid.body(), "id=\"err-year\"", "</ul>").contains("3000"),
          invalid.body());
      assertEquals(before, Files.readString(file));

      HttpResponse<String> noCsrf = session.form("/admin/documents/edit-me/edit",
          formOf(session, "edit-me", "Titel").replace("csrf=" + session.csrf(), "csrf=x"));
      assertEquals(403, noCsrf.statusCode());
      assertEquals(before, Files.readString(file));
    });
  }

  @Test
  void addingADocumentAlsoSaysItIsSearchableNow() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      HttpResponse<String> saved = session.form("/admin/documents",
          formOf(session, "added-now", "Nieuw document"));
      assertEquals(200, saved.statusCode(), saved.body());
      assertTrue(saved.body().contains("nu doorzoekbaar"), saved.body());
      assertTrue(fixture.search.document("added-now").isPresent());
    });
  }

  @Test
  void theEditPageWarnsOfWhatTheFormCannotKeep() throws Exception {
    Path file = fixture.corpus.dir().resolve("documents/practices/hand-edited.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, TempCorpus.doc("hand-edited", "# checked by Anna\ncolour: blue\n",
        "Tekst.\n"));
    try {
      JavalinTest.test(fixture.app(), (server, http) -> {
        AdminTestApp.Client client = new AdminTestApp.Client(server);
        AdminTestApp.Session session = client.signIn();
        String html = session.get("/admin/documents/hand-edited/edit").body();
        assertTrue(html.contains("vallen weg als u opslaat: colour"), html);
        assertTrue(html.contains("bevat commentaar"), html);
      });
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void theEditPageNamesEveryLineWithACommentAlsoAfterAValue() throws Exception {
    Path file = fixture.corpus.dir().resolve("documents/practices/eol-comments.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "---\nid: eol-comments\ntitle: \"Buurt #1 bemiddeling\"\n"
        + "type: practice\nlanguage: nl\nyear: 2014  # jaar van uitgave\n"
        + "summary: Een korte samenvatting.\nforms: [mediation]  # misschien ook contact?\n"
        + "source:  # nog opzoeken\n---\nTekst met een #hashtag.\n");
    try {
      JavalinTest.test(fixture.app(), (server, http) -> {
        AdminTestApp.Client client = new AdminTestApp.Client(server);
        AdminTestApp.Session session = client.signIn();
        String html = session.get("/admin/documents/eol-comments/edit").body();
        String note = between(html, "bevat commentaar", "</p>");
        assertTrue(note.contains("regel 6 van het bestand: year: 2014  # jaar van uitgave"), note);
        assertTrue(note.contains("regel 8 van het bestand: forms: [mediation]  # misschien ook"
            + " contact?"), note);
        assertTrue(note.contains("regel 9 van het bestand: source:  # nog opzoeken"),
            "the empty source goes with its comment, and is named: " + note);
        assertFalse(note.contains("regel 3 "), "a # inside quotes is no comment: " + note);
        String english = session.get("/admin/documents/eol-comments/edit?lang=en").body();
        assertTrue(english.contains("line 9 of the file: source:  # nog opzoeken"), english);

        String plain = session.get("/admin/documents/nl-preventie/edit").body();
        assertFalse(plain.contains("bevat commentaar"), plain);
      });
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void theEditFormNotesWhatItHoldsOtherwiseThanTheFileAsAnUploadDoes() throws Exception {
    Path file = fixture.corpus.dir().resolve("documents/practices/dubbel.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "---\nid: dubbel\ntitle: Oude titel\ntype: practice\n"
        + "language: nl\nyear: 2014\nsamenvatting: Een korte samenvatting.\n"
        + "forms: [mediation]\nsource: Rapport #3 van de gemeente\ntitle: Nieuwe titel\n---\n"
        + "Tekst.\n");
    try {
      JavalinTest.test(fixture.app(), (server, http) -> {
        AdminTestApp.Client client = new AdminTestApp.Client(server);
        AdminTestApp.Session session = client.signIn();
        String html = session.get("/admin/documents/dubbel/edit").body();
        assertTrue(ConsoleForms.warningsBeside(html, "title").contains(
            "„title” staat meer dan eens in het bestand"), html);
        assertTrue(ConsoleForms.warningsBeside(html, "summary").contains(
            "dit veld heette in het bestand „samenvatting”"), html);
        assertEquals("Een korte samenvatting.", ConsoleForms.textareaValue(html, "summary"),
            html);
        assertTrue(ConsoleForms.warningsBeside(html, "source").contains(
            "regel 9 van het bestand"), html);
        assertEquals("Rapport #3 van de gemeente", ConsoleForms.inputValue(html, "source"),
            "the value read whole: " + html);
        assertTrue(html.contains("Front matter uit het bestand, zoals het nu is"), html);
        assertTrue(html.contains("title: Oude titel"), "both values to compare: " + html);
        assertTrue(html.contains("title: Nieuwe titel"), html);
      });
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void savingALinkedDocumentWritesThroughTheLinkAndNeverOutsideTheCorpus() throws Exception {
    Path shared = fixture.corpus.dir().resolve("gedeeld/gelinkt.md");
    Path link = fixture.corpus.dir().resolve("documents/practices/gelinkt.md");
    Path outside = Files.createTempFile("buiten", ".md");
    Path outsideLink = fixture.corpus.dir().resolve("documents/practices/buiten.md");
    Files.createDirectories(shared.getParent());
    Files.createDirectories(link.getParent());
    Files.writeString(shared, TempCorpus.doc("gelinkt", "", "Gedeelde tekst.\n"));
    Files.createSymbolicLink(link, link.getParent().relativize(shared));
    try {
      JavalinTest.test(fixture.app(), (server, http) -> {
        AdminTestApp.Client client = new AdminTestApp.Client(server);
        AdminTestApp.Session session = client.signIn();
        String edit = "/admin/documents/gelinkt/edit";
        String page = session.get(edit).body();
        HttpResponse<String> saved = session.form(edit, "csrf=" + session.csrf()
            + documentFields(AdminTestApp.formVersion(page), "gelinkt", "Via de link",
                "Gedeelde tekst.\n"));
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertTrue(Files.readString(shared).contains("Via de link"),
            "the file it links to holds the change: " + Files.readString(shared));
        assertEquals("Via de link", fixture.search.document("gelinkt").orElseThrow().title());

        Files.delete(link);
        Files.writeString(outside, TempCorpus.doc("buiten", "", "Tekst buiten.\n"));
        Files.createSymbolicLink(outsideLink, outside);
        String before = Files.readString(outside);
        HttpResponse<String> outsidePage = session.get("/admin/documents/buiten/edit");
        assertEquals(200, outsidePage.statusCode(), outsidePage.body());
        assertFalse(outsidePage.body().contains("<textarea"), "no form to type into: "
            + outsidePage.body());
        assertTrue(outsidePage.body().contains("Dit document kan hier niet worden bewerkt"),
            outsidePage.body());
        assertTrue(outsidePage.body().contains("Het bestand documents/practices/buiten.md is een"
            + " symbolische link naar " + outside.toRealPath() + ", buiten de corpusmap."),
            outsidePage.body());
        String english = session.get("/admin/documents/buiten/edit?lang=en").body();
        assertTrue(english.contains("The file documents/practices/buiten.md is a symbolic link to "
            + outside.toRealPath() + ", outside the corpus folder. The console never writes"
            + " through such a link"), english);

        // a form posted all the same (opened before the link was made) is refused as before
        HttpResponse<String> refused = session.form("/admin/documents/buiten/edit", "csrf="
            + session.csrf() + documentFields(DocumentVersion.of(Files.readAllBytes(outside)),
                "buiten", "Overschreven", "Tekst buiten.\n"));
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("het beheer en de beheer-API schrijven geen document via"
            + " deze symbolische link, die naar " + outside.toRealPath() + " leidt"),
            refused.body());
        assertTrue(refused.body().contains("Er is niets opgeslagen."), refused.body());
        HttpResponse<String> put = client.api("PUT", "/api/admin/documents/buiten",
            TempCorpus.doc("buiten", "", "Overschreven via de API.\n"));
        assertEquals(422, put.statusCode(), put.body());
        assertTrue(put.body().contains("write no document through this symbolic link"),
            put.body());
        assertEquals(before, Files.readString(outside), "nothing outside the corpus is written");
        assertTrue(Files.isSymbolicLink(outsideLink));
      });
    } finally {
      Files.deleteIfExists(link);
      Files.deleteIfExists(outsideLink);
      Files.deleteIfExists(shared);
      Files.deleteIfExists(outside);
    }
  }

  @Test
  void addingAnIdWhoseFileIsALinkOutsideTellsTheLinkNotToReplaceIt(@TempDir Path temp)
      throws Exception {
    Path outside = Files.writeString(Files.createDirectories(temp.resolve("elders"))
        .resolve("buiten.md"), TempCorpus.doc("buiten", "", "Tekst buiten.\n"));
    String before = Files.readString(outside);
    try (AdminTestApp own = AdminTestApp.create(temp.resolve("site"))) {
      Path link = own.corpus.dir().resolve("documents/practices/buiten.md");
      Files.createDirectories(link.getParent());
      Files.createSymbolicLink(link, outside);
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Client client = new AdminTestApp.Client(server);
        HttpResponse<String> created = client.api("POST", "/api/admin/documents",
            TempCorpus.doc("buiten", "", "Nieuwe tekst.\n"));
        assertEquals(422, created.statusCode(), created.body());
        assertTrue(created.body().contains("documents/practices/buiten.md"), created.body());
        assertTrue(created.body().contains("write no document through this symbolic link, which"
            + " leads to " + outside.toRealPath()), created.body());
        assertFalse(created.body().contains("PUT /api/admin/documents/buiten"),
            "no replace offered that would be refused: " + created.body());

        AdminTestApp.Session session = client.signIn();
        HttpResponse<String> added = session.form("/admin/documents", "csrf=" + session.csrf()
            + documentFields(null, "buiten", "Nieuw", "Nieuwe tekst.\n"));
        assertEquals(422, added.statusCode(), added.body());
        assertTrue(added.body().contains("het beheer en de beheer-API schrijven geen document via"
            + " deze symbolische link, die naar " + outside.toRealPath() + " leidt"),
            added.body());
        assertFalse(added.body().contains("Er is al een document met id buiten"), added.body());
      });
      assertEquals(before, Files.readString(outside), "nothing outside the corpus is written");
      assertTrue(Files.isSymbolicLink(link));
    }
  }

  @Test
  void aNewDocumentIsNeverWrittenIntoALinkedFolder(@TempDir Path temp) throws Exception {
    Path elsewhere = Files.createDirectories(temp.resolve("elders"));
    Path outside = Files.writeString(elsewhere.resolve("los.md"),
        TempCorpus.doc("los", "", "Tekst buiten.\n"));
    try (AdminTestApp own = AdminTestApp.create(temp.resolve("site"))) {
      Files.createSymbolicLink(own.corpus.dir().resolve("documents/reports"), elsewhere);
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Client client = new AdminTestApp.Client(server);
        HttpResponse<String> created = client.api("POST", "/api/admin/documents",
            TempCorpus.doc("nieuw-rapport", "", "Tekst.\n").replace("type: practice",
                "type: report"));
        assertEquals(422, created.statusCode(), created.body());
        assertTrue(created.body().contains("write no document into the folder documents/reports:"
            + " it is a symbolic link to the folder " + elsewhere.toRealPath() + ", and links to"
            + " folders are not read"), created.body());
        assertFalse(created.body().contains("nieuw-rapport.md, a file"), created.body());
        try (var files = Files.list(elsewhere)) {
          assertEquals(List.of(outside.getFileName()), files.map(Path::getFileName).toList(),
              "nothing written through the folder's link, not even by the check's copy");
        }
      });
    }
  }

  @Test
  void deletingALinkedDocumentSaysOnlyTheLinkGoesAndKeepsTheFileItLeadsTo(@TempDir Path temp)
      throws Exception {
    Path outside = Files.writeString(Files.createDirectories(temp.resolve("elders"))
        .resolve("buiten.md"), TempCorpus.doc("buiten", "", "Tekst buiten.\n"));
    try (AdminTestApp own = AdminTestApp.create(temp.resolve("site"))) {
      Path shared = own.corpus.dir().resolve("gedeeld/gelinkt.md");
      Path link = own.corpus.dir().resolve("documents/practices/gelinkt.md");
      Files.createDirectories(shared.getParent());
      Files.createDirectories(link.getParent());
      Files.writeString(shared, TempCorpus.doc("gelinkt", "", "Gedeelde tekst.\n"));
      Files.createSymbolicLink(link, link.getParent().relativize(shared));
      Path outsideLink = own.corpus.dir().resolve("documents/practices/buiten.md");
      Files.createSymbolicLink(outsideLink, outside);
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
        String confirm = session.get("/admin/documents/gelinkt/delete").body();
        assertTrue(confirm.contains("Het bestand documents/practices/gelinkt.md is een"
            + " symbolische link naar gedeeld/gelinkt.md. Alleen de link wordt verwijderd:"
            + " gedeeld/gelinkt.md zelf blijft staan waar het staat"), confirm);
        assertFalse(confirm.contains("Het bestand wordt uit het corpus verwijderd"), confirm);
        String english = session.get("/admin/documents/gelinkt/delete?lang=en").body();
        assertTrue(english.contains("The file documents/practices/gelinkt.md is a symbolic link"
            + " to gedeeld/gelinkt.md. Only the link is removed"), english);
        String outsidePage = session.get("/admin/documents/buiten/delete?lang=en").body();
        assertTrue(outsidePage.contains("The file documents/practices/buiten.md is a symbolic"
            + " link to " + outside.toRealPath() + ", outside the corpus folder. Only the link is"
            + " removed"), outsidePage);
        Files.delete(outsideLink); // a link out of the corpus is a problem that refuses removals

        HttpResponse<String> deleted = session.form("/admin/documents/gelinkt/delete",
            "csrf=" + session.csrf() + "&version=" + AdminTestApp.formVersion(confirm));
        assertEquals(303, deleted.statusCode(), deleted.body());
        assertFalse(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS), "the link goes");
        assertTrue(Files.readString(shared).contains("Gedeelde tekst."),
            "the file it led to stays, as the page said");
      });
    }
  }

  @Test
  void deletingAsksFirstThenRemovesTheDocumentFromCorpusAndSearch() throws Exception {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      Path file = fixture.corpus.dir().resolve("documents/practices/delete-me.md");
      assertEquals(201, client.api("POST", "/api/admin/documents",
          TempCorpus.doc("delete-me", "", "Tekst.\n")).statusCode());

      HttpResponse<String> confirm = session.get("/admin/documents/delete-me/delete");
      assertEquals(200, confirm.statusCode());
      assertTrue(confirm.body().contains("Titel van delete-me"), confirm.body());
      assertTrue(confirm.body().contains("documents/practices/delete-me.md"), confirm.body());
      assertTrue(confirm.body().contains("action=\"/admin/documents/delete-me/delete\""));
      assertTrue(Files.exists(file), "a GET removes nothing");

      HttpResponse<String> forged = session.form("/admin/documents/delete-me/delete", "csrf=x");
      assertEquals(403, forged.statusCode());
      assertTrue(Files.exists(file));

      HttpResponse<String> deleted = session.form("/admin/documents/delete-me/delete",
          "csrf=" + session.csrf());
      assertEquals(303, deleted.statusCode(), deleted.body());
      String location = deleted.headers().firstValue("Location").orElse("");
      assertEquals("/admin/documents?removed=delete-me", location);
      assertFalse(Files.exists(file));
      assertFalse(fixture.search.document("delete-me").isPresent());
      String list = session.get(location).body();
      assertTrue(list.contains("Document delete-me is verwijderd"), list);
      assertFalse(list.contains("<code>delete-me</code>"), list);

      assertEquals(404, session.form("/admin/documents/delete-me/delete",
          "csrf=" + session.csrf()).statusCode());
      assertEquals(404, session.get("/admin/documents/delete-me/delete").statusCode());
    });
  }

  @Test
  void anIdTwoFilesShareIsNotRemovedFromOneOfThemAndEveryFileIsNamed() throws Exception {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      assertEquals(201, client.api("POST", "/api/admin/documents",
          TempCorpus.doc("shared-copy", "", "Tekst.\n")).statusCode());
      Path original = fixture.corpus.dir().resolve("documents/practices/shared-copy.md");
      Path copy = fixture.corpus.dir().resolve("documents/reports/shared-copy.md");
      Files.createDirectories(copy.getParent());
      Files.copy(original, copy);
      try {
        HttpResponse<String> confirm = session.get("/admin/documents/shared-copy/delete");
        String html = confirm.body();
        assertTrue(html.contains("kan hier niet worden verwijderd"), html);
        assertTrue(html.contains("<code>documents/practices/shared-copy.md</code>"), html);
        assertTrue(html.contains("<code>documents/reports/shared-copy.md</code>"), html);
        assertFalse(html.contains("action=\"/admin/documents/shared-copy/delete\""),
            "no button promises a removal from search: " + html);
        assertFalse(html.contains("verdwijnt meteen uit de zoekresultaten"), html);

        HttpResponse<String> refused = session.form("/admin/documents/shared-copy/delete?lang=en",
            "csrf=" + session.csrf());
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("cannot be deleted here"), refused.body());
        assertTrue(Files.exists(original) && Files.exists(copy));

        HttpResponse<String> api = client.api("DELETE", "/api/admin/documents/shared-copy",
            null);
        assertEquals(409, api.statusCode(), api.body());
        assertTrue(api.body().contains("\"id_shared\""), api.body());
        assertTrue(api.body().contains("documents/practices/shared-copy.md, "
            + "documents/reports/shared-copy.md"), api.body());
        assertTrue(Files.exists(original) && Files.exists(copy));
      } finally {
        Files.deleteIfExists(copy);
        client.api("DELETE", "/api/admin/documents/shared-copy", null);
      }
      assertFalse(Files.exists(original));
    });
  }

  /**
   * The edit form of an id two files hold says so beside the id, in both languages: which files,
   * that nothing can be saved meanwhile, and what to do in the files, as the console cannot.
   */
  @Test
  void theEditFormOfAnIdTwoFilesShareNamesBothFilesAndWhatToDo() throws Exception {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      assertEquals(201, client.api("POST", "/api/admin/documents",
          TempCorpus.doc("edit-copy", "", "Tekst.\n")).statusCode());
      Path original = fixture.corpus.dir().resolve("documents/practices/edit-copy.md");
      Path copy = fixture.corpus.dir().resolve("documents/reports/edit-copy.md");
      String alone = session.get("/admin/documents/edit-copy/edit").body();
      assertFalse(alone.contains("err-id"), "one file, no problem: " + alone);
      Files.createDirectories(copy.getParent());
      Files.copy(original, copy);
      try {
        String nl = session.get("/admin/documents/edit-copy/edit").body();
        String both = "documents/practices/edit-copy.md, documents/reports/edit-copy.md";
        assertTrue(ConsoleForms.errorsBeside(nl, "id").contains("Het id edit-copy staat in 2"
            + " bestanden: " + both + ". Zolang meer dan één bestand hetzelfde id heeft, slaat"
            + " het beheer niets op"), nl);
        assertTrue(ConsoleForms.errorsBeside(nl, "id").contains("geef de kopie een eigen id"), nl);
        assertTrue(nl.contains("met problemen"), "titled as a form with problems: " + nl);
        String en = session.get("/admin/documents/edit-copy/edit?lang=en").body();
        assertTrue(ConsoleForms.errorsBeside(en, "id").contains("The id edit-copy is in 2 files: "
            + both + ". While more than one file has the same id, the console saves nothing"),
            en);
        assertTrue(ConsoleForms.errorsBeside(en, "id").contains("give the copy an id of its own"),
            en);
      } finally {
        Files.deleteIfExists(copy);
        client.api("DELETE", "/api/admin/documents/edit-copy", null);
      }
    });
  }

  @Test
  void aDocumentOthersReferToIsNotRemovedAndThePageSaysWhy() throws Exception {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      assertEquals(201, client.api("POST", "/api/admin/documents",
          TempCorpus.doc("kept-report", "", "Tekst.\n").replace("type: practice",
              "type: report")).statusCode());
      assertEquals(201, client.api("POST", "/api/admin/documents",
          TempCorpus.doc("kept-chapter", "parent: kept-report\n", "Tekst.\n")).statusCode());
      Path report = fixture.corpus.dir().resolve("documents/reports/kept-report.md");
      assertTrue(Files.exists(report));

      HttpResponse<String> refused = session.form("/admin/documents/kept-report/delete",
          "csrf=" + session.csrf());
      assertEquals(409, refused.statusCode(), refused.body());
      String html = refused.body();
      assertTrue(html.contains("Document kept-report is niet verwijderd"), html);
      assertTrue(html.contains("<title>Fout: Document kept-report verwijderen · Buurtkennis</title>"),
          "the title says it was refused, as the alert does: " + html);
      assertTrue(html.contains("documents/practices/kept-chapter.md"), html);
      assertTrue(html.contains("href=\"/admin/documents/kept-chapter/edit\""), html);
      assertTrue(html.contains("role=\"alert\""), html);
      assertTrue(Files.exists(report));
      assertTrue(fixture.search.document("kept-report").isPresent());

      String english = session.form("/admin/documents/kept-report/delete?lang=en",
          "csrf=" + session.csrf()).body();
      assertTrue(english.contains("Document kept-report was not deleted"), english);
      assertTrue(english.contains("<title>Error: "), english);
      assertTrue(Files.exists(report));
    });
  }

  /**
   * The confirmation of a document another refers to says so before the button is pressed:
   * which file and line refer to it, with a link to edit that document, in both languages.
   */
  @Test
  void theConfirmationOfADocumentOthersReferToSaysTheRemovalWouldBeRefused() throws Exception {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      assertEquals(201, client.api("POST", "/api/admin/documents",
          TempCorpus.doc("named-nl", "", "Tekst.\n")).statusCode());
      assertEquals(201, client.api("POST", "/api/admin/documents",
          TempCorpus.doc("naming-en", "translation: named-nl\n", "Text.\n")
              .replace("language: nl", "language: en")).statusCode());

      String dutch = session.get("/admin/documents/named-nl/delete")
          .body();
      assertTrue(dutch.contains("Document named-nl kan nu niet verwijderd worden"), dutch);
      assertTrue(dutch.contains("<code>documents/en/naming-en.md:9</code>"), dutch);
      assertTrue(dutch.contains("href=\"/admin/documents/naming-en/edit\""), dutch);
      assertTrue(dutch.contains("<title>Document named-nl verwijderen · Buurtkennis</title>"),
          "nothing was refused yet: " + dutch);

      String english = session.get("/admin/documents/named-nl/delete?lang=en").body();
      assertTrue(english.contains("Document named-nl cannot be deleted now"), english);
      assertTrue(english.contains("<code>documents/en/naming-en.md:9</code>"), english);
      assertTrue(english.contains("href=\"/admin/documents/naming-en/edit?lang=en\""), english);

      String free = session.get("/admin/documents/naming-en/delete")
          .body();
      assertFalse(free.contains("kan nu niet verwijderd worden"), free);
      assertFalse(free.contains("id=\"err-top\""), free);
    });
  }
}
