package nl.buurtkennis.export;

import static nl.buurtkennis.export.TestEntries.SEARCH_URL;
import static nl.buurtkennis.export.TestEntries.document;
import static nl.buurtkennis.export.TestEntries.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jbibtex.BibTeXComment;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.Test;

class BibtexExportTest {

  @Test
  void jbibtexReadsOneEntryPerDocumentAfterTheComment() throws Exception {
    BibTeXDatabase db = parse(write(TestEntries.oneOfEachType()));
    assertEquals(5, db.getEntries().size());
    assertTrue(db.getObjects().get(0) instanceof BibTeXComment);
    assertEquals(List.of("rapport", "praktijk", "evaluatie", "artikel", "beleid"),
        db.getEntries().keySet().stream().map(Key::getValue).toList());
  }

  @Test
  void theCommentNamesTheSearch() {
    assertEquals("@comment{Geëxporteerd uit Buurtkennis: " + SEARCH_URL + "}\n",
        BibtexExport.write(List.of(), SEARCH_URL, TestEntries.DUTCH));
    assertEquals("@comment{Exported from Buurtkennis: " + SEARCH_URL + "}\n",
        BibtexExport.write(List.of(), SEARCH_URL, TestEntries.ENGLISH));
  }

  /** A single document's citation says where it comes from in its own language too. */
  @Test
  void aCitationsCommentIsInItsLanguage() {
    var doc = document("rapport", "Burgers in veiligheid", "report");
    assertTrue(BibtexExport.write(List.of(entry(doc)), null, TestEntries.DUTCH)
        .startsWith("@comment{Geëxporteerd uit Buurtkennis}\n"));
    assertTrue(BibtexExport.write(List.of(TestEntries.englishEntry(doc)), null,
        TestEntries.ENGLISH).startsWith("@comment{Exported from Buurtkennis}\n"));
  }

  @Test
  void everyDocumentIsAMiscWebPageOfBuurtkennisWithItsAccessDateAndNoYear() throws Exception {
    BibTeXDatabase db = parse(write(TestEntries.oneOfEachType()));
    for (BibTeXEntry entry : db.getEntries().values()) {
      assertEquals("misc", entry.getType().getValue());
      assertEquals("Buurtkennis", field(entry, "publisher"));
      assertEquals("Webpagina, Buurtkennis", field(entry, "howpublished"));
      assertEquals("2026-12-05", field(entry, "urldate"));
      assertNull(entry.getField(new Key("year")), "the year is the source's");
      assertNull(entry.getField(new Key("institution")));
      assertNull(entry.getField(new Key("organization")), "organisations are in the note");
    }
    BibTeXEntry report = bibEntry(db, "rapport");
    assertEquals("Van der Land, M. and Van Stokkom, B.", field(report, "author"));
    assertEquals("dutch", field(report, "language"));
    assertEquals("http://localhost:7070/documents/rapport", field(report, "url"));
    assertEquals("Gebaseerd op een bron uit 2014: Burgers in veiligheid (2014). "
        + "Betrokken organisaties: Politie \\& Wetenschap. Website: https://example.org/rapport.",
        field(report, "note"), "url holds the page; the front matter's url ends the note");
    assertEquals("Samenvatting van rapport.", field(report, "abstract"));
    assertEquals("buurtbemiddeling, burenruzie, Conflictbemiddeling, Privacy, Beschrijvend",
        field(report, "keywords"));
    BibTeXEntry practice = bibEntry(db, "praktijk");
    assertEquals("{Buurtkennis}", field(practice, "author"), "one corporate name");
    assertEquals("Gebaseerd op een bron uit 2016: Burgers in veiligheid (2014). "
        + "Betrokken organisaties: CCV. Website: https://example.org/praktijk.",
        field(practice, "note"));
  }

  @Test
  void anEnglishEntryIsInEnglish() throws Exception {
    var doc = document("praktijk", "Buurtbemiddeling", "practice", 2016, List.of(),
        List.of("CCV"));
    BibTeXEntry entry = bibEntry(parse(BibtexExport.write(
        List.of(TestEntries.englishEntry(doc)), SEARCH_URL, TestEntries.ENGLISH)), "praktijk");
    assertEquals("Web page, Buurtkennis", field(entry, "howpublished"));
    assertEquals("Based on a source from 2016: Burgers in veiligheid (2014). "
        + "Organisations involved: CCV. Website: https://example.org/praktijk.",
        field(entry, "note"));
  }

  @Test
  void anEnglishEntryLinksTheEnglishPage() throws Exception {
    var doc = document("rapport", "Burgers in veiligheid", "report");
    BibTeXDatabase db =
        parse(BibtexExport.write(List.of(TestEntries.englishEntry(doc)), SEARCH_URL,
            TestEntries.ENGLISH));
    assertEquals("http://localhost:7070/documents/rapport?lang=en",
        field(bibEntry(db, "rapport"), "url"));
  }

  @Test
  void aTitleWithAmpersandAndPercentIsEscapedAndReadsBackAsWritten() throws Exception {
    String title = "R&D in de wijk: 50% minder inbraken";
    BibTeXEntry entry = bibEntry(parse(BibtexExport.write(
        List.of(entry(document("procent", title, "evaluation"))), SEARCH_URL, TestEntries.DUTCH)),
        "procent");
    String raw = field(entry, "title");
    assertEquals("{R\\&D} in de wijk: 50\\% minder inbraken", raw);
    assertEquals(title, latexToText(raw));
  }

  @Test
  void everySpecialCharacterIsEscapedSoBracesStayBalanced() throws Exception {
    String title = "Alles: & % $ # _ { } ~ ^ \\ en {ongebalanceerd";
    String bibtex = BibtexExport.write(List.of(entry(document("speciaal", title, "report",
        2020, List.of("Smith and Jones"), List.of()))), SEARCH_URL, TestEntries.DUTCH);
    BibTeXEntry entry = bibEntry(parse(bibtex), "speciaal");
    assertEquals(title, latexToText(field(entry, "title")));
    assertEquals("{Smith and Jones}", field(entry, "author"), "one name, not two");
  }

  @Test
  void capitalsInTitlesAreBracedWordByWord() {
    assertEquals("{Burgers} in veiligheid: de {WhatsApp-groep} in {Den} {Haag}",
        BibtexExport.title("Burgers in veiligheid: de WhatsApp-groep in Den Haag"));
    assertEquals("{{\\&Co}} en \\_x", BibtexExport.title("&Co en _x"));
  }

  @Test
  void keysAreValidAndUnique() {
    Set<String> used = new HashSet<>();
    assertEquals("nl-preventie", BibtexExport.key("nl-preventie", used));
    assertEquals("a-b-c", BibtexExport.key("a b{c", used));
    assertEquals("a-b-c-2", BibtexExport.key("a,b}c", used));
  }

  /**
   * An organisation as author is braced whole, so that BibTeX does not read a first and a last
   * name in it; persons, in either order of their names, are not.
   */
  @Test
  void anOrganisationAsAuthorIsBracedAsOneName() throws Exception {
    var doc = document("gemeentelijk", "Veilig wonen", "report", 2019,
        List.of("Gemeente Rotterdam", "Centrum voor Criminaliteitspreventie en Veiligheid",
            "CCV", "Jan van der Berg", "Jansen, Piet"), List.of("Gemeente Rotterdam"));
    BibTeXEntry entry = bibEntry(parse(write(List.of(entry(doc)))), "gemeentelijk");
    assertEquals("{Gemeente Rotterdam} and {Centrum voor Criminaliteitspreventie en Veiligheid}"
        + " and {CCV} and Jan van der Berg and Jansen, Piet", field(entry, "author"));
    var single = document("alleen", "Veilig wonen", "report", 2019,
        List.of("Gemeente Rotterdam"), List.of("Gemeente Rotterdam"));
    assertTrue(write(List.of(entry(single))).contains("author = {{Gemeente Rotterdam}},"));
  }

  private static BibTeXDatabase parse(String bibtex) throws Exception {
    BibTeXParser parser = new BibTeXParser();
    BibTeXDatabase db = parser.parse(new StringReader(bibtex));
    assertTrue(parser.getExceptions().isEmpty(), parser.getExceptions().toString());
    return db;
  }

  private static BibTeXEntry bibEntry(BibTeXDatabase db, String key) {
    BibTeXEntry entry = db.resolveEntry(new Key(key));
    assertTrue(entry != null, "no entry " + key);
    return entry;
  }

  private static String field(BibTeXEntry entry, String name) {
    return entry.getField(new Key(name)).toUserString();
  }

  private static String latexToText(String latex) throws Exception {
    return new LaTeXPrinter().print(new LaTeXParser().parse(latex));
  }

  private static String write(List<ExportEntry> entries) {
    return BibtexExport.write(entries, SEARCH_URL, TestEntries.DUTCH);
  }
}
