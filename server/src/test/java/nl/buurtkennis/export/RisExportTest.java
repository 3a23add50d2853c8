package nl.buurtkennis.export;

import static nl.buurtkennis.export.TestEntries.SEARCH_URL;
import static nl.buurtkennis.export.TestEntries.document;
import static nl.buurtkennis.export.TestEntries.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertEquals(List.of("http://localhost:7070/documents/rapport?lang=en"), StrictRis.parse(
        RisExport.write(List.of(TestEntries.englishEntry(doc)), SEARCH_URL)).get(0).get("UR"));
  }

  @Test
  void reportsEvaluationsAndPolicyAreReportsTheRestGeneric() {
    List<String> types = StrictRis.parse(RisExport.write(TestEntries.oneOfEachType(), null))
        .stream().map(r -> r.get("TY").get(0)).toList();
    assertEquals(List.of("RPRT", "GEN", "RPRT", "GEN", "RPRT"), types);
  }

  @Test
  void aRecordHoldsAuthorsYearAbstractKeywordsLanguageAndNotes() {
    Map<String, List<String>> record =
        StrictRis.parse(RisExport.write(TestEntries.oneOfEachType(), SEARCH_URL)).get(0);
    assertEquals(List.of("Burgers in veiligheid"), record.get("TI"));
    assertEquals(List.of("Van der Land, M.", "Van Stokkom, B."), record.get("AU"));
    assertEquals(List.of("2014"), record.get("PY"));
    assertEquals(List.of("Politie & Wetenschap"), record.get("PB"));
    assertEquals(List.of("Samenvatting van rapport."), record.get("AB"));
    assertEquals(List.of("buurtbemiddeling", "burenruzie", "Conflictbemiddeling", "Privacy",
        "Beschrijvend"), record.get("KW"));
    assertEquals(List.of("nl"), record.get("LA"));
    assertEquals(List.of("Burgers in veiligheid (2014)", "Found with: " + SEARCH_URL),
        record.get("N1"));
  }

  @Test
  void lineBreaksInAValueStayInItsLineAndEmptyFieldsAreLeftOut() {
    var doc = document("regels", "Twee\r\nregels\nen meer", "practice");
    String ris = RisExport.write(List.of(entry(doc)), null);
    Map<String, List<String>> record = StrictRis.parse(ris).get(0);
    assertEquals(List.of("Twee regels en meer"), record.get("TI"));
    assertTrue(!record.containsKey("AU") && !record.containsKey("PB"), ris);
    assertEquals(List.of("Burgers in veiligheid (2014)"), record.get("N1"), "no search, no URL");
  }
}
