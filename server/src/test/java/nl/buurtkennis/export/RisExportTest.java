package nl.buurtkennis.export;

import static nl.buurtkennis.export.TestEntries.SEARCH_URL;
import static nl.buurtkennis.export.TestEntries.document;
import static nl.buurtkennis.export.TestEntries.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RisExportTest {

  @Test
  void everyDocumentIsOneStrictRecord() {
    List<Map<String, List<String>>> records =
        StrictRis.parse(RisExport.write(TestEntries.oneOfEachType(), SEARCH_URL));
    assertEquals(5, records.size());
    assertEquals(List.of("rapport", "praktijk", "evaluatie", "artikel", "beleid").stream()
        .map(id -> "http://localhost:7070/documents/" + id).toList(),
        records.stream().map(r -> r.get("UR").get(0)).toList());
  }

  @Test
  void anEnglishRecordLinksTheEnglishPage() {
    var doc = document("rapport", "Burgers in veiligheid", "report");
    // the page first, then the front matter's url: RIS repeats UR for a second address
    assertEquals(List.of("http://localhost:7070/documents/rapport?lang=en",
        "https://example.org/rapport"), StrictRis.parse(RisExport.write(
        List.of(TestEntries.englishEntry(doc)), SEARCH_URL)).get(0).get("UR"));
  }

  @Test
  void everyDocumentIsAWebPageOfBuurtkennisWhateverItsType() {
    for (Map<String, List<String>> record :
        StrictRis.parse(RisExport.write(TestEntries.oneOfEachType(), null))) {
      assertEquals(List.of("ELEC"), record.get("TY"));
      assertEquals(List.of("Buurtkennis"), record.get("PB"));
      assertEquals(List.of("2026/12/05"), record.get("Y2"), "the access date");
      assertFalse(record.containsKey("PY"), "the year is the source's");
    }
  }

  @Test
  void aRecordHoldsAuthorsAbstractKeywordsLanguageAndNotes() {
    Map<String, List<String>> record =
        StrictRis.parse(RisExport.write(TestEntries.oneOfEachType(), SEARCH_URL)).get(0);
    assertEquals(List.of("Burgers in veiligheid"), record.get("TI"));
    assertEquals(List.of("Van der Land, M.", "Van Stokkom, B."), record.get("AU"));
    assertEquals(List.of("Samenvatting van rapport."), record.get("AB"));
    assertEquals(List.of("buurtbemiddeling", "burenruzie", "Conflictbemiddeling", "Privacy",
        "Beschrijvend"), record.get("KW"));
    assertEquals(List.of("nl"), record.get("LA"));
    assertEquals(List.of("Gebaseerd op een bron uit 2014: Burgers in veiligheid (2014)",
        "Betrokken organisaties: Politie & Wetenschap", "Gevonden met: " + SEARCH_URL), record.get("N1"));
  }

  @Test
  void anEnglishRecordNamesTheSearchInEnglish() {
    var doc = document("rapport", "Burgers in veiligheid", "report");
    List<String> notes = StrictRis.parse(RisExport.write(List.of(TestEntries.englishEntry(doc)),
        SEARCH_URL)).get(0).get("N1");
    assertEquals("Found with: " + SEARCH_URL, notes.get(notes.size() - 1));
  }

  @Test
  void withoutNamedAuthorsBuurtkennisIsTheAuthorAndAPracticesOrganisationsRunIt() {
    Map<String, List<String>> record = StrictRis.parse(RisExport.write(
        List.of(TestEntries.englishEntry(document("praktijk", "Buurtbemiddeling", "practice",
            2016, List.of(), List.of("CCV", "Politie")))), null)).get(0);
    assertEquals(List.of("Buurtkennis"), record.get("AU"));
    assertEquals(List.of("Based on a source from 2016: Burgers in veiligheid (2014)",
        "Organisations involved: CCV, Politie"), record.get("N1"), "no search, no search URL");
  }

  @Test
  void lineBreaksInAValueStayInItsLine() {
    var doc = document("regels", "Twee\r\nregels\nen meer", "practice");
    Map<String, List<String>> record = StrictRis.parse(RisExport.write(List.of(entry(doc)), null))
        .get(0);
    assertEquals(List.of("Twee regels en meer"), record.get("TI"));
  }
}
