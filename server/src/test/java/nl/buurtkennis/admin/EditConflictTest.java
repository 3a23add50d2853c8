package nl.buurtkennis.admin;

import static nl.buurtkennis.admin.AdminTestApp.documentFields;
import static nl.buurtkennis.admin.AdminTestApp.formVersion;
import static nl.buurtkennis.admin.AdminTestApp.param;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two librarians with the same document open: whoever saves second is refused, keeps what they
 * typed, and overwrites nothing; the same for a removal confirmed after someone changed it.
 */
class EditConflictTest {

  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();



  /** The edit form of {@code id} as a librarian fills it in, opened on {@code page}. */
  private static String formOf(AdminTestApp.Session session, String page, String id, String title,
      String body) {
    return "csrf=" + session.csrf() + documentFields(formVersion(page), id, title, body);
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(Files.readAllBytes(file)));
  }

  private static String create(AdminTestApp.Client client, String id) {
    HttpResponse<String> created = client.api("POST", "/api/admin/documents",
        TempCorpus.doc(id, "", "Tekst van " + id + ".\n"));
    assertEquals(201, created.statusCode(), created.body());
    return id;
  }

  @Test
  void theSecondOfTwoEditFormsIsNotSavedAndKeepsWhatWasTyped() throws Exception {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session anna = client.signIn();
      AdminTestApp.Session bram = client.signIn();
      String id = create(client, "twee-redacteuren");
      Path file = fixture.corpus.dir().resolve("documents/practices/twee-redacteuren.md");
      String edit = "/admin/documents/" + id + "/edit";
      String annasForm = anna.get(edit).body();
      String bramsForm = bram.get(edit).body();
      assertEquals(sha256(file), formVersion(annasForm), "the form carries the file's version");

      HttpResponse<String> bramSaves = bram.form(edit, formOf(bram, bramsForm, id,
          "Titel van Bram", "Brams tekst.\n"));
      assertEquals(200, bramSaves.statusCode(), bramSaves.body());
      String afterBram = Files.readString(file);
      assertTrue(afterBram.contains("Titel van Bram"), afterBram);

      HttpResponse<String> annaSaves = anna.form(edit, formOf(anna, annasForm, id,
          "Titel van Anna <&>", "Annas lange tekst, met zorg geschreven.\n"));
      assertEquals(409, annaSaves.statusCode(), annaSaves.body());
      assertEquals(afterBram, Files.readString(file), "Bram's save is kept on disk");
      assertEquals("Titel van Bram", fixture.search.document(id).orElseThrow().title());
      String html = annaSaves.body();
      assertTrue(html.contains("role=\"alert\" id=\"err-outdated\""), html);
      assertTrue(html.contains("iemand anders heeft document twee-redacteuren gewijzigd sinds u"
          + " dit formulier opende"), html);
      assertTrue(html.contains("<a href=\"/admin/documents/twee-redacteuren/edit\""
          + " target=\"_blank\" rel=\"noopener\">Open de huidige versie van twee-redacteuren"
          + " (nieuw tabblad)</a>"), html);
      assertTrue(html.contains("value=\"Titel van Anna &lt;&amp;"), "kept, escaped: " + html);
      assertTrue(html.contains("Annas lange tekst, met zorg geschreven.\n</textarea>"), html);
      assertTrue(html.contains("action=\"/admin/documents/twee-redacteuren/edit\""), html);
      assertEquals(formVersion(annasForm), formVersion(html),
          "saving this form again cannot overwrite Bram's change either");
      HttpResponse<String> again = anna.form(edit, formOf(anna, html, id, "Nog eens",
          "Annas tekst.\n"));
      assertEquals(409, again.statusCode());
      assertEquals(afterBram, Files.readString(file));

      String english = anna.form(edit + "?lang=en", formOf(anna, annasForm, id, "Anna",
          "Annas tekst.\n")).body();
      assertTrue(english.contains("Not saved: someone else changed document twee-redacteuren"
          + " since you opened this form"), english);
      assertTrue(english.contains("href=\"/admin/documents/twee-redacteuren/edit?lang=en\""
          + " target=\"_blank\" rel=\"noopener\">Open the current version"), english);

      // a form opened now, on Bram's version, saves
      String fresh = anna.get(edit).body();
      HttpResponse<String> annaSavesFresh = anna.form(edit, formOf(anna, fresh, id,
          "Titel van Anna", "Annas tekst, na die van Bram.\n"));
      assertEquals(200, annaSavesFresh.statusCode(), annaSavesFresh.body());
      assertTrue(Files.readString(file).contains("Titel van Anna"));
    });
  }

  @Test
  void aFormShownAgainAfterASaveCarriesTheVersionItSaved() throws Exception {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      String id = create(client, "opnieuw-getoond");
      Path file = fixture.corpus.dir().resolve("documents/practices/opnieuw-getoond.md");
      String edit = "/admin/documents/" + id + "/edit";
      String form = session.get(edit).body();
      // English text under language nl: saved, and the form comes back with a warning
      HttpResponse<String> saved = session.form(edit, formOf(session, form, id, "Titel",
          ("The residents of the street meet every week to talk about their safety and what"
              + " they would like the police to do about it. ").repeat(3) + "\n"));
      assertEquals(200, saved.statusCode(), saved.body());
      assertTrue(saved.body().contains("id=\"f-body\""), "the form again: " + saved.body());
      assertEquals(sha256(file), formVersion(saved.body()));
      HttpResponse<String> savedAgain = session.form(edit, formOf(session, saved.body(), id,
          "Titel", "Bewoners van de straat praten elke week over veiligheid.\n"));
      assertEquals(200, savedAgain.statusCode(), savedAgain.body());
      assertTrue(Files.readString(file).contains("elke week"));
    });
  }

  @Test
  void anEditFormOfADocumentRemovedMeanwhileIsNotSavedAndKeepsWhatWasTyped() throws Exception {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      String id = create(client, "weg-intussen");
      Path file = fixture.corpus.dir().resolve("documents/practices/weg-intussen.md");
      String edit = "/admin/documents/" + id + "/edit";
      String form = session.get(edit).body();
      assertEquals(200, client.api("DELETE", "/api/admin/documents/" + id, null).statusCode());

      HttpResponse<String> saved = session.form(edit, formOf(session, form, id, "Mijn titel",
          "Mijn tekst.\n"));
      assertEquals(409, saved.statusCode(), saved.body());
      assertFalse(Files.exists(file), "nothing written");
      String html = saved.body();
      assertTrue(html.contains("iemand anders heeft document weg-intussen verwijderd sinds u dit"
          + " formulier opende"), html);
      assertTrue(html.contains("href=\"/admin/documents/new\" target=\"_blank\""), html);
      assertTrue(html.contains("value=\"Mijn titel\""), html);
      assertTrue(html.contains("Mijn tekst.\n</textarea>"), html);
      assertFalse(html.contains("href=\"/documents/weg-intussen\""), "no link to what is gone");
      assertFalse(html.contains("href=\"/admin/documents/weg-intussen/delete\""), html);
    });
  }

  @Test
  void aNewDocumentWhoseIdWasTakenMeanwhileOverwritesNothing() throws Exception {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session anna = client.signIn();
      AdminTestApp.Session bram = client.signIn();
      Path file = fixture.corpus.dir().resolve("documents/practices/zelfde-id.md");
      String empty = anna.get("/admin/documents/new").body();
      assertEquals("", formVersion(empty), "a new document has no version yet");
      HttpResponse<String> bramAdds = bram.form("/admin/documents", formOf(bram, empty,
          "zelfde-id", "Titel van Bram", "Brams tekst.\n"));
      assertEquals(200, bramAdds.statusCode(), bramAdds.body());
      String brams = Files.readString(file);

      HttpResponse<String> annaAdds = anna.form("/admin/documents", formOf(anna, empty,
          "zelfde-id", "Titel van Anna", "Annas tekst.\n"));
      assertEquals(409, annaAdds.statusCode(), annaAdds.body());
      assertEquals(brams, Files.readString(file));
      assertTrue(annaAdds.body().contains("Er is al een document met id zelfde-id"),
          annaAdds.body());
      assertTrue(annaAdds.body().contains("Annas tekst.\n</textarea>"), annaAdds.body());
    });
  }

  @Test
  void aRemovalConfirmedAfterSomeoneChangedTheDocumentIsRefused() throws Exception {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      String id = create(client, "intussen-gewijzigd");
      Path file = fixture.corpus.dir().resolve("documents/practices/intussen-gewijzigd.md");
      String delete = "/admin/documents/" + id + "/delete";
      String confirm = session.get(delete).body();
      assertEquals(sha256(file), formVersion(confirm));

      String changed = TempCorpus.doc(id, "", "Belangrijke aanvulling.\n")
          .replace("Titel van " + id, "Nieuwe titel");
      assertEquals(200, client.api("PUT", "/api/admin/documents/" + id, changed).statusCode());

      HttpResponse<String> refused = session.form(delete, "csrf=" + session.csrf()
          + param("version", formVersion(confirm)));
      assertEquals(409, refused.statusCode(), refused.body());
      assertEquals(changed, Files.readString(file), "not removed");
      assertTrue(fixture.search.document(id).isPresent());
      String html = refused.body();
      assertTrue(html.contains("Document intussen-gewijzigd is niet verwijderd: iemand anders"
          + " heeft het gewijzigd sinds u deze pagina opende"), html);
      assertTrue(html.contains("<title>Fout: Document intussen-gewijzigd verwijderen"), html);
      assertTrue(confirm.contains("<title>Document intussen-gewijzigd verwijderen"), confirm);
      assertTrue(html.contains("href=\"/admin/documents/intussen-gewijzigd/edit\""
          + " target=\"_blank\" rel=\"noopener\">"), html);
      assertTrue(html.contains("Nieuwe titel"), "the document as it is now: " + html);
      String current = formVersion(html);
      assertNotEquals(formVersion(confirm), current);
      assertEquals(sha256(file), current);

      String english = session.form(delete + "?lang=en", "csrf=" + session.csrf()
          + param("version", formVersion(confirm))).body();
      assertTrue(english.contains("Document intussen-gewijzigd was not deleted: someone else"
          + " changed it since you opened this page"), english);
      assertTrue(Files.exists(file));

      // confirmed again, on the page of the current version, it goes
      HttpResponse<String> deleted = session.form(delete, "csrf=" + session.csrf()
          + param("version", current));
      assertEquals(303, deleted.statusCode(), deleted.body());
      assertFalse(Files.exists(file));
    });
  }
}
