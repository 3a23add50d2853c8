package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.buurtkennis.analysis.LanguageCheckTest;
import nl.buurtkennis.reindex.ReindexOutcome;
import nl.buurtkennis.testing.TempCorpus;
import nl.buurtkennis.web.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The console's documents: uploads, the form with its errors by field, and corpus health. */
class ConsoleDocumentsTest {
  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();

  private HttpResponse<String> upload(AdminTestApp.Session session, String fileName,
      byte[] file) throws IOException {
    return upload(session, "nl", fileName, file);
  }

  /** Posts a file as the upload form of the page in {@code lang} does: to that form's action. */
  private HttpResponse<String> upload(AdminTestApp.Session session, String lang,
      String fileName, byte[] file) throws IOException {
    return session.client().send("POST", uploadAction(session.client(), session, lang),
        "multipart/form-data; boundary=" + Uploads.BOUNDARY,
        Uploads.multipart(session.csrf(), fileName, file), "Cookie", session.cookie());
  }

  /**
   * Uploads a file of {@code size} bytes as {@link #upload} does, but on a plain socket
   * ({@link AdminTestApp.Client#postRaw}): the server refuses it before reading it all and closes.
   * Only the head is sent unless {@code wholeBody}: a refusal by the announced length needs no
   * more.
   */
  private RawHttp.Answer uploadOverTheLimit(AdminTestApp.Client client,
      AdminTestApp.Session session, String lang, long size, boolean wholeBody) throws IOException {
    byte[] body = Uploads.multipart(session.csrf(), "big.pdf", new byte[(int) size]);
    return client.postRaw(uploadAction(client, session, lang),
        "multipart/form-data; boundary=" + Uploads.BOUNDARY, body.length,
        wholeBody ? body : new byte[0], "Cookie", session.cookie());
  }

  /** The action of the upload form on the page in {@code lang}. */
  private static String uploadAction(AdminTestApp.Client client, AdminTestApp.Session session,
      String lang) {
    String page = session.get("/admin/documents/new" + ("en".equals(lang) ? "?lang=en" : "")).body();
    Matcher action = Pattern.compile("action=\"(/admin/documents/upload[^\"]*)\"")
        .matcher(page);
    assertTrue(action.find(), page);
    return action.group(1).replace("&amp;", "&");
  }

  private List<String> corpusFiles() throws IOException {
    try (Stream<Path> walk = Files.walk(fixture.corpus.dir())) {
      return walk.filter(Files::isRegularFile).map(p -> fixture.corpus.dir().relativize(p)
          .toString()).sorted().toList();
    }
  }

  /** The warnings shown beside one field: the list with id warn-FIELD. */
  private static String warningsBeside(String html, String field) {
    Matcher matcher = Pattern.compile("id=\"warn-" + field + "\">(.*?)</ul>", Pattern.DOTALL)
        .matcher(html);
    return matcher.find() ? matcher.group(1) : "";
  }

  /** The errors shown beside one field: the list with id err-FIELD. */
  private static String errorsBeside(String html, String field) {
    Matcher matcher = Pattern.compile("id=\"err-" + field + "\">(.*?)</ul>", Pattern.DOTALL)
        .matcher(html);
    return matcher.find() ? matcher.group(1) : "";
  }

  @Test
  void aValidMarkdownUploadIsWrittenUnderItsIdAndFoundAtOnce() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      String markdown = TempCorpus.doc("console-upload", "issues: [privacy]\n",
          "## Kern\n\nBewoners delen camerabeelden met de wijkagent.\n");
      HttpResponse<String> saved = upload(session, "../../../evil name.md",
          markdown.getBytes(StandardCharsets.UTF_8));
      assertEquals(200, saved.statusCode(), saved.body());
      assertTrue(saved.body().contains("documents/practices/console-upload.md"), saved.body());
      Path file = fixture.corpus.dir().resolve("documents/practices/console-upload.md");
      assertEquals(markdown, Files.readString(file));
      assertFalse(corpusFiles().stream().anyMatch(f -> f.contains("evil")));
      assertTrue(fixture.search.document("console-upload").isPresent());
    });
  }

  @Test
  void anInvalidMarkdownUploadWritesNothingAndShowsEachErrorBesideItsField() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      List<String> before = corpusFiles();
      String markdown = "---\nid: broken-upload\ntitle: Kapot\ntype: practice\nlanguage: nl\n"
          + "year: 1850\nsummary: Iets.\nforms: [no-such-form]\nparent: missing-report\n"
          + "colour: blue\n---\nTekst.\n";
      HttpResponse<String> response = upload(session, "broken.md",
          markdown.getBytes(StandardCharsets.UTF_8));
      assertEquals(422, response.statusCode());
      assertEquals(before, corpusFiles());
      assertFalse(fixture.search.document("broken-upload").isPresent());
      String html = response.body();
      assertTrue(errorsBeside(html, "year").contains("1850"), html);
      assertTrue(errorsBeside(html, "forms").contains("no-such-form"), html);
      assertTrue(html.contains("colour"), "the unknown field is named: " + html);
      assertTrue(html.contains("value=\"broken-upload\""), "the form keeps what was uploaded");

      String orphan = TempCorpus.doc("orphan-upload", "parent: missing-report\n", "Tekst.\n");
      HttpResponse<String> crossReference = upload(session, "orphan.md",
          orphan.getBytes(StandardCharsets.UTF_8));
      assertEquals(422, crossReference.statusCode());
      assertTrue(errorsBeside(crossReference.body(), "parent").contains("missing-report"),
          crossReference.body());
      assertEquals(before, corpusFiles());
    });
  }

  @Test
  void theFormSavesOnlyAValidDocumentAndPutsProblemsBesideTheirFields() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      List<String> before = corpusFiles();
      String invalid = "csrf=" + session.csrf() + "&id=Bad+Id&title=&type=practice&language=nl"
          + "&year=2015&summary=Samenvatting&issues=privacy&body=";
      HttpResponse<String> refused = session.form("/admin/documents", invalid);
      assertEquals(422, refused.statusCode());
      assertEquals(before, corpusFiles());
      String html = refused.body();
      assertTrue(errorsBeside(html, "id").contains("Bad Id"), html);
      assertFalse(errorsBeside(html, "title").isEmpty(), html);
      assertFalse(errorsBeside(html, "forms").isEmpty(), html);
      assertFalse(errorsBeside(html, "body").isEmpty(), html);
      assertTrue(html.contains("value=\"privacy\" checked"), "ticked boxes stay ticked: " + html);

      String valid = "csrf=" + session.csrf() + "&id=form-document&title=Via+het+formulier"
          + "&type=practice&language=en&year=2015&summary=Samenvatting+%22met%22+%3A+tekens"
          + "&forms=mediation&forms=contact&issues=privacy&places=Den+Haag%0AUtrecht"
          + "&body=%23%23+Kop%0A%0ATekst+van+het+document.";
      HttpResponse<String> saved = session.form("/admin/documents", valid);
      assertEquals(200, saved.statusCode(), saved.body());
      assertTrue(Files.isRegularFile(fixture.corpus.dir().resolve("documents/en/form-document.md")));
      var doc = fixture.search.document("form-document").orElseThrow();
      assertEquals(List.of("mediation", "contact"), doc.forms());
      assertEquals(List.of("Den Haag", "Utrecht"), doc.places());
      assertEquals("Samenvatting \"met\" : tekens", doc.summary());

      HttpResponse<String> again = session.form("/admin/documents", valid);
      assertEquals(409, again.statusCode());
      assertTrue(errorsBeside(again.body(), "id").contains("form-document"));
      HttpResponse<String> replaced = session.form("/admin/documents",
          valid.replace("Via+het+formulier", "Vervangen") + "&replace=on");
      assertEquals(200, replaced.statusCode());
      assertEquals("Vervangen", fixture.search.document("form-document").orElseThrow().title());
    });
  }

  @Test
  void aTitleYearAndAuthorTakenFromAFilesPropertiesComeWithANoteToCheckThem() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      String page = upload(session, "rapport.pdf", Uploads.pdf("Buurtpreventie in Tilburg",
          "jansen", 2021, "Bewoners lopen samen avondrondes.")).body();
      assertTrue(page.contains("value=\"2021\""), page);
      assertTrue(page.contains("het jaar 2021 komt uit de aanmaakdatum van het bestand"), page);
      assertTrue(page.contains("jansen komt uit de eigenschappen van het bestand"), page);
      assertTrue(page.contains("de titel „Buurtpreventie in Tilburg” komt uit de eigenschappen"),
          page);
      String plain = upload(session, "kaal.pdf", Uploads.pdf("Buurtschouw in Delft",
          "Bewoners lopen samen door de wijk.")).body();
      assertFalse(plain.contains("aanmaakdatum"), "no note without a guessed year");
      String untitled = upload(session, "kaal.odt",
          Uploads.odt("Buurtschouw in Delft", "Bewoners lopen samen door de wijk.")).body();
      assertTrue(untitled.contains("value=\"Buurtschouw in Delft\""), untitled);
      assertFalse(untitled.contains("de titel „"), "no note for a title from the text");
    });
  }

  @Test
  void pdfWordAndOpenDocumentFilesBecomeADraftToComplete() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      List<String> before = corpusFiles();
      HttpResponse<String> pdf = upload(session, "rapport.pdf",
          Uploads.pdf("Buurtpreventie in Tilburg", "Bewoners lopen samen avondrondes.",
              "De wijkagent ondersteunt de groep."));
      HttpResponse<String> docx = upload(session, "notitie.docx",
          Uploads.docx("Veiligheidspanel Zwolle", "Het panel adviseert de gemeente.",
              "Leden worden geloot."));
      HttpResponse<String> odt = upload(session, "verslag.odt",
          Uploads.odt("Burgernet in Arnhem", "Deelnemers krijgen een oproep bij vermissing."));
      for (var response : List.of(pdf, docx, odt)) {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("name=\"forms\""), "the vocabulary as checkboxes");
      }
      assertTrue(pdf.body().contains("Bewoners lopen samen avondrondes."), pdf.body());
      assertTrue(pdf.body().contains("value=\"buurtpreventie-in-tilburg\""), pdf.body());
      assertTrue(docx.body().contains("Het panel adviseert de gemeente."), docx.body());
      assertTrue(docx.body().contains("value=\"Veiligheidspanel Zwolle\""), docx.body());
      assertTrue(odt.body().contains("Deelnemers krijgen een oproep bij vermissing."), odt.body());
      assertTrue(odt.body().contains("value=\"burgernet-in-arnhem\""), odt.body());
      assertEquals(before, corpusFiles(), "a draft is not saved");

      HttpResponse<String> other = upload(session, "archief.zip",
          new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
      assertEquals(422, other.statusCode());
      assertTrue(other.body().contains("archief.zip"), other.body());
    });
  }

  @Test
  void anUploadOverTheLimitIsRefusedWithoutBeingRead() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      RawHttp.Answer response = uploadOverTheLimit(client, session, "nl",
          ConsoleController.MAX_UPLOAD_BYTES + 1024, true);
      assertEquals(413, response.status(), response.body());
      // a long text in the form is no reason to refuse it: it is checked like any other
      String longText = "Een zin over buurtpreventie en bewoners. ".repeat(40_000);
      HttpResponse<String> form = session.form("/admin/documents", "csrf=" + session.csrf()
          + "&id=long-text&type=practice&language=nl&year=2014&summary=Lang"
          + "&body=" + AdminTestApp.Client.encode(longText));
      assertEquals(422, form.statusCode(), "only the missing title and form: " + form.body()
          .substring(0, Math.min(500, form.body().length())));
      assertTrue(form.body().contains("id=\"err-title\""));
    });
  }

  @Test
  void theHealthPageCountsTagsAndListsGaps() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      String html = session.get("/admin?lang=en").body();
      assertTrue(html.contains("Documents with no issue tagged"), html);
      assertTrue(html.contains("<code>en-report</code>"), "en-report has no issue: " + html);
      assertTrue(html.contains("<code>evidence: randomised</code>"), "unused: " + html);
      assertTrue(html.contains("action=\"/admin/reindex?lang=en\""), html);
      assertTrue(Pattern.compile("Citizen surveillance <code>citizen-surveillance</code></th><td>2<")
          .matcher(html).find(), html);

      String dutch = session.get("/admin").body();
      assertTrue(dutch.contains("Gezondheid van het corpus"), dutch);
      assertFalse(dutch.contains("de corpus"), dutch);
      assertFalse(dutch.contains("<ul></ul>"), "no empty list after 'Geen.': " + dutch);
      assertTrue(Pattern.compile("\\d{2}:\\d{2}:\\d{2} CES?T").matcher(dutch).find(),
          "times say their zone: " + dutch);
      String form = session.get("/admin/documents/new").body();
      for (String term : List.of("Documentsoort", "Bewijskracht")) {
        assertTrue(form.contains(">" + term + "</label>"), "the vocabulary's term: " + form);
      }
    });
  }

  @Test
  void aConsolePageRefusesAQueryParameterGivenTwice() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      for (String path : List.of("/admin?reindex=started&reindex=busy", "/admin?lang=en&lang=nl",
          "/admin/documents?q=a&q=b", "/admin/documents?removed=a1&removed=b2",
          "/admin/documents?removed=a1&reindex=failed&reindex=ok",
          "/admin/documents/new?lang=en&lang=nl",
          "/admin/documents/nl-preventie/edit?lang=en&lang=nl",
          "/admin/documents/nl-preventie/delete?lang=en&lang=nl")) {
        HttpResponse<String> response = session.get(path);
        assertEquals(400, response.statusCode(), path);
        assertTrue(response.body().contains("deze parameter mag maar een keer voorkomen")
            || response.body().contains("may be given only once"), path + response.body());
      }
      assertEquals(400, client.get("/admin/sign-in?next=/admin&next=/admin/documents")
          .statusCode());
      // one value each, or an empty second one, is as before
      assertEquals(200, session.get("/admin?reindex=started&lang=en")
          .statusCode());
      assertEquals(200, session.get("/admin/documents?q=preventie&q=")
          .statusCode());
      assertEquals(200, client.get("/admin/sign-in?next=/admin/documents").statusCode());
    });
  }

  @Test
  void aRefusedReindexsProblemsAreInThePagesLanguage(@TempDir Path ownTemp) throws Exception {
    try (AdminTestApp own = AdminTestApp.create(ownTemp)) {
      own.corpus.document("kapot.md", TempCorpus.doc("kapot", "", "Tekst.\n")
          .replace("forms: [mediation]", "forms: [buurtapp]"));
      assertFalse(own.reindexer.runNow().succeeded());
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Client client = new AdminTestApp.Client(server);
        AdminTestApp.Session session = client.signIn();
        String dutch = session.get("/admin").body();
        assertTrue(dutch.contains("kapot.md:8</code>: 'buurtapp' in 'forms' staat niet in facet"),
            dutch);
        assertFalse(dutch.contains("is not in facet"), dutch);
        String english = session.get("/admin?lang=en").body();
        assertTrue(english.contains("kapot.md:8</code>: 'buurtapp' in 'forms' is not in facet"),
            english);
      });
    }
  }

  @Test
  void aReindexThatFailedOnAnErrorIsToldInThePagesLanguageWithItsDetail(@TempDir Path ownTemp)
      throws Exception {
    try (AdminTestApp own = AdminTestApp.create(ownTemp)) {
      // the live index keeps its open files; the re-index finds a file where its folder was
      Path indexDir = own.corpus.dir().resolveSibling("index");
      Files.move(indexDir, ownTemp.resolve("index-moved"));
      Files.writeString(indexDir, "not a folder");
      ReindexOutcome outcome = own.reindexer.runNow();
      assertEquals(ReindexOutcome.Kind.FAILED, outcome.kind(), outcome.toString());
      assertTrue(outcome.problems().get(0).startsWith("the re-index failed: "),
          "the admin API and the log stay in English: " + outcome.problems());
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Client client = new AdminTestApp.Client(server);
        AdminTestApp.Session session = client.signIn();
        String detail = "<code>" + escaped(outcome.failure()) + "</code>";
        String dutch = session.get("/admin").body();
        assertTrue(dutch.contains("De herindexering is door een fout afgebroken; de zoekmachine "
            + "gebruikt de index van daarvoor. Technische melding: " + detail), dutch);
        assertFalse(dutch.contains("the re-index failed"), dutch);
        String english = session.get("/admin?lang=en").body();
        assertTrue(english.contains("The re-index was stopped by an error; the search engine "
            + "uses the index from before. Technical detail: " + detail), english);
      });
    }
  }

  @Test
  void aReindexRefusedBecauseAnotherProcessWritesIsToldInThePagesLanguage(@TempDir Path ownTemp)
      throws Exception {
    try (AdminTestApp own = AdminTestApp.create(ownTemp)) {
      own.corpus.document("nieuw.md", TempCorpus.doc("nieuw", "", "Tekst.\n"));
      // the other writer holds the index while the page is read, so the retries meet it too
      try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory
              .open(own.corpus.dir().resolveSibling("index"));
          org.apache.lucene.index.IndexWriter other = new org.apache.lucene.index.IndexWriter(
              directory, new org.apache.lucene.index.IndexWriterConfig())) {
        ReindexOutcome outcome = own.reindexer.runNow();
        assertTrue(outcome.queued(), outcome.toString());
        JavalinTest.test(own.app(), (server, http) -> {
          AdminTestApp.Client client = new AdminTestApp.Client(server);
          AdminTestApp.Session session = client.signIn();
          String detail = "<code>" + escaped(outcome.failure()) + "</code>";
          String dutch = session.get("/admin").body();
          assertTrue(dutch.contains("Laatste herindexering: in de wachtrij om "), dutch);
          assertTrue(dutch.contains("Een ander proces (indexer build of update) schreef toen in"
              + " de index; de herindexering wacht daarop en loopt vanzelf opnieuw zodra het"
              + " klaar is. Technische melding: " + detail), dutch);
          String english = session.get("/admin?lang=en").body();
          assertTrue(english.contains("Another process (indexer build or update) was writing to"
              + " the index at the time; the re-index waits for it and runs again by itself as"
              + " soon as it has finished. Technical detail: " + detail), english);
        });
        other.rollback();
      }
    }
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Test
  void aParentConceptCountsTheDocumentsOfItsChildrenAsSearchDoes() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      String search = client.get("/api/search?benefit=feelings&size=1").body();
      Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(search);
      assertTrue(total.find(), search);
      assertTrue(Integer.parseInt(total.group(1)) >= 3, "fixture documents tag feelings' children");
      String html = session.get("/admin?lang=en").body();
      assertTrue(html.contains("Feelings <code>feelings</code></th><td>" + total.group(1) + "<"),
          html);
      assertFalse(html.contains("<code>benefit: feelings</code>"), "feelings is used: " + html);
      assertTrue(html.contains("<code>benefit: sense-of-control</code>"), "unused child: " + html);
    });
  }

  @Test
  void anUploadOverTheLimitIsRefusedInEnglishOnTheEnglishPage() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      // beyond the form limit (refused by its length: the body is not sent), and just beyond the
      // file limit (refused while the multipart body is read)
      for (long size : List.of(ConsoleController.MAX_FORM_BYTES + 1024,
          ConsoleController.MAX_UPLOAD_BYTES + 1024)) {
        RawHttp.Answer response = uploadOverTheLimit(client, session, "en", size,
            size < ConsoleController.MAX_FORM_BYTES);
        assertEquals(413, response.status(), response.body());
        String html = response.body();
        assertTrue(html.contains("<html lang=\"en\">"), html);
        assertTrue(html.contains("<h1>File too large</h1>"), html);
        assertTrue(html.contains("The file is larger than 10 MB."), html);
        assertFalse(html.contains("No access"), html);
      }
    });
  }

  @Test
  void everyFormOfAnEnglishPagePostsToAnEnglishAddress() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      List<String> actions = new java.util.ArrayList<>();
      for (String path : List.of("/admin/sign-in?lang=en", "/admin?lang=en",
          "/admin/documents/new?lang=en")) {
        Matcher action = Pattern.compile("<form method=\"post\" action=\"([^\"]*)\"")
            .matcher(session.get(path).body());
        while (action.find()) {
          actions.add(action.group(1));
        }
      }
      assertEquals(6, actions.size(), actions.toString());
      assertTrue(actions.stream().allMatch(a -> a.endsWith("?lang=en")), actions.toString());
    });
  }

  @Test
  void aRefusedFileIsExplainedInThePagesLanguageWithoutInternals() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      byte[] text = "Gewone tekst zonder front matter.\n".getBytes(StandardCharsets.UTF_8);
      byte[] fakePdf = "%PDF-1.4\nkapot".getBytes(StandardCharsets.US_ASCII);
      byte[] fakeDocx = "PK\u0003\u0004 geen echte zip".getBytes(StandardCharsets.US_ASCII);

      String plain = upload(session, "x.txt", text).body();
      assertTrue(plain.contains("x.txt is geen PDF-, Word- (.docx, .doc), OpenDocument- (.odt)"
          + " of Markdown-bestand (.md)"), plain);
      String pdf = upload(session, "kapot.pdf", fakePdf).body();
      assertTrue(pdf.contains("kapot.pdf kon niet worden gelezen als PDF"), pdf);
      String docx = upload(session, "kapot.docx", fakeDocx).body();
      assertTrue(docx.contains("kapot.docx kon niet worden gelezen als Word-bestand"), docx);
      String english = upload(session, "en", "kapot.docx", fakeDocx).body();
      assertTrue(english.contains("kapot.docx could not be read as a Word file"), english);
      assertTrue(upload(session, "en", "x.txt", text).body().contains("x.txt is not a PDF,"
          + " Word (.docx, .doc), OpenDocument (.odt) or Markdown (.md) file"));

      for (String html : List.of(plain, pdf, docx, english)) {
        for (String internal : List.of("text/plain", "application/", "vnd.", "No valid entries",
            "Exception", "this is ")) {
          assertFalse(html.contains(internal), internal + " in " + html);
        }
      }
    });
  }

  @Test
  void aTakenIdIsExplainedInThePagesLanguageAndPointsToTheReplaceBox() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      byte[] taken = TempCorpus.doc("nl-preventie", "", "Tekst.\n")
          .getBytes(StandardCharsets.UTF_8);

      HttpResponse<String> dutch = upload(session, "dubbel.md", taken);
      assertEquals(409, dutch.statusCode());
      String besideId = errorsBeside(dutch.body(), "id");
      assertTrue(besideId.contains("Er is al een document met id nl-preventie"), besideId);
      assertTrue(besideId.contains("Vervang het bestaande document met dit id"), besideId);
      assertTrue(errorSummary(dutch.body()).contains("<a href=\"#f-id\">Id "), dutch.body());

      HttpResponse<String> english = upload(session, "en", "dubbel.md", taken);
      assertEquals(409, english.statusCode());
      besideId = errorsBeside(english.body(), "id");
      assertTrue(besideId.contains("A document with id nl-preventie exists already"), besideId);
      assertTrue(besideId.contains("Replace the existing document with this id"), besideId);
      assertTrue(errorSummary(english.body()).contains("<a href=\"#f-id\">Id "),
          english.body());
    });
  }

  @Test
  void twoProblemsBesideTheFieldsAreEachLinkedFromTheSummary() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      String twoWrongFields = "id: two-problems\ntitle: Twee\ntype: practice\nlanguage: nl\n"
          + "year: 1850\nsummary: Iets.\nforms: [no-such-form]\n";
      String html = upload(session, "twee.md", ("---\n" + twoWrongFields + "---\nTekst.\n")
          .getBytes(StandardCharsets.UTF_8)).body();
      String summary = errorSummary(html);
      assertTrue(summary.contains("<a href=\"#f-year\">Jaar: "), summary);
      assertTrue(summary.contains("<a href=\"#f-forms-"), summary);
    });
  }

  /** The error summary at the top of the form. */
  private static String errorSummary(String html) {
    int start = html.indexOf("id=\"err-top\"");
    assertTrue(start >= 0, html);
    return html.substring(start, html.indexOf("</div>", start));
  }

  @Test
  void theErrorSummaryLinksToEachFieldWithAProblem() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      String noSummary = "---\nid: linked-summary\ntitle: Zonder\ntype: practice\n"
          + "language: nl\nyear: 2020\nforms: [mediation]\n---\nTekst.\n";
      for (String lang : List.of("nl", "en")) {
        String html = upload(session, lang, "zonder.md",
            noSummary.getBytes(StandardCharsets.UTF_8)).body();
        String summary = errorSummary(html);
        assertFalse(summary.replaceAll("\\s", "").contains("<ul></ul>"), summary);
        assertTrue(summary.contains("<a href=\"#f-summary\">"
            + ("nl".equals(lang) ? "Samenvatting: het verplichte veld 'Samenvatting' ontbreekt"
                : "Summary: required field 'Summary' is missing") + "</a>"), summary);
        assertTrue(html.contains("id=\"f-summary\""), html);
      }
    });
  }

  @Test
  void anUploadsProblemsAreInDutchByDefaultAndInEnglishWithLangEn() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      byte[] unknownForm = TempCorpus.doc("unknown-form", "", "Tekst.\n")
          .replace("forms: [mediation]", "forms: [mediation, teleportatie]")
          .getBytes(StandardCharsets.UTF_8);

      HttpResponse<String> dutch = upload(session, "vorm.md", unknownForm);
      assertEquals(422, dutch.statusCode(), dutch.body());
      String besideForms = errorsBeside(dutch.body(), "forms");
      // as the form shows it: boxes with labels, not the concept ids the validator lists
      assertTrue(besideForms.contains("onbekende waarde 'teleportatie': die staat niet in de "
          + "woordenlijst"), besideForms);
      assertFalse(besideForms.contains("toegestaan") || besideForms.contains("'forms'"),
          besideForms);
      assertFalse(dutch.body().contains("unknown value"), dutch.body());
      assertTrue(errorSummary(dutch.body()).contains("onbekende waarde 'teleportatie'"),
          dutch.body());

      HttpResponse<String> english = upload(session, "en", "vorm.md", unknownForm);
      assertEquals(422, english.statusCode(), english.body());
      besideForms = errorsBeside(english.body(), "forms");
      assertTrue(besideForms.contains("unknown value 'teleportatie': it is not in the vocabulary"),
          besideForms);
      assertFalse(english.body().contains("onbekende waarde"), english.body());
    });
  }

  @Test
  void theFormsProblemsAreInDutchByDefaultAndInEnglishWithLangEn() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      String noSummary = "csrf=" + session.csrf() + "&id=zonder-samenvatting&title=Zonder"
          + "&type=practice&language=nl&year=2015&summary=&forms=mediation&body=Tekst.";

      HttpResponse<String> dutch = session.form("/admin/documents", noSummary);
      assertEquals(422, dutch.statusCode(), dutch.body());
      assertTrue(errorsBeside(dutch.body(), "summary").contains(
          "veld 'Samenvatting' mag niet leeg zijn"), dutch.body());
      assertFalse(errorsBeside(dutch.body(), "summary").contains("'summary'"),
          "the field by its label, as the form shows it: " + dutch.body());
      assertFalse(dutch.body().contains("must not be empty"), dutch.body());

      HttpResponse<String> english = session.form("/admin/documents?lang=en", noSummary);
      assertEquals(422, english.statusCode(), english.body());
      assertTrue(errorsBeside(english.body(), "summary").contains(
          "field 'Summary' must not be empty"), english.body());
      assertFalse(english.body().contains("mag niet leeg zijn"), english.body());
    });
  }

  @Test
  void aMissingFieldIsShownBesideThatFieldNotBesideTheId() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      String noSummary = "---\nid: no-summary\ntitle: Zonder\ntype: practice\nlanguage: nl\n"
          + "year: 2020\nforms: [mediation]\n---\nTekst.\n";
      String html = upload(session, "zonder.md", noSummary
          .getBytes(StandardCharsets.UTF_8)).body();
      assertTrue(errorsBeside(html, "summary").contains("'Samenvatting' ontbreekt"), html);
      assertEquals("", errorsBeside(html, "id"), html);
      assertFalse(html.contains("aria-describedby=\"err-id\""), html);
      assertTrue(html.contains("aria-describedby=\"err-summary\""), html);

      String noLanguage = noSummary.replace("language: nl\n", "summary: Iets.\n");
      String html2 = upload(session, "zonder.md", noLanguage
          .getBytes(StandardCharsets.UTF_8)).body();
      assertTrue(errorsBeside(html2, "language").contains("'Taal' ontbreekt"), html2);
      assertEquals("", errorsBeside(html2, "id"), html2);
    });
  }

  @Test
  void aSyntaxErrorIsShownAtTheTopWithItsLineInThePagesLanguage() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      // values of the vocabulary: one that is not would be told beside its field, rightly
      String indented = "---\nid: indented\ntitle: Ingesprongen\ntype: practice\nlanguage: nl\n"
          + "year: 2020\nsummary: Iets.\nforms: [mediation]\npolice_tasks:\n  - surveillance\n"
          + "   evidence: descriptive\n---\nTekst.\n";
      for (String lang : List.of("nl", "en")) {
        HttpResponse<String> response = upload(session, lang, "ingesprongen.md",
            indented.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, response.statusCode(), response.body());
        String html = response.body();
        for (String field : DraftForm.CONCEPT_LISTS) {
          assertEquals("", errorsBeside(html, field), html);
        }
        assertEquals("", errorsBeside(html, "evidence"), html);
        String top = errorSummary(html);
        assertTrue(top.contains(("nl".equals(lang) ? "regel " : "line ") + "11"), top);
      }
    });
  }

  /** The value of the text input for {@code field}, or null when the page has none. */
  private static String inputValue(String html, String field) {
    Matcher matcher = Pattern.compile("<input type=\"text\" id=\"f-" + field
        + "\" name=\"" + field + "\" value=\"([^\"]*)\"").matcher(html);
    return matcher.find() ? matcher.group(1) : null;
  }

  @Test
  void aYamlSyntaxErrorKeepsTheFilesFieldsAndBodyInTheForm() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      List<String> before = corpusFiles();
      String head = "---\nid: kapotte-yaml\ntitle: Buurtbemiddeling in Gouda\ntype: practice\n"
          + "language: nl\nyear: 2016\nsummary: Buren lossen samen hun ruzie op.\n";
      String tail = "issues: [volunteer-dependence]\nkeywords:\n  - burenruzie\n  - gesprek\n"
          + "---\n## Hoe het werkt\n\nTwee bemiddelaars praten met elke partij apart.\n";
      Map<String, String> broken = Map.of(
          "unclosed bracket", head + "forms: [mediation\n" + tail,
          "unclosed quote", head + "forms: [mediation]\nsource: \"Gemeente Gouda\n" + tail,
          "tab indentation", head + "forms: [mediation]\nplaces:\n\t- Gouda\n" + tail);
      for (var upload : broken.entrySet()) {
        for (String lang : List.of("nl", "en")) {
          HttpResponse<String> response = upload(session, lang, "kapot.md",
              upload.getValue().getBytes(StandardCharsets.UTF_8));
          String html = response.body();
          String what = upload.getKey() + " (" + lang + "): " + html;
          assertEquals(422, response.statusCode(), what);
          assertTrue(errorSummary(html).contains("nl".equals(lang) ? "regel " : "line "), what);
          assertEquals("kapotte-yaml", inputValue(html, "id"), what);
          assertEquals("Buurtbemiddeling in Gouda", inputValue(html, "title"), what);
          assertEquals("2016", inputValue(html, "year"), what);
          assertTrue(html.contains("<option value=\"practice\" selected>"), what);
          assertTrue(html.contains("<option value=\"nl\" selected>"), what);
          assertTrue(html.contains(">Buren lossen samen hun ruzie op.</textarea>"), what);
          assertTrue(html.contains("value=\"mediation\" checked"), what);
          assertTrue(html.contains("value=\"volunteer-dependence\" checked"), what);
          assertTrue(html.contains(">burenruzie\ngesprek</textarea>"), what);
          assertTrue(html.contains(">## Hoe het werkt\n\nTwee bemiddelaars praten met elke partij"
              + " apart.\n</textarea>"), what);
          // nothing is silently lost: the front matter as uploaded is on the page as well
          String frontMatter = upload.getValue().substring(0,
              upload.getValue().indexOf("---\n##") + 3);
          Matcher shown = Pattern.compile("<textarea id=\"uploaded-front-matter\" readonly"
              + " rows=\"\\d+\" cols=\"80\" dir=\"auto\">([^<]*)</textarea>").matcher(html);
          assertTrue(shown.find(), what);
          assertEquals(frontMatter, shown.group(1).replace("&#34;", "\"").replace("&#39;", "'")
              .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"), what);
          switch (upload.getKey()) {
            case "unclosed bracket" -> assertTrue(
                warningsBeside(html, "forms").contains("nl".equals(lang)
                    ? "Let op:</strong> regel 8 van het bestand was niet als YAML te lezen"
                    : "Note:</strong> line 8 of the file could not be read as YAML"), what);
            case "unclosed quote" -> {
              assertEquals("Gemeente Gouda", inputValue(html, "source"), what);
              assertTrue(warningsBeside(html, "source").contains("nl".equals(lang)
                  ? "regel 9 van" : "line 9 of"), what);
            }
            default -> {
              assertTrue(html.contains(">Gouda</textarea>"), what);
              assertTrue(warningsBeside(html, "places").contains("nl".equals(lang)
                  ? "regel 9 van" : "line 9 of"), what);
            }
          }
          assertEquals("", errorsBeside(html, "forms"), what);
        }
      }
      assertEquals(before, corpusFiles(), "nothing is saved");
    });
  }

  @Test
  void anEnglishTextDeclaredDutchIsSavedWithANoteBesideTheLanguage() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      String fields = "csrf=" + session.csrf() + "&id=english-as-dutch&title=Walking+together"
          + "&type=practice&language=nl&year=2015&summary=Residents+walk&forms=mediation"
          + "&body=" + AdminTestApp.Client.encode(LanguageCheckTest.ENGLISH);
      for (String lang : List.of("nl", "en")) {
        HttpResponse<String> saved = session.form("/admin/documents"
            + ("en".equals(lang) ? "?lang=en" : ""), fields + "&replace=on");
        assertEquals(200, saved.statusCode(), saved.body());
        String html = saved.body();
        assertTrue(fixture.search.document("english-as-dutch").isPresent(), "saved all the same");
        assertTrue(html.contains("documents/practices/english-as-dutch.md"), html);
        assertTrue(html.contains("href=\"/documents/english-as-dutch"), html);
        String beside = warningsBeside(html, "language");
        assertTrue(beside.contains("nl".equals(lang)
            ? "<strong>Let op:</strong> de tekst leest als Engels, maar de taal staat op Nederlands"
            : "<strong>Note:</strong> the text reads as English, but the language is set to Dutch"),
            html);
        assertFalse(html.contains("id=\"err-top\""), "a note is no error: " + html);
        assertTrue(html.contains("class=\"field-warnings warning\" id=\"warn-language\""), html);
        assertTrue(html.contains("aria-describedby=\"warn-language\""), html);
        assertTrue(html.contains("<a href=\"#f-language\"><strong>"), "summary link: " + html);
        assertTrue(html.contains("id=\"f-replace\" name=\"replace\" value=\"on\" checked"),
            "the form is ready to save again with the right language: " + html);
      }
      // put right, the document is replaced and the note is gone
      HttpResponse<String> fixed = session.form("/admin/documents",
          fields.replace("language=nl", "language=en") + "&replace=on");
      assertEquals(200, fixed.statusCode());
      assertFalse(fixed.body().contains("warn-language"), fixed.body());
      assertEquals("en", fixture.search.document("english-as-dutch").orElseThrow().language());
    });
  }

  @Test
  void aDutchUploadDeclaredEnglishIsSavedWithANoteAndAnInvalidOneKeepsItBesideItsErrors() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      String dutchAsEnglish = TempCorpus.doc("dutch-as-english", "", LanguageCheckTest.DUTCH)
          .replace("language: nl", "language: en");
      HttpResponse<String> saved = upload(session, "dutch.md",
          dutchAsEnglish.getBytes(StandardCharsets.UTF_8));
      assertEquals(200, saved.statusCode(), saved.body());
      assertTrue(fixture.search.document("dutch-as-english").isPresent());
      assertTrue(warningsBeside(saved.body(), "language").contains(
          "de tekst leest als Nederlands, maar de taal staat op Engels"), saved.body());
      assertTrue(saved.body().contains("value=\"dutch-as-english\""), saved.body());

      String invalid = dutchAsEnglish.replace("dutch-as-english", "dutch-invalid")
          .replace("year: 2014", "year: 1850");
      HttpResponse<String> refused = upload(session, "en", "dutch.md",
          invalid.getBytes(StandardCharsets.UTF_8));
      assertEquals(422, refused.statusCode(), refused.body());
      assertTrue(errorsBeside(refused.body(), "year").contains("1850"), refused.body());
      assertTrue(warningsBeside(refused.body(), "language").contains(
          "the text reads as Dutch, but the language is set to English"), refused.body());
      assertFalse(fixture.search.document("dutch-invalid").isPresent());

      String dutch = TempCorpus.doc("plain-dutch", "", LanguageCheckTest.DUTCH);
      HttpResponse<String> plain = upload(session, "nl.md",
          dutch.getBytes(StandardCharsets.UTF_8));
      assertEquals(200, plain.statusCode());
      assertFalse(plain.body().contains("warn-"), "no note on a Dutch text: " + plain.body());
      assertTrue(plain.body().contains("<h1>Document plain-dutch opgeslagen</h1>"), plain.body());
    });
  }

  @Test
  void aDraftOfAnEnglishFileGetsTheNoteBesideItsDutchDefaultLanguage() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      byte[] markdown = ("# Walking together\n\n" + LanguageCheckTest.ENGLISH)
          .getBytes(StandardCharsets.UTF_8);
      byte[] docx = Uploads.docx("Walking together",
          LanguageCheckTest.ENGLISH.split("\n"));
      for (var draft : List.of(upload(session, "walk.md", markdown),
          upload(session, "walk.docx", docx))) {
        assertEquals(200, draft.statusCode(), draft.body());
        assertTrue(draft.body().contains("<option value=\"nl\" selected>"), draft.body());
        assertTrue(warningsBeside(draft.body(), "language").contains("leest als Engels"),
            draft.body());
      }
    });
  }

  @Test
  void aMarkdownFileWithoutFrontMatterBecomesADraftWithANoticeInThePagesLanguage() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      List<String> before = corpusFiles();
      byte[] plain = "# Buurtvaders in Gouda\n\nVaders lopen 's avonds door de wijk.\n"
          .getBytes(StandardCharsets.UTF_8);
      HttpResponse<String> dutch = upload(session, "gouda.md", plain);
      assertEquals(200, dutch.statusCode(), dutch.body());
      assertFalse(dutch.body().contains("must start with"), dutch.body());
      assertFalse(dutch.body().contains("id=\"err-top\""), dutch.body());
      assertTrue(dutch.body().contains("gouda.md heeft geen front matter"), dutch.body());
      assertTrue(dutch.body().contains("vul de velden in"), dutch.body());
      assertTrue(dutch.body().contains("value=\"buurtvaders-in-gouda\""), dutch.body());
      assertTrue(dutch.body().contains("Vaders lopen"), dutch.body());

      HttpResponse<String> english = upload(session, "en", "gouda.md", plain);
      assertEquals(200, english.statusCode(), english.body());
      assertTrue(english.body().contains("fill in the fields"), english.body());
      assertEquals(before, corpusFiles(), "a draft is not saved");
    });
  }

  @Test
  void aValueCutAtACommentIsHeldWholeAndSavedWholeFromTheForm() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      String markdown = TempCorpus.doc("hash-title", "", "Tekst.\n")
          .replace("title: Titel van hash-title", "title: Buurt #1 bemiddeling")
          .replace("summary: Een korte samenvatting.", "summary: Wijk #3 doet mee  # klopt");
      HttpResponse<String> response = upload(session, "hash.md",
          markdown.getBytes(StandardCharsets.UTF_8));
      String html = response.body();
      assertEquals(422, response.statusCode(), html);
      assertEquals("Buurt #1 bemiddeling", inputValue(html, "title"), html);
      assertTrue(html.contains(">Wijk #3 doet mee  # klopt</textarea>"), html);
      assertTrue(warningsBeside(html, "title").contains("regel 3 van het bestand"), html);
      assertEquals("", errorsBeside(html, "title"), "the advice is on the file, not the field");
      assertTrue(errorSummary(html).contains("regel 3 van het bestand"), html);
      assertTrue(uploadedFrontMatter(html).contains("title: Buurt #1 bemiddeling"), html);

      HttpResponse<String> saved = session.form("/admin/documents", "csrf=" + session.csrf()
          + "&id=hash-title&title=" + AdminTestApp.Client.encode(inputValue(html, "title"))
          + "&type=practice&language=nl&year=2014&summary=Wijk+%233&forms=mediation"
          + "&body=Tekst.");
      assertEquals(200, saved.statusCode(), saved.body());
      assertEquals("Buurt #1 bemiddeling",
          fixture.search.document("hash-title").orElseThrow().title());
    });
  }

  @Test
  void everyProblemOfTheFormIsReportedInOneRound() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      String taken = fixture.search.allDocuments(nl.buurtkennis.search.SearchRequest.all(), 1)
          .get(0).id();
      HttpResponse<String> conflict = session.form("/admin/documents", "csrf=" + session.csrf()
          + "&id=" + taken + "&title=Dubbel&type=practice&language=nl&year=2031&summary="
          + "&forms=mediation&body=Tekst.");
      String html = conflict.body();
      assertEquals(409, conflict.statusCode(), html);
      assertTrue(errorsBeside(html, "id").contains(taken), html);
      assertTrue(errorsBeside(html, "year").contains("2031"), html);
      assertFalse(errorsBeside(html, "summary").isEmpty(), html);

      HttpResponse<String> badId = session.form("/admin/documents", "csrf=" + session.csrf()
          + "&id=Buurt+Preventie&title=Kapot&type=practice&language=nl&year=2015"
          + "&summary=Iets&forms=mediation&parent=no-such-report&translation=no-such-doc"
          + "&body=Tekst.");
      html = badId.body();
      assertEquals(422, badId.statusCode(), html);
      assertTrue(errorsBeside(html, "id").contains("Buurt Preventie"), html);
      assertTrue(errorsBeside(html, "parent").contains("no-such-report"), html);
      assertTrue(errorsBeside(html, "translation").contains("no-such-doc"), html);
    });
  }

  @Test
  void eachFieldsMessagesStandBetweenItsLabelAndItsControl() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      String html = session.form("/admin/documents", "csrf=" + session.csrf()
          + "&id=Bad+Id&title=&type=&language=nl&year=3000&summary=&url=nope&body=").body();
      for (String field : List.of("id", "title", "type", "year", "summary", "url", "body")) {
        int label = html.indexOf("<label for=\"f-" + field + "\"");
        int errors = html.indexOf("id=\"err-" + field + "\"");
        int control = html.indexOf("id=\"f-" + field + "\"");
        assertTrue(errors >= 0, field + ": " + html);
        assertTrue(label < errors && errors < control, field + " label " + label + ", errors "
            + errors + ", control " + control);
        assertTrue(html.substring(control, html.indexOf('>', control))
            .contains("err-" + field), field + " control is described by its errors");
      }
    });
  }

  /** The front matter the page shows read-only as uploaded, unescaped; null when none. */
  private static String uploadedFrontMatter(String html) {
    Matcher shown = Pattern.compile("<textarea id=\"uploaded-front-matter\" readonly"
        + " rows=\"\\d+\" cols=\"80\" dir=\"auto\">([^<]*)</textarea>").matcher(html);
    return shown.find() ? shown.group(1).replace("&#34;", "\"").replace("&#39;", "'")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") : null;
  }

  @Test
  void aMisspelledOrRepeatedKeyLosesNothingAndADutchNameIsCarriedIntoItsField() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      List<String> before = corpusFiles();
      String misspelled = "---\nid: dutch-keys\ntitel: Buurtpreventie in Delft\ntype: practice\n"
          + "language: nl\nyear: 2019\nsamenvatting: Bewoners lopen samen door de wijk.\n"
          + "forms: [mediation]\nkleur: blauw\n---\nTekst.\n";
      for (String lang : List.of("nl", "en")) {
        String html = upload(session, lang, "nl.md",
            misspelled.getBytes(StandardCharsets.UTF_8)).body();
        assertEquals("Buurtpreventie in Delft", inputValue(html, "title"), html);
        assertTrue(html.contains(">Bewoners lopen samen door de wijk.</textarea>"), html);
        assertTrue(warningsBeside(html, "summary").contains("samenvatting"), html);
        assertTrue(warningsBeside(html, "title").contains("titel"), html);
        assertTrue(html.contains("kleur"), "what has no field is named: " + html);
        assertEquals(misspelled.substring(0, misspelled.indexOf("---\nTekst") + 3),
            uploadedFrontMatter(html), "the file's front matter is shown as it was: " + html);
      }

      String twice = TempCorpus.doc("title-twice", "title: De tweede titel\n", "Tekst.\n");
      HttpResponse<String> repeated = upload(session, "twice.md",
          twice.getBytes(StandardCharsets.UTF_8));
      assertEquals(422, repeated.statusCode(), repeated.body());
      assertEquals("De tweede titel", inputValue(repeated.body(), "title"));
      assertTrue(uploadedFrontMatter(repeated.body()).contains("title: Titel van title-twice"),
          repeated.body());
      assertTrue(warningsBeside(repeated.body(), "title").contains("title"), repeated.body());

      String sane = TempCorpus.doc("sane-upload", "", "Tekst.\n");
      HttpResponse<String> saved = upload(session, "sane.md",
          sane.getBytes(StandardCharsets.UTF_8));
      assertEquals(200, saved.statusCode(), saved.body());
      assertEquals(null, uploadedFrontMatter(saved.body()));
      Files.delete(fixture.corpus.dir().resolve("documents/practices/sane-upload.md"));
      assertEquals(before, corpusFiles(), "nothing else is saved");
    });
  }
}
