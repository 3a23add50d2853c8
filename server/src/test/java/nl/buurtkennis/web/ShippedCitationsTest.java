package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.buurtkennis.export.StrictRis;
import nl.buurtkennis.search.FixtureIndex;
import nl.buurtkennis.search.SearchIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a researcher gets when citing or exporting the shipped corpus: every document is a text
 * Buurtkennis wrote from a source, so it is cited as Buurtkennis's web page, with the source and
 * the source's year named, the same facts in every format.
 */
class ShippedCitationsTest {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final String XML = "http://www.w3.org/XML/1998/namespace";
  /** 01:00 UTC on 5 December 2026 is 02:00 in the Netherlands, the same day. */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T01:00:00Z"),
      ZoneOffset.UTC);
  private static final String REPORT_SOURCE = "Marco van der Land, Bas van Stokkom en Hans "
      + "Boutellier, Burgers in veiligheid. Een inventarisatie van burgerparticipatie op het domein "
      + "van de sociale veiligheid (juli 2014), Vrije Universiteit Amsterdam, Leerstoel Veiligheid "
      + "en Burgerschap; auteursrecht WODC, Ministerie van Veiligheid en Justitie; op basis van de "
      + "Engelse samenvatting 'Citizens in security. Taking stock of citizen participation in "
      + "social safety'; in eigen woorden weergegeven voor Buurtkennis";
  private static final String REPORT_TITLE = "Burgers in veiligheid: een inventarisatie van "
      + "burgerparticipatie op het domein van de sociale veiligheid";
  private static final String ENGLISH_REPORT_TITLE = "Citizens in security: taking stock of "
      + "citizen participation in social safety";

  @TempDir
  static Path temp;
  private static SearchIndex index;

  @BeforeAll
  static void open() throws Exception {
    index = FixtureIndex.shipped(temp);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  /**
   * The report a document is part of is named in the page's language where it has a
   * translation, and marked with the language it is named in.
   */
  @Test
  void theReportADocumentIsPartOfIsMarkedWithItsLanguage() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(index)), (server, client) -> {
      String en = client.get("/documents/buurtpreventie?lang=en").body().string();
      assertTrue(en.contains("<a href=\"/documents/citizens-in-security?lang=en\" hreflang=\"en\""
          + " lang=\"en\">" + ENGLISH_REPORT_TITLE + "</a>"), en);
      String nl = client.get("/documents/neighbourhood-watch").body().string();
      assertTrue(nl.contains("<a href=\"/documents/burgers-in-veiligheid\" hreflang=\"nl\""
          + " lang=\"nl\">" + REPORT_TITLE + "</a>"), nl);
    });
  }

  @Test
  void theCitedSourceIsMarkedWithTheLanguageOfTheSourceSection() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(index)), (server, client) -> {
      String en = client.get("/documents/buurtvaders?lang=en").body().string();
      String dutchSource = "Burgers in veiligheid (2014), English summary, vorm 'toezicht' "
          + "(voorbeeld 'neighbourhood fathers'), algemene knelpunten, voorwaarden en "
          + "opbrengsten; de werkwijze, organisatie en ondersteuning van buurtvaders en het bestaan "
          + "van buurtmoeders komen niet uit dat onderzoek maar uit algemene publieke informatie "
          + "zonder jaartal; beschrijving in eigen woorden voor Buurtkennis";
      assertTrue(en.contains("<p lang=\"nl\">" + dutchSource + "</p>"), "the source section");
      assertTrue(en.contains("Based on a source from 2014: <span lang=\"nl\"><bdi>" + dutchSource
          + "</bdi></span>. Retrieved "), en);
      String nl = client.get("/documents/neighbourhood-fathers").body().string();
      assertTrue(nl.contains("Gebaseerd op een bron uit 2014: <span lang=\"en\"><bdi>Burgers in "
          + "veiligheid (2014), English summary 'Citizens in security'"), nl);
    });
  }

  @Test
  void theTextCitationNamesBuurtkennisTheSourceWithItsYearAndTheAccessDate() {
    JavalinTest.test(app(), (server, client) -> {
      String page = client.getOrigin() + "/documents/burgers-in-veiligheid";
      assertEquals("Buurtkennis. (n.d.). " + REPORT_TITLE + ". Based on a source from 2014: "
          + REPORT_SOURCE + ". Retrieved December 5, 2026, from " + page + "?lang=en",
          get(client, "/api/documents/burgers-in-veiligheid/cite?format=text&lang=en"));
      assertEquals("Buurtkennis. (z.d.). " + REPORT_TITLE + ". Gebaseerd op een bron uit 2014: "
          + REPORT_SOURCE + ". Geraadpleegd op 5 december 2026, van " + page,
          get(client, "/api/documents/burgers-in-veiligheid/cite?format=text"));
    });
  }

  @Test
  void bibtexCitesAWebPageByBuurtkennisWithoutPassingTheSourcesYearOffAsItsOwn() {
    JavalinTest.test(app(), (server, client) -> {
      BibTeXEntry entry = bibtex(get(client,
          "/api/documents/burgers-in-veiligheid/cite?format=bibtex&lang=en"), "burgers-in-veiligheid");
      assertEquals("misc", entry.getType().getValue());
      assertEquals("{Buurtkennis}", field(entry, "author"), "one corporate name");
      assertEquals("Buurtkennis", field(entry, "publisher"));
      assertEquals("Web page, Buurtkennis", field(entry, "howpublished"));
      assertEquals(client.getOrigin() + "/documents/burgers-in-veiligheid?lang=en",
          field(entry, "url"));
      assertEquals("2026-12-05", field(entry, "urldate"));
      assertEquals("Based on a source from 2014: " + REPORT_SOURCE + ".", field(entry, "note"));
      assertNull(entry.getField(new Key("year")), "2014 is the source's year, not the page's");
    });
  }

  @Test
  void risCitesAWebPageByBuurtkennisWithTheAccessDateAndTheSource() {
    JavalinTest.test(app(), (server, client) -> {
      Map<String, List<String>> record = StrictRis.parse(get(client,
          "/api/documents/burgers-in-veiligheid/cite?format=ris&lang=en")).get(0);
      assertEquals(List.of("ELEC"), record.get("TY"));
      assertEquals(List.of("Buurtkennis"), record.get("AU"));
      assertEquals(List.of("Buurtkennis"), record.get("PB"));
      assertEquals(List.of("2026/12/05"), record.get("Y2"));
      assertEquals(List.of(client.getOrigin() + "/documents/burgers-in-veiligheid?lang=en"),
          record.get("UR"));
      assertEquals(List.of("Based on a source from 2014: " + REPORT_SOURCE), record.get("N1"));
      assertFalse(record.containsKey("PY"), "2014 is the source's year, not the page's");
    });
  }

  @Test
  void thePracticesOrganisationsAreNamedAsInvolvedInEveryFormat() {
    JavalinTest.test(app(), (server, client) -> {
      String cite = "/api/documents/police-app/cite?lang=en&format=";
      String involved = "Organisations involved: Politie";
      assertTrue(get(client, cite + "text").contains(". " + involved + ". Retrieved "),
          get(client, cite + "text"));
      assertEquals(involved, StrictRis.parse(get(client, cite + "ris")).get(0).get("N1").get(1));
      assertTrue(field(bibtex(get(client, cite + "bibtex"), "police-app"), "note")
          .endsWith(". " + involved + "."));
      assertEquals("Betrokken organisaties: Politie", StrictRis.parse(get(client,
          "/api/documents/politie-app/cite?format=ris")).get(0).get("N1").get(1));
    });
  }

  @Test
  void aWatchResidentsStartThemselvesNamesNoOrganisation() {
    JavalinTest.test(app(), (server, client) -> {
      String text = get(client, "/api/documents/burgerwacht/cite?format=text");
      assertTrue(text.contains("Gebaseerd op een bron uit 2014"), text);
      assertFalse(text.contains("organisaties") || text.contains("Politie"), text);
      assertEquals(1, StrictRis.parse(get(client, "/api/documents/burgerwacht/cite?format=ris"))
          .get(0).get("N1").size());
    });
  }

  @Test
  void aSourceWithoutAYearIsCitedAsUndatedNotWithTheYearTheTextWasWritten() {
    JavalinTest.test(app(), (server, client) -> {
      String cite = "/api/documents/waaks/cite?format=";
      String note = "Gebaseerd op een bron zonder jaartal: Algemene publieke informatie over"
          + " WAAKS-initiatieven";
      String text = get(client, cite + "text");
      assertTrue(text.contains(note), text);
      assertFalse(text.contains("2026. ") || text.contains("bron uit"), text);
      assertTrue(StrictRis.parse(get(client, cite + "ris")).get(0).get("N1").get(0)
          .startsWith(note));
      assertTrue(field(bibtex(get(client, cite + "bibtex"), "waaks"), "note").startsWith(note));
      assertTrue(get(client, "/api/documents/anonymous-crime-reporting/cite?lang=en&format=text")
          .contains("Based on an undated source: General public information about Meld Misdaad"));
      Element entry = entry(xml(get(client, "/feed?q=WAAKS")),
          client.getOrigin() + "/documents/waaks");
      assertEquals("1950-01-01T00:00:00Z", child(entry, ATOM, "updated").getTextContent(),
          "older than every dated entry, the same in every copy of the corpus: not its file's time");
      assertEquals(0, entry.getElementsByTagNameNS(DC, "date").getLength(), "no year made up");
      assertEquals("", row(get(client, "/api/export?format=csv&q=WAAKS"), "waaks").get("year"));
    });
  }

  @Test
  void csvHasTheSummaryAndFacetLabelsInTheRequestsLanguageWithTheIdsAtTheEnd() {
    JavalinTest.test(app(), (server, client) -> {
      String english = get(client, "/api/export?format=csv&lang=en&q=politie-app");
      assertTrue(english.startsWith("\uFEFFid,title,summary,"), english);
      assertFalse(english.replace("\r\n", "").contains("\n"), "CRLF, and no line break in a cell");
      Map<String, String> app = row(english, "police-app");
      assertTrue(app.get("summary").startsWith("A police app is a smartphone application"));
      assertEquals("Gathering and sharing information", app.get("forms"));
      assertEquals("Social exclusion; Privacy; False alarms", app.get("issues"));
      assertEquals("Practice", app.get("type"));
      assertEquals("English", app.get("language"));
      assertEquals("Descriptive", app.get("evidence"));
      assertEquals("information", app.get("form_ids"));
      assertEquals("social-exclusion; privacy; false-alarms", app.get("issue_ids"));
      assertEquals("practice", app.get("type_id"));
      assertEquals("en", app.get("language_id"));
      assertEquals("descriptive", app.get("evidence_id"));

      Map<String, String> dutch = row(get(client, "/api/export?format=csv&q=politie-app"),
          "police-app");
      assertEquals("Informatie verzamelen en delen", dutch.get("forms"));
      assertEquals("Praktijkvoorbeeld", dutch.get("type"));
      assertEquals("Engels", dutch.get("language"));
      assertEquals(app.get("summary"), dutch.get("summary"), "the document's own text");
    });
  }

  @Test
  void everyFeedEntryNamesBuurtkennisAndTheSourceAndAnEnglishFeedSpeaksEnglish() {
    JavalinTest.test(app(), (server, client) -> {
      Element feed = xml(get(client, "/feed?lang=en"));
      NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
      assertTrue(entries.getLength() > 40, "the whole corpus");
      for (int i = 0; i < entries.getLength(); i++) {
        Element entry = (Element) entries.item(i);
        String id = child(entry, ATOM, "id").getTextContent();
        assertEquals("Buurtkennis", child(child(entry, ATOM, "author"), ATOM, "name")
            .getTextContent(), id);
        // Every shipped document names its source, in its own language, as its title is.
        Element source = child(entry, DC, "source");
        assertTrue(source != null && source.getTextContent().contains("Buurtkennis"), id);
        assertEquals(lang(child(entry, ATOM, "title")), lang(source), id);
      }
      Element politieApp = entry(feed, client.getOrigin() + "/documents/politie-app");
      assertEquals("Gathering and sharing information",
          child(politieApp, ATOM, "category").getAttribute("label"));
      assertEquals("Organisations involved: Politie",
          child(politieApp, DC, "relation").getTextContent());
      Element dutch = entry(xml(get(client, "/feed")),
          client.getOrigin() + "/documents/politie-app");
      assertTrue(child(dutch, DC, "source").getTextContent()
          .startsWith("Burgers in veiligheid (2014)"));
      Element englishSource = child(entry(feed, client.getOrigin()
          + "/documents/neighbourhood-fathers"), DC, "source");
      assertTrue(englishSource.getTextContent().startsWith("Burgers in veiligheid (2014), English "
          + "summary 'Citizens in security'"));
      assertEquals("en", lang(englishSource));
      Element dutchSource = child(entry(feed, client.getOrigin() + "/documents/buurtvaders"), DC,
          "source");
      assertTrue(dutchSource.getTextContent().endsWith("beschrijving in eigen woorden voor "
          + "Buurtkennis"));
      assertEquals("nl", lang(dutchSource), "a Dutch source in the English feed");
    });
  }

  private static Javalin app() {
    ExportController exports = new ExportController(UnhurriedSearch.of(index),
        SiteAddress.fromRequests(), CLOCK);
    return Javalin.create(config -> {
      config.routes.get("/api/export", exports::export);
      config.routes.get("/api/documents/{id}/cite", exports::cite);
      config.routes.get("/feed", exports::feed);
    });
  }

  private static String get(HttpClient client, String path) throws Exception {
    var response = client.get(path);
    assertEquals(200, response.code(), path);
    return response.body().string();
  }

  private static BibTeXEntry bibtex(String text, String key) throws Exception {
    BibTeXParser parser = new BibTeXParser();
    BibTeXDatabase db = parser.parse(new StringReader(text));
    assertTrue(parser.getExceptions().isEmpty(), parser.getExceptions().toString());
    BibTeXEntry entry = db.resolveEntry(new Key(key));
    assertTrue(entry != null, text);
    return entry;
  }

  private static String field(BibTeXEntry entry, String name) {
    assertTrue(entry.getField(new Key(name)) != null, "no field " + name);
    return entry.getField(new Key(name)).toUserString();
  }

  private static Map<String, String> row(String csv, String id) throws Exception {
    assertTrue(csv.startsWith("\uFEFF"), "no byte-order mark");
    List<Map<String, String>> rows;
    try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv.substring(1))) {
      rows = new ArrayList<>(it.readAll());
    }
    return rows.stream().filter(r -> id.equals(r.get("id"))).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + id));
  }

  private static Element entry(Element feed, String id) {
    NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
    for (int i = 0; i < entries.getLength(); i++) {
      Element entry = (Element) entries.item(i);
      if (id.equals(child(entry, ATOM, "id").getTextContent())) {
        return entry;
      }
    }
    throw new AssertionError("no entry " + id);
  }

  /** The language {@code element}'s text is in: its own xml:lang or its nearest ancestor's. */
  private static String lang(Element element) {
    for (org.w3c.dom.Node node = element; node instanceof Element e; node = e.getParentNode()) {
      if (e.hasAttributeNS(XML, "lang")) {
        return e.getAttributeNS(XML, "lang");
      }
    }
    return null;
  }

  private static Element child(Element parent, String ns, String name) {
    return (Element) parent.getElementsByTagNameNS(ns, name).item(0);
  }

  private static Element xml(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
        .getDocumentElement();
  }
}
