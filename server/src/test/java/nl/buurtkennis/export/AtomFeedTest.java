package nl.buurtkennis.export;

import static nl.buurtkennis.export.TestEntries.document;
import static nl.buurtkennis.export.TestEntries.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.DocumentParser;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AtomFeedTest {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String XML = "http://www.w3.org/XML/1998/namespace";
  private static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final AtomFeed.Head HEAD = new AtomFeed.Head("Buurtkennis: <b>buurt</b> & wijk",
      "http://localhost:7070/feed?q=buurt", "http://localhost:7070/?q=buurt&sort=newest",
      Instant.parse("2024-05-01T12:00:00Z"), "nl");
  private static final AtomFeed.Head ENGLISH_HEAD = new AtomFeed.Head(HEAD.title(),
      HEAD.selfUrl(), HEAD.searchUrl(), HEAD.updated(), "en");

  @Test
  void theFeedIsWellFormedAtomWithOneEntryPerDocument() throws Exception {
    Document feed = parse(feed(HEAD, TestEntries.oneOfEachType()));
    Element root = feed.getDocumentElement();
    assertEquals(ATOM, root.getNamespaceURI());
    assertEquals("feed", root.getLocalName());
    assertEquals("nl", root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
    assertEquals(5, feed.getElementsByTagNameNS(ATOM, "entry").getLength());
    assertEquals("Buurtkennis: <b>buurt</b> & wijk", child(root, "title").getTextContent());
    assertEquals(HEAD.selfUrl(), child(root, "id").getTextContent());
    assertEquals("2024-05-01T12:00:00Z", child(root, "updated").getTextContent());
    Element link = (Element) root.getElementsByTagNameNS(ATOM, "link").item(1);
    assertEquals("alternate", link.getAttribute("rel"));
    assertEquals(HEAD.searchUrl(), link.getAttribute("href"));
  }

  @Test
  void anEntryHasIdTitleLinkYearSummaryAndItsFormsAsCategories() throws Exception {
    var doc = document("xss", "<script>alert('t')</script> Opsporing\u0001", "article", 2022,
        List.of("Jansen, J."), List.of());
    Element entry = (Element) parse(feed(HEAD, List.of(entry(doc))))
        .getElementsByTagNameNS(ATOM, "entry").item(0);
    assertEquals("http://localhost:7070/documents/xss", child(entry, "id").getTextContent());
    assertEquals("http://localhost:7070/documents/xss", child(entry, "link").getAttribute("href"));
    Element related = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(1);
    assertEquals("related", related.getAttribute("rel"), "the front matter's url");
    assertEquals("https://example.org/xss", related.getAttribute("href"));
    assertEquals("<script>alert('t')</script> Opsporing", child(entry, "title").getTextContent(),
        "escaped, and the control character XML cannot hold dropped");
    assertEquals("2022-01-01T00:00:00Z", child(entry, "updated").getTextContent(),
        "the first moment of its source's year, the one date the document has");
    assertEquals("2022", dc(entry, "date").getTextContent(), "the source's year, no day added");
    assertEquals("Samenvatting van xss.", child(entry, "summary").getTextContent());
    assertEquals("Jansen, J.", child(child(entry, "author"), "name").getTextContent());
    Element category = child(entry, "category");
    assertEquals("mediation", category.getAttribute("term"));
    assertEquals("Conflictbemiddeling", category.getAttribute("label"));
  }

  @Test
  void anEntryCarriesWhatItsCitationCarries() throws Exception {
    var doc = document("praktijk", "Buurtbemiddeling", "practice", 2016, List.of(),
        List.of("CCV"));
    Element entry = (Element) parse(feed(HEAD, List.of(entry(doc))))
        .getElementsByTagNameNS(ATOM, "entry").item(0);
    assertEquals("Buurtkennis", child(child(entry, "author"), "name").getTextContent(),
        "the author of its text, in the entry itself");
    assertEquals("Burgers in veiligheid (2014)", dc(entry, "source").getTextContent(),
        "the source as the front matter names it");
    assertEquals("Betrokken organisaties: CCV", dc(entry, "relation").getTextContent());
  }

  @Test
  void theSourceIsInTheDocumentsLanguageLikeTheTitleInEitherFeed() throws Exception {
    var dutch = document("praktijk", "Buurtbemiddeling", "practice", 2016, List.of(), List.of());
    var english = document("watch", "Neighbourhood watch", "report", "en", 2016, List.of(),
        List.of());
    for (AtomFeed.Head head : List.of(HEAD, ENGLISH_HEAD)) {
      List<Element> entries = entries(head, dutch, english);
      for (int i = 0; i < entries.size(); i++) {
        Element entry = entries.get(i);
        String docLang = i == 0 ? "nl" : "en";
        Element source = dc(entry, "source");
        assertEquals("Burgers in veiligheid (2014)", source.getTextContent());
        assertEquals(docLang, lang(source), head.lang() + " feed, " + docLang + " document");
        assertEquals(docLang, lang(child(entry, "title")));
        assertEquals(docLang, lang(child(entry, "summary")));
      }
    }
  }

  @Test
  void withoutASourceAnEnglishFeedNamesTheSourcesYearInEnglishAndSaysSoInADutchEntry()
      throws Exception {
    var doc = sourceless(document("praktijk", "Buurtbemiddeling", "practice", 2016, List.of(),
        List.of()));
    Element entry = (Element) parse(feed(ENGLISH_HEAD, List.of(TestEntries.englishEntry(doc))))
        .getElementsByTagNameNS(ATOM, "entry").item(0);
    assertEquals("nl", entry.getAttributeNS(XML, "lang"), "a Dutch document");
    Element source = dc(entry, "source");
    assertEquals("Based on a source from 2016", source.getTextContent());
    assertEquals("en", source.getAttributeNS(XML, "lang"));
    assertEquals(null, dc(entry, "relation"), "no organisations, no relation");
  }

  @Test
  void anEnglishEntryLinksTheEnglishPageAndKeepsTheLanguageNeutralId() throws Exception {
    var doc = document("rapport", "Burgers in veiligheid", "report");
    Element entry = (Element) parse(feed(HEAD, List.of(TestEntries.englishEntry(doc))))
        .getElementsByTagNameNS(ATOM, "entry").item(0);
    assertEquals("http://localhost:7070/documents/rapport", child(entry, "id").getTextContent());
    assertEquals("http://localhost:7070/documents/rapport?lang=en",
        child(entry, "link").getAttribute("href"));
  }

  @Test
  void anEntryDeclaresItsDocumentsLanguageWhenItIsNotTheFeeds() throws Exception {
    var dutch = document("rapport", "Burgers in veiligheid", "report");
    var english = document("watch", "Neighbourhood watch", "report", "en", 2016, List.of(),
        List.of());
    for (AtomFeed.Head head : List.of(HEAD, ENGLISH_HEAD)) {
      List<Element> entries = entries(head, dutch, english);
      for (int i = 0; i < entries.size(); i++) {
        Element entry = entries.get(i);
        String docLang = i == 0 ? "nl" : "en";
        boolean other = !docLang.equals(head.lang());
        assertEquals(other ? docLang : "", entry.getAttributeNS(XML, "lang"), head.lang());
        // The labels of the forms are in the feed's language, whatever the document's.
        assertEquals(other ? head.lang() : "", child(entry, "category").getAttributeNS(XML, "lang"),
            head.lang());
      }
    }
  }

  @Test
  void anEntryWhoseSourceHasNoYearIsOlderThanEveryDatedOneAndGetsNoSourceDate()
      throws Exception {
    var doc = undated(document("waaks", "WAAKS", "practice"));
    Element entry = (Element) parse(feed(HEAD, List.of(entry(doc))))
        .getElementsByTagNameNS(ATOM, "entry").item(0);
    assertEquals("1950-01-01T00:00:00Z", child(entry, "updated").getTextContent());
    assertEquals(AtomFeed.Entry.UNDATED, AtomFeed.Entry.of(entry(doc)).updated());
    assertFalse(AtomFeed.Entry.UNDATED.isAfter(AtomFeed.Entry.of(entry(document("oud", "Oud",
        "report", DocumentParser.MIN_YEAR, List.of(), List.of()))).updated()),
        "not after the oldest year a document can have");
    assertEquals(null, dc(entry, "date"), "no year is made up");
  }

  /** The date is the document's own: the same from any copy of the corpus, whenever indexed. */
  @Test
  void anEntrysDateFollowsItsYearAlone() {
    assertEquals(Instant.parse("2014-01-01T00:00:00Z"), AtomFeed.Entry.of(entry(document("a",
        "A", "report", 2014, List.of(), List.of()))).updated());
    assertEquals(Instant.parse("2019-01-01T00:00:00Z"), AtomFeed.Entry.of(entry(document("b",
        "B", "practice", 2019, List.of("Jansen"), List.of("Politie")))).updated());
  }

  @Test
  void anEntryIsDatedToTheSecondAsAtomReadersExpect() throws Exception {
    var doc = document("rapport", "Burgers in veiligheid", "report");
    String xml = AtomFeed.write(HEAD, List.of(new AtomFeed.Entry(entry(doc),
        Instant.parse("2026-11-30T09:15:42.123456Z"))));
    Element entry = (Element) parse(xml).getElementsByTagNameNS(ATOM, "entry").item(0);
    assertEquals("2026-11-30T09:15:42Z", child(entry, "updated").getTextContent());
  }

  /** The language {@code element}'s text is in: its own xml:lang or its nearest ancestor's. */
  static String lang(Element element) {
    for (org.w3c.dom.Node node = element; node instanceof Element e; node = e.getParentNode()) {
      if (e.hasAttributeNS(XML, "lang")) {
        return e.getAttributeNS(XML, "lang");
      }
    }
    return null;
  }

  private static CorpusDocument undated(CorpusDocument doc) {
    return new CorpusDocument(doc.id(), doc.path(), doc.title(), doc.type(), doc.language(),
        null, doc.summary(), doc.forms(), doc.issues(), doc.benefits(), doc.conditions(),
        doc.policeTasks(), doc.evidence(), doc.places(), doc.organisations(), doc.authors(),
        doc.source(), doc.url(), doc.keywords(), null, null, List.of());
  }

  /** The feed of {@code entries}, each changed at {@link #CHANGED}. */
  private static String feed(AtomFeed.Head head, List<ExportEntry> entries) {
    return AtomFeed.write(head, entries.stream()
        .map(AtomFeed.Entry::of).toList());
  }

  private static CorpusDocument sourceless(CorpusDocument doc) {
    return new CorpusDocument(doc.id(), doc.path(), doc.title(), doc.type(), doc.language(),
        doc.year(), doc.summary(), doc.forms(), doc.issues(), doc.benefits(), doc.conditions(),
        doc.policeTasks(), doc.evidence(), doc.places(), doc.organisations(), doc.authors(), null,
        doc.url(), doc.keywords(), null, null, List.of());
  }

  /** The entries of a feed of {@code documents}, in their order. */
  private static List<Element> entries(AtomFeed.Head head, CorpusDocument... documents)
      throws Exception {
    NodeList nodes = parse(feed(head,
        java.util.Arrays.stream(documents).map(TestEntries::entry).toList()))
        .getElementsByTagNameNS(ATOM, "entry");
    List<Element> entries = new java.util.ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      entries.add((Element) nodes.item(i));
    }
    return entries;
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  static Element dc(Element parent, String name) {
    return (Element) parent.getElementsByTagNameNS(DC, name).item(0);
  }

  static Element child(Element parent, String name) {
    return (Element) parent.getElementsByTagNameNS(ATOM, name).item(0);
  }
}
