package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.buurtkennis.export.StrictRis;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Exports, citations and the feed through Javalin's test tools, held against /api/search. */
class ExportControllerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String XML = "http://www.w3.org/XML/1998/namespace";
  /** Searches with different sizes of result, down to none. */
  private static final String[] SEARCHES = {"", "q=bewoners", "form=citizen-surveillance",
      "language=en&lang=en", "benefit=feelings&year_from=2015", "q=nergens-te-vinden-xyz",
      "type=practice&sort=oldest&size=1&page=2"};

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  @Test
  void csvHasOneRowPerHitOfTheSameSearchAndNamesTheSearch() {
    JavalinTest.test(app(), (server, client) -> {
      String base = client.getOrigin();
      for (String search : SEARCHES) {
        Response response = client.get("/api/export?format=csv&" + search);
        assertEquals(200, response.code(), search);
        List<Map<String, String>> rows = csv(response.body().string());
        assertEquals(ids(client, search), rows.stream().map(r -> r.get("id")).toList(), search);
        // The search page the export came from, from its first page and at the page's own size:
        // the export holds them all, and reads neither page nor size.
        String query = search.replaceAll("&?(page|size)=\\d+", "");
        String searchUrl = base + "/" + (query.isEmpty() ? "" : "?" + query);
        for (Map<String, String> row : rows) {
          assertEquals(searchUrl, row.get("search_url"), search);
          assertEquals(base + "/documents/" + row.get("id") + pageLang(search),
              row.get("document_url"), search);
        }
      }
    });
  }

  @Test
  void risHasOneStrictRecordPerHit() {
    JavalinTest.test(app(), (server, client) -> {
      for (String search : SEARCHES) {
        String ris = client.get("/api/export?format=ris&" + search).body().string();
        List<Map<String, List<String>>> records = StrictRis.parse(ris);
        assertEquals(ids(client, search).stream()
            .map(id -> client.getOrigin() + "/documents/" + id + pageLang(search)).toList(),
            records.stream().map(r -> r.get("UR").get(0)).toList(), search);
        String foundWith = pageLang(search).isEmpty() ? "Gevonden met: " : "Found with: ";
        records.forEach(r -> assertTrue(r.get("N1").get(r.get("N1").size() - 1)
            .startsWith(foundWith + client.getOrigin() + "/"), search));
      }
    });
  }

  @Test
  void bibtexHasOneParsedEntryPerHit() {
    JavalinTest.test(app(), (server, client) -> {
      for (String search : SEARCHES) {
        String bibtex = client.get("/api/export?format=bibtex&" + search).body().string();
        String exported = pageLang(search).isEmpty() ? "Geëxporteerd uit Buurtkennis: "
            : "Exported from Buurtkennis: ";
        assertTrue(bibtex.startsWith("@comment{" + exported + client.getOrigin() + "/"), bibtex);
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(bibtex));
        assertEquals(ids(client, search),
            db.getEntries().keySet().stream().map(Key::getValue).toList(), search);
        for (String id : ids(client, search)) {
          assertEquals(client.getOrigin() + "/documents/" + id + pageLang(search),
              db.resolveEntry(new Key(id)).getField(new Key("url")).toUserString(), search);
        }
      }
    });
  }

  @Test
  void exportsAreDownloadsWithTheirMediaTypeAndADatedFileName() {
    JavalinTest.test(app(), (server, client) -> {
      String[][] formats = {{"csv", "text/csv", "csv"},
          {"ris", "application/x-research-info-systems", "ris"},
          {"bibtex", "application/x-bibtex", "bib"}};
      for (String[] format : formats) {
        Response response = client.get("/api/export?format=" + format[0] + "&q=bewoners");
        assertTrue(header(response, "Content-Type").startsWith(format[1]),
            header(response, "Content-Type"));
        assertTrue(header(response, "Content-Disposition").matches(
            "attachment; filename=\"buurtkennis-\\d{4}-\\d{2}-\\d{2}\\." + format[2] + "\""),
            header(response, "Content-Disposition"));
      }
      for (String[] format : formats) {
        assertTrue(header(client.get("/api/export?format=" + format[0]), "Content-Type")
            .toLowerCase(java.util.Locale.ROOT).replace(" ", "").contains("charset=utf-8"),
            format[0]);
      }
    });
  }

  @Test
  void csvAloneStartsWithAUtf8ByteOrderMarkSoThatExcelReadsItAsUtf8() {
    JavalinTest.test(app(), (server, client) -> {
      Response csv = client.get("/api/export?format=csv&q=bewoners");
      assertEquals("text/csv; charset=utf-8", header(csv, "Content-Type"));
      // The client decodes UTF-8: the bytes EF BB BF arrive as the one character U+FEFF.
      assertTrue(csv.body().string().startsWith("\uFEFFid,"), "no byte-order mark");
      for (String format : new String[] {"ris", "bibtex"}) {
        String other = client.get("/api/export?format=" + format + "&q=bewoners").body().string();
        assertFalse(other.contains("\uFEFF"), format);
      }
    });
  }

  @Test
  void aSemicolonCsvHoldsTheSameRowsAsTheCommaOneWithTheByteOrderMark() {
    JavalinTest.test(app(), (server, client) -> {
      String comma = client.get("/api/export?format=csv&q=bewoners").body().string();
      String semicolon = client.get("/api/export?format=csv&delimiter=semicolon&q=bewoners")
          .body().string();
      assertTrue(semicolon.startsWith("\uFEFFid;title;summary;"), semicolon);
      assertFalse(semicolon.contains("sep="), "Excel would leave UTF-8 for a sep= line");
      List<Map<String, String>> rows = csv(semicolon, ';');
      assertFalse(rows.isEmpty());
      assertEquals(csv(comma), rows);
      assertEquals(comma, client.get("/api/export?format=csv&delimiter=comma&q=bewoners")
          .body().string());
      assertEquals(client.get("/api/export?format=ris&q=bewoners").body().string(),
          client.get("/api/export?format=ris&delimiter=semicolon&q=bewoners").body().string(),
          "RIS has no cells to separate");
      JsonNode bad = json(client.get("/api/export?format=csv&delimiter=tab&lang=en"));
      assertEquals("invalid_delimiter", bad.get("error").asText());
      assertEquals("delimiter must be comma or semicolon", bad.get("message").asText());
    });
  }

  @Test
  void aFormatWithoutCellsLeavesEvenAnUnknownDelimiterUnchecked() {
    JavalinTest.test(app(), (server, client) -> {
      for (String format : List.of("ris", "bibtex")) {
        for (String delimiter : List.of("delimiter=tab", "delimiter=comma&delimiter=semicolon")) {
          var response = client.get("/api/export?format=" + format + "&" + delimiter
              + "&q=bewoners");
          assertEquals(200, response.code(), format + " " + delimiter);
          assertEquals(client.get("/api/export?format=" + format + "&q=bewoners").body().string(),
              response.body().string(), format);
        }
      }
    });
  }

  @Test
  void theFileNameCarriesTheDateInTheNetherlands() {
    Clock newYearsEve = Clock.fixed(Instant.parse("2024-12-31T23:30:00Z"), ZoneOffset.UTC);
    ExportController exports = new ExportController(UnhurriedSearch.of(fixture.index()),
        SiteAddress.fromRequests(), newYearsEve);
    Javalin app = Javalin.create(config -> config.routes.get("/api/export", exports::export));
    JavalinTest.test(app, (server, client) -> assertEquals(
        "attachment; filename=\"buurtkennis-2025-01-01.ris\"",
        header(client.get("/api/export?format=ris"), "Content-Disposition")));
  }

  @Test
  void aBadOrMissingFormatOrSearchParameterIs400NamingIt() {
    JavalinTest.test(app(), (server, client) -> {
      assertBadRequest(client, "/api/export?format=xlsx", "format");
      assertBadRequest(client, "/api/export", "format");
      assertBadRequest(client, "/api/export?format=CSV", "format");
      assertBadRequest(client, "/api/export?format=csv&form=nonsense", "form");
      assertBadRequest(client, "/api/export?format=csv&delimiter=tab", "delimiter");
      assertBadRequest(client, "/api/export?format=csv&delimiter=%3B", "delimiter");
      assertBadRequest(client, "/api/export?format=csv&delimiter=comma&delimiter=semicolon",
          "delimiter");
      assertBadRequest(client, "/api/documents/nl-preventie/cite?format=csv", "format");
      assertBadRequest(client, "/api/documents/nl-preventie/cite", "format");
      assertBadRequest(client, "/feed?sort=random", "sort");
      assertBadRequest(client, "/feed?year_from=x", "year_from");
    });
  }

  /**
   * The feed says when it last changed (the newest of its own and its entries' updated) and a
   * reader holding that version gets a 304 without a body.
   */
  @Test
  void theFeedHasLastModifiedAndAnswersIfModifiedSinceWith304() {
    JavalinTest.test(app(), (server, client) -> {
      RawHttp.Answer first = RawHttp.get(server.port(), "/feed?q=bewoners");
      assertEquals(200, first.status());
      String lastModified = first.header("Last-Modified");
      assertTrue(lastModified != null && lastModified.matches(
          "[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"),
          "an IMF-fixdate: " + first.headers());
      Instant modified = java.time.ZonedDateTime.parse(lastModified,
          java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Element feed = xml(first.body()).getDocumentElement();
      Instant newest = Instant.parse(child(feed, "updated").getTextContent());
      NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
      for (int i = 0; i < entries.getLength(); i++) {
        Instant updated = Instant.parse(child((Element) entries.item(i), "updated")
            .getTextContent());
        newest = updated.isAfter(newest) ? updated : newest;
      }
      assertEquals(newest.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), modified);
      RawHttp.Answer held = feedSince(server.port(), lastModified);
      assertEquals(304, held.status());
      assertEquals("", held.body());
      assertEquals(lastModified, held.header("Last-Modified"));
      String before = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
          .format(modified.minusSeconds(1).atZone(ZoneOffset.UTC));
      assertEquals(200, feedSince(server.port(), before).status());
      assertEquals(200, feedSince(server.port(), "gisteren").status(), "an unreadable date");
    });
  }

  /**
   * An entry is dated by its document's year, which every copy of the corpus has alike, and not
   * by when its file was written (a fresh clone's files are all new).
   */
  @Test
  void eachFeedEntryIsDatedByItsSourcesYearNotByItsFile() {
    JavalinTest.test(app(), (server, client) -> {
      Map<String, JsonNode> years = new java.util.HashMap<>();
      json(client.get("/api/search?size=100")).get("hits")
          .forEach(hit -> years.put(hit.get("id").asText(), hit.get("year")));
      Element feed = xml(client.get("/feed").body().string()).getDocumentElement();
      NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
      assertTrue(entries.getLength() > 0);
      for (int i = 0; i < entries.getLength(); i++) {
        Element entry = (Element) entries.item(i);
        String id = child(entry, "id").getTextContent()
            .replace(client.getOrigin() + "/documents/", "");
        JsonNode year = years.get(id);
        String expected = year == null || year.isNull() ? "1950-01-01T00:00:00Z"
            : year.asInt() + "-01-01T00:00:00Z";
        assertEquals(expected, child(entry, "updated").getTextContent(), id);
      }
    });
  }

  private static RawHttp.Answer feedSince(int port, String since) throws Exception {
    return RawHttp.send(port, ("GET /feed?q=bewoners HTTP/1.1\r\nHost: localhost\r\n"
        + "If-Modified-Since: " + since + "\r\nConnection: close\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void theFeedIsWellFormedAtomOfTheSearchNewestFirst() {
    JavalinTest.test(app(), (server, client) -> {
      for (String search : SEARCHES) {
        Response response = client.get("/feed?" + search);
        assertEquals(200, response.code(), search);
        assertTrue(header(response, "Content-Type").startsWith("application/atom+xml"));
        Element feed = xml(response.body().string()).getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        List<Integer> years = new ArrayList<>();
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
          String updated = child((Element) entries.item(i), "updated").getTextContent();
          years.add(Instant.parse(updated).atZone(ZoneOffset.UTC).getYear());
        }
        long total = json(client.get("/api/search?" + search)).get("total").asLong();
        assertEquals(Math.min(total, ExportController.MAX_FEED_ENTRIES), entries.getLength(),
            search);
        if (!search.contains("sort=")) {
          assertEquals(years.stream().sorted(java.util.Comparator.reverseOrder()).toList(), years,
              search);
          assertEquals(ids(client, search + "&sort=newest"), entryIds(feed, client.getOrigin()));
        }
        String self = link(feed, "self");
        assertEquals(self, child(feed, "id").getTextContent());
        assertTrue(self.startsWith(client.getOrigin() + "/feed"), self);
        assertTrue(link(feed, "alternate").startsWith(client.getOrigin() + "/?"));
        Instant.parse(child(feed, "updated").getTextContent());
      }
    });
  }

  @Test
  void theFeedTitleNamesTheQueryAndFiltersAndItsSelfLinkGivesTheSameFeed() {
    JavalinTest.test(app(), (server, client) -> {
      Element feed = xml(client.get("/feed?q=bewoners&form=citizen-surveillance&year_from=2010")
          .body().string()).getDocumentElement();
      String title = child(feed, "title").getTextContent();
      assertEquals(
          "Buurtkennis: “bewoners” · Vorm van participatie: Toezicht · Jaar: 2010–…", title);
      String english = child(xml(client.get("/feed?lang=en").body().string())
          .getDocumentElement(), "title").getTextContent();
      assertEquals("Buurtkennis: all documents", english);

      Element byOldest = xml(client.get("/feed?sort=oldest").body().string()).getDocumentElement();
      String self = link(byOldest, "self");
      assertTrue(self.endsWith("/feed?sort=oldest"), self);
      assertEquals(ids(client, "sort=oldest"), entryIds(byOldest, client.getOrigin()));
      Element byRelevance = xml(client.get("/feed?q=bewoners&sort=relevance").body().string())
          .getDocumentElement();
      String relevanceSelf = link(byRelevance, "self");
      assertTrue(relevanceSelf.endsWith("sort=relevance"), relevanceSelf);
      String path = relevanceSelf.substring(relevanceSelf.indexOf("/feed"));
      assertEquals(entryIds(byRelevance, client.getOrigin()),
          entryIds(xml(client.get(path).body().string()).getDocumentElement(), client.getOrigin()));
    });
  }

  @Test
  void anEnglishFeedLinksTheEnglishPagesAndADutchFeedTheDutchOnes() {
    JavalinTest.test(app(), (server, client) -> {
      String origin = client.getOrigin();
      Element english = xml(client.get("/feed?q=bewoners&lang=en").body().string())
          .getDocumentElement();
      assertTrue(link(english, "alternate").endsWith("lang=en"), link(english, "alternate"));
      List<String> pages = entryLinks(english);
      assertFalse(pages.isEmpty());
      for (String page : pages) {
        assertTrue(page.startsWith(origin + "/documents/") && page.endsWith("?lang=en"), page);
        String html = client.get(page.substring(origin.length())).body().string();
        assertTrue(html.contains("<html lang=\"en\">"), page);
      }
      assertEquals(entryIds(english, origin).stream().map(id -> origin + "/documents/" + id)
          .toList(), pages.stream().map(page -> page.replace("?lang=en", "")).toList(),
          "the ids stay the language-neutral pages");

      Element dutch = xml(client.get("/feed?q=bewoners").body().string()).getDocumentElement();
      assertFalse(link(dutch, "alternate").contains("lang="), link(dutch, "alternate"));
      assertEquals(entryIds(dutch, origin).stream().map(id -> origin + "/documents/" + id)
          .toList(), entryLinks(dutch));
    });
  }

  @Test
  void eachFeedEntryDeclaresItsDocumentsLanguageWhereItIsNotTheFeeds() {
    JavalinTest.test(app(), (server, client) -> {
      Map<String, String> languages = new java.util.HashMap<>();
      json(client.get("/api/search?size=100")).get("hits")
          .forEach(h -> languages.put(h.get("id").asText(), h.get("language").asText()));
      assertTrue(languages.containsValue("nl") && languages.containsValue("en"), "both languages");
      for (String feedLang : List.of("nl", "en")) {
        Element feed = xml(client.get("/feed?lang=" + feedLang).body().string())
            .getDocumentElement();
        assertEquals(feedLang, feed.getAttributeNS(XML, "lang"));
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertTrue(entries.getLength() > 0);
        for (int i = 0; i < entries.getLength(); i++) {
          Element entry = (Element) entries.item(i);
          String id = child(entry, "id").getTextContent()
              .replace(client.getOrigin() + "/documents/", "");
          String docLang = languages.get(id);
          assertEquals(docLang.equals(feedLang) ? "" : docLang, entry.getAttributeNS(XML, "lang"),
              feedLang + " feed, " + id);
        }
      }
    });
  }

  @Test
  void citeGivesOneDocumentAsTextRisOrBibtexAndUnknownIdsGet404() {
    JavalinTest.test(app(), (server, client) -> {
      Response text = client.get("/api/documents/en-report/cite?format=text");
      assertEquals(200, text.code());
      assertTrue(header(text, "Content-Type").startsWith("text/plain"));
      assertTrue(text.body().string().matches("Buurtkennis\\. \\(z\\.d\\.\\)\\. Contact between "
          + "police and residents\\. .*, van \\Q" + client.getOrigin() + "/documents/en-report\\E"));

      Response ris = client.get("/api/documents/nl-preventie/cite?format=ris");
      assertTrue(header(ris, "Content-Disposition").contains("buurtkennis-nl-preventie.ris"));
      List<Map<String, List<String>>> records = StrictRis.parse(ris.body().string());
      assertEquals(1, records.size());
      assertEquals(List.of("Bewonerspreventie in de straat"), records.get(0).get("TI"));
      assertTrue(records.get(0).get("KW").contains("Toezicht"), records.toString());
      assertTrue(StrictRis.parse(client.get("/api/documents/nl-preventie/cite?format=ris&lang=en")
          .body().string()).get(0).get("KW").contains("Citizen surveillance"));

      String bibtex = client.get("/api/documents/en-watch/cite?format=bibtex").body().string();
      BibTeXDatabase db = new BibTeXParser().parse(new StringReader(bibtex));
      assertEquals(List.of("en-watch"), db.getEntries().keySet().stream().map(Key::getValue)
          .toList());
      assertEquals("misc", db.resolveEntry(new Key("en-watch")).getType().getValue());
      assertTrue(bibtex.startsWith("@comment{Geëxporteerd uit Buurtkennis}\n"), bibtex);
      assertTrue(client.get("/api/documents/en-watch/cite?format=bibtex&lang=en").body()
          .string().startsWith("@comment{Exported from Buurtkennis}\n"));

      // Asked for in English, a citation links the English page; in Dutch the neutral one.
      assertTrue(client.get("/api/documents/en-report/cite?format=text&lang=en").body().string()
          .endsWith(", from " + client.getOrigin() + "/documents/en-report?lang=en"));
      assertEquals(List.of(client.getOrigin() + "/documents/nl-preventie?lang=en"),
          StrictRis.parse(client.get("/api/documents/nl-preventie/cite?format=ris&lang=en")
              .body().string()).get(0).get("UR"));
      assertEquals(List.of(client.getOrigin() + "/documents/nl-preventie"),
          records.get(0).get("UR"));
      assertEquals(client.getOrigin() + "/documents/en-watch?lang=en",
          new BibTeXParser().parse(new StringReader(client.get(
              "/api/documents/en-watch/cite?format=bibtex&lang=en").body().string()))
          .resolveEntry(new Key("en-watch")).getField(new Key("url")).toUserString());

      Response missing = client.get("/api/documents/nope/cite?format=text");
      assertEquals(404, missing.code());
      assertEquals("not_found", json(missing).get("error").asText());
    });
  }

  @Test
  void theDocumentPageCitesTheDocumentEscapedWithDownloadLinks() {
    JavalinTest.test(app(), (server, client) -> {
      String html = client.get("/documents/xss").body().string();
      int start = html.indexOf("<section class=\"cite\"");
      assertTrue(start >= 0, html);
      String cite = html.substring(start, html.indexOf("</section>", start));
      assertTrue(cite.contains("Citeer dit"), cite);
      assertTrue(cite.contains("<cite><bdi>&lt;script&gt;alert("), cite);
      assertFalse(cite.contains("<script"), cite);
      assertTrue(cite.contains("href=\"/api/documents/xss/cite?format=ris\""), cite);
      assertTrue(cite.contains("href=\"/api/documents/xss/cite?format=bibtex\""), cite);
      assertFalse(html.contains("<script"), "no script element anywhere on the page");

      String english = client.get("/documents/xss?lang=en").body().string();
      assertTrue(english.contains("Cite this"), english);
      assertTrue(english.contains("href=\"/api/documents/xss/cite?format=ris&amp;lang=en\""));
    });
  }

  @Test
  void theSearchPageLinksTheExportsAndTheFeedOfItsSearch() {
    JavalinTest.test(app(), (server, client) -> {
      String nl = client.get("/?q=bewoners&form=citizen-surveillance&page=1").body().string();
      assertTrue(nl.contains("Exporteren:"), nl);
      assertTrue(nl.contains("Volg deze zoekopdracht (Atom)"), nl);
      String query = "q=bewoners&amp;form=citizen-surveillance";
      assertTrue(nl.contains("href=\"/api/export?format=csv&amp;delimiter=semicolon&amp;" + query
          + "\""), "the Dutch page's CSV for a Dutch Excel: " + nl);
      for (String format : new String[] {"ris", "bibtex"}) {
        assertTrue(nl.contains("href=\"/api/export?format=" + format + "&amp;" + query + "\""),
            format);
      }
      assertTrue(nl.contains("href=\"/feed?" + query + "\""), nl);
      String en = client.get("/?q=bewoners&lang=en").body().string();
      assertTrue(en.contains("Export:") && en.contains("Follow this search (Atom)"), en);
      assertTrue(en.contains("href=\"/feed?q=bewoners&amp;lang=en\""), en);
      assertTrue(en.contains("href=\"/api/export?format=csv&amp;q=bewoners&amp;lang=en\""), en);
      assertEquals(200, client.get("/api/export?format=csv&q=bewoners&form=citizen-surveillance")
          .code());
    });
  }

  /** A fresh app per test: Javalin's test tools start and stop the app they are given. */
  private static Javalin app() {
    return WebApp.create(UnhurriedSearch.of(fixture.index()));
  }

  /** What an export of {@code search} adds to a document's page: its language if English. */
  private static String pageLang(String search) {
    return search.contains("lang=en") ? "?lang=en" : "";
  }

  /** The ids /api/search finds for {@code search}, every page of it, in its order. */
  private static List<String> ids(HttpClient client, String search) throws Exception {
    String all = search.replaceAll("&?(size|page)=\\d+", "") + "&size=100";
    List<String> ids = new ArrayList<>();
    json(client.get("/api/search?" + all)).get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  private static List<String> entryIds(Element feed, String origin) {
    List<String> ids = new ArrayList<>();
    NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
    for (int i = 0; i < entries.getLength(); i++) {
      ids.add(child((Element) entries.item(i), "id").getTextContent()
          .replace(origin + "/documents/", ""));
    }
    return ids;
  }

  /** The alternate link of every entry, in their order. */
  private static List<String> entryLinks(Element feed) {
    List<String> links = new ArrayList<>();
    NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
    for (int i = 0; i < entries.getLength(); i++) {
      links.add(child((Element) entries.item(i), "link").getAttribute("href"));
    }
    return links;
  }

  private static String link(Element feed, String rel) {
    NodeList links = feed.getElementsByTagNameNS(ATOM, "link");
    for (int i = 0; i < links.getLength(); i++) {
      Element link = (Element) links.item(i);
      if (link.getParentNode() == feed && link.getAttribute("rel").equals(rel)) {
        return link.getAttribute("href");
      }
    }
    throw new AssertionError("no feed link " + rel);
  }

  private static Element child(Element parent, String name) {
    return (Element) parent.getElementsByTagNameNS(ATOM, name).item(0);
  }

  private static Document xml(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Map<String, String>> csv(String text) throws Exception {
    return csv(text, ',');
  }

  private static List<Map<String, String>> csv(String text, char separator) throws Exception {
    assertTrue(text.startsWith("\uFEFF"), "no byte-order mark");
    try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader().withColumnSeparator(separator))
        .readValues(text.substring(1))) {
      return rows.readAll();
    }
  }

  private static String header(Response response, String name) {
    return response.headers().get(name).get(0);
  }

  private static void assertBadRequest(HttpClient client, String path, String parameter)
      throws Exception {
    Response response = client.get(path);
    assertEquals(400, response.code(), path);
    JsonNode body = json(response);
    assertEquals(parameter, body.get("parameter").asText(), path);
    assertFalse(body.toString().contains("Exception"), path);
  }

  private static JsonNode json(Response response) throws Exception {
    return JSON.readTree(response.body().string());
  }
}
