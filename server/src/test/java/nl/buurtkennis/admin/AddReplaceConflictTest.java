package nl.buurtkennis.admin;

import static nl.buurtkennis.admin.AdminTestApp.documentFields;
import static nl.buurtkennis.admin.AdminTestApp.formVersion;
import static nl.buurtkennis.admin.ConsoleForms.documentFormBody;
import static nl.buurtkennis.admin.ConsoleForms.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.analysis.LanguageCheckTest;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The add form with "replace" ticked replaces only the version of the document it was told of
 * (when its id was found taken, or when it was saved): a change someone makes meanwhile is not
 * overwritten, as with two edit forms.
 */
class AddReplaceConflictTest {

  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();

  private static final Map<String, List<String>> TICKED = Map.of("replace", List.of("on"));

  private static void create(AdminTestApp.Client client, String id) {
    HttpResponse<String> created = client.api("POST", "/api/admin/documents",
        TempCorpus.doc(id, "", "Tekst van " + id + ".\n"));
    assertEquals(201, created.statusCode(), created.body());
  }

  /** Anna's edit, saved through the API as the edit form would: the file becomes another. */
  private static String annaEdits(AdminTestApp.Client client, String id) {
    HttpResponse<String> put = client.api("PUT", "/api/admin/documents/" + id,
        TempCorpus.doc(id, "", "Annas zorgvuldige nieuwe tekst.\n"));
    assertEquals(200, put.statusCode(), put.body());
    return put.body();
  }

  private Path file(String id) {
    return fixture.corpus.dir().resolve("documents/practices/" + id + ".md");
  }

  @Test
  void replacingAfterTheIdWasFoundTakenDoesNotOverwriteAChangeMadeMeanwhile() throws Exception {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session bram = client.signIn();
      String id = "vervangen-na-wijziging";
      create(client, id);
      String before = DocumentVersion.of(Files.readAllBytes(file(id)));

      HttpResponse<String> taken = bram.form("/admin/documents", "csrf=" + bram.csrf()
          + documentFields(null, id, "Titel van Bram", "Brams tekst.\n"));
      assertEquals(409, taken.statusCode(), taken.body());
      assertEquals(before, formVersion(taken.body()),
          "the 409 carries the version of the document it would replace");

      annaEdits(client, id);
      String annas = Files.readString(file(id));
      HttpResponse<String> replaced = bram.form("/admin/documents",
          documentFormBody(taken.body(), TICKED));
      assertEquals(409, replaced.statusCode(), replaced.body());
      assertEquals(annas, Files.readString(file(id)), "Anna's edit is kept");
      String html = replaced.body();
      assertTrue(html.contains("id=\"err-outdated\""), html);
      assertTrue(html.contains("document vervangen-na-wijziging is gewijzigd nadat dit formulier"
          + " zei dat het al bestond"), html);
      assertTrue(html.contains("value=\"Titel van Bram\""), "Bram's text is kept: " + html);
      assertTrue(html.contains("Brams tekst."), html);
      HttpResponse<String> again = bram.form("/admin/documents",
          documentFormBody(html, TICKED));
      assertEquals(409, again.statusCode(), "saving it again is refused too");
      assertEquals(annas, Files.readString(file(id)));

      // told of the taken id again, it now replaces the version it was told of
      HttpResponse<String> toldAgain = bram.form("/admin/documents", "csrf=" + bram.csrf()
          + documentFields(null, id, "Titel van Bram", "Brams tekst.\n"));
      assertEquals(409, toldAgain.statusCode());
      HttpResponse<String> done = bram.form("/admin/documents",
          documentFormBody(toldAgain.body(), TICKED));
      assertEquals(200, done.statusCode(), done.body());
      assertEquals("Titel van Bram", fixture.search.document(id).orElseThrow().title());
    });
  }

  @Test
  void anUploadWhoseIdIsTakenReplacesOnlyTheVersionItWasToldOf() throws Exception {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session bram = client.signIn();
      String id = "upload-na-wijziging";
      create(client, id);
      String before = DocumentVersion.of(Files.readAllBytes(file(id)));
      HttpResponse<String> taken = upload(bram, "nl", id + ".md",
          TempCorpus.doc(id, "", "Geüploade tekst van Bram.\n").getBytes(StandardCharsets.UTF_8));
      assertEquals(409, taken.statusCode(), taken.body());
      assertEquals(before, formVersion(taken.body()));

      annaEdits(client, id);
      String annas = Files.readString(file(id));
      HttpResponse<String> replaced = bram.form("/admin/documents",
          documentFormBody(taken.body(), TICKED));
      assertEquals(409, replaced.statusCode(), replaced.body());
      assertEquals(annas, Files.readString(file(id)), "Anna's edit is kept");
      assertTrue(replaced.body().contains("Geüploade tekst van Bram."), replaced.body());
    });
  }

  @Test
  void theFormShownAgainAfterASaveReplacesOnlyWhatWasSaved() throws Exception {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session bram = client.signIn();
      String id = "taalnotitie-na-wijziging";
      String fields = "csrf=" + bram.csrf() + documentFields(null, id, "Walking together",
          LanguageCheckTest.ENGLISH);
      HttpResponse<String> saved = bram.form("/admin/documents", fields);
      assertEquals(200, saved.statusCode(), saved.body());
      assertTrue(saved.body().contains("warn-language"), "shown again with a note: "
          + saved.body());
      assertEquals(DocumentVersion.of(Files.readAllBytes(file(id))), formVersion(saved.body()),
          "the form shown again carries the saved version");

      annaEdits(client, id);
      String annas = Files.readString(file(id));
      HttpResponse<String> again = bram.form("/admin/documents",
          documentFormBody(saved.body(), Map.of("language", List.of("en"))));
      assertEquals(409, again.statusCode(), again.body());
      assertEquals(annas, Files.readString(file(id)), "Anna's edit is kept");
    });
  }

  @Test
  void theApisRefusalOfATakenIdCarriesTheExistingVersionToReplaceWithIfMatch() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      String id = "api-bestaat-al";
      create(client, id);
      HttpResponse<String> source = client.api("GET", "/api/admin/documents/" + id, null);
      String etag = source.headers().firstValue("ETag").orElseThrow();
      HttpResponse<String> taken = client.api("POST", "/api/admin/documents",
          TempCorpus.doc(id, "", "Andere tekst.\n"));
      assertEquals(409, taken.statusCode(), taken.body());
      assertEquals(etag, taken.headers().firstValue("ETag").orElse(null), taken.body());
      assertTrue(taken.body().contains("If-Match"), taken.body());
    });
  }
}
