package nl.buurtkennis.export;

import static nl.buurtkennis.export.TestEntries.SEARCH_URL;
import static nl.buurtkennis.export.TestEntries.document;
import static nl.buurtkennis.export.TestEntries.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.corpus.CorpusDocument;
import org.junit.jupiter.api.Test;

class CsvExportTest {
  /** The UTF-8 byte-order mark, by which Excel knows the file is not in the Windows code page. */
  private static final String BOM = "\uFEFF";
  private static final String HEADER = "id,title,summary,type,language,year,places,organisations,"
      + "authors,forms,issues,benefits,conditions,police_tasks,evidence,source,url,document_url,"
      + "search_url,type_id,language_id,form_ids,issue_ids,benefit_ids,condition_ids,"
      + "police_task_ids,evidence_id";

  @Test
  void theFileStartsWithAByteOrderMarkThenTheHeader() {
    String csv = CsvExport.write(TestEntries.oneOfEachType(), SEARCH_URL);
    assertTrue(csv.startsWith(BOM + HEADER + "\r\n"), csv);
    assertEquals(1, csv.chars().filter(c -> c == '\uFEFF').count(), "one mark, at the start");
  }

  @Test
  void everyTopicFacetHasItsColumn() throws Exception {
    var doc = document("taken", "Taken", "practice");
    var tagged = new CorpusDocument(doc.id(), doc.path(), doc.title(), doc.type(), doc.language(),
        doc.year(), doc.summary(), doc.forms(), doc.issues(), doc.benefits(),
        List.of("continuity", "support"), List.of("information-gathering"), doc.evidence(),
        doc.places(), doc.organisations(), doc.authors(), doc.source(), doc.url(), doc.keywords(),
        null, null, List.of());
    Map<String, String> row = read(CsvExport.write(List.of(entry(tagged)), SEARCH_URL)).get(0);
    assertEquals("nl:continuity; nl:support", row.get("conditions"));
    assertEquals("nl:information-gathering", row.get("police_tasks"));
    assertEquals("continuity; support", row.get("condition_ids"));
    assertEquals("information-gathering", row.get("police_task_ids"));
  }

  @Test
  void facetColumnsHoldTheLabelsInTheExportsLanguageAndTheIdColumnsTheIds() throws Exception {
    var doc = document("rapport", "Burgers in veiligheid", "report");
    Map<String, String> dutch = read(CsvExport.write(List.of(entry(doc)), SEARCH_URL)).get(0);
    Map<String, String> english =
        read(CsvExport.write(List.of(TestEntries.englishEntry(doc)), SEARCH_URL)).get(0);
    assertEquals("Conflictbemiddeling", dutch.get("forms"));
    assertEquals("Mediation", english.get("forms"));
    assertEquals("Beschrijvend", dutch.get("evidence"));
    assertEquals("Descriptive", english.get("evidence"));
    assertEquals("nl:report", dutch.get("type"));
    assertEquals("en:nl", english.get("language"));
    for (Map<String, String> row : List.of(dutch, english)) {
      assertEquals("mediation", row.get("form_ids"));
      assertEquals("privacy", row.get("issue_ids"));
      assertEquals("descriptive", row.get("evidence_id"));
      assertEquals("report", row.get("type_id"));
      assertEquals("nl", row.get("language_id"));
      assertEquals("", row.get("benefit_ids"));
    }
  }

  @Test
  void theSummaryHasItsColumn() throws Exception {
    var doc = document("rapport", "Burgers in veiligheid", "report");
    assertEquals("Samenvatting van rapport.",
        read(CsvExport.write(List.of(entry(doc)), SEARCH_URL)).get(0).get("summary"));
  }

  @Test
  void headerNamesTheDocumentedColumnsAndLinesEndWithCrlf() {
    String csv = CsvExport.write(TestEntries.oneOfEachType(), SEARCH_URL);
    assertTrue(csv.startsWith(BOM + HEADER + "\r\n"), csv);
    assertFalse(csv.replace("\r\n", "").contains("\n"), csv);
    assertEquals(1 + 5, csv.split("\r\n").length);
  }

  @Test
  void everyRowReadsBackAsWrittenWithListsJoinedBySemicolons() throws Exception {
    var doc = document("lastig", "Komma, \"aanhalingstekens\" en\neen regel", "report", 2014,
        List.of("Jansen, J.", "De Vries, A."), List.of("Politie"));
    List<Map<String, String>> rows = read(CsvExport.write(List.of(entry(doc)), SEARCH_URL));
    assertEquals(1, rows.size());
    Map<String, String> row = rows.get(0);
    assertEquals("lastig", row.get("id"));
    assertEquals("Komma, \"aanhalingstekens\" en\neen regel", row.get("title"));
    assertEquals("2014", row.get("year"));
    assertEquals("Utrecht; Den Haag", row.get("places"));
    assertEquals("Jansen, J.; De Vries, A.", row.get("authors"));
    assertEquals("Conflictbemiddeling", row.get("forms"));
    assertEquals("Beschrijvend", row.get("evidence"));
    assertEquals("https://example.org/lastig", row.get("url"));
    assertEquals("http://localhost:7070/documents/lastig", row.get("document_url"));
    assertEquals(SEARCH_URL, row.get("search_url"));
    assertEquals("", row.get("benefits"));
  }

  /** A list value holding the separator is quoted, so the cell splits back into its values. */
  @Test
  void aListValueHoldingTheSeparatorIsQuoted() throws Exception {
    var doc = document("gescheiden", "Scheiding", "report", 2014, List.of(),
        List.of("Gemeente Zoetermeer; Delft", "Stichting \"Veilig\"", "Politie"));
    Map<String, String> row = read(CsvExport.write(List.of(entry(doc)), SEARCH_URL)).get(0);
    assertEquals("\"Gemeente Zoetermeer; Delft\"; \"Stichting \"\"Veilig\"\"\"; Politie",
        row.get("organisations"));
    assertEquals("Utrecht; Den Haag", row.get("places"), "values without ; stay bare");
  }

  @Test
  void anEnglishExportLinksTheEnglishPage() throws Exception {
    var doc = document("rapport", "Burgers in veiligheid", "report");
    Map<String, String> row =
        read(CsvExport.write(List.of(TestEntries.englishEntry(doc)), SEARCH_URL)).get(0);
    assertEquals("http://localhost:7070/documents/rapport?lang=en", row.get("document_url"));
  }

  @Test
  void cellsASpreadsheetWouldRunAsFormulasAreDefused() throws Exception {
    var doc = document("formule", "=HYPERLINK(\"http://evil.example\")", "practice", 2016,
        List.of("@Jansen"), List.of("+Politie"));
    Map<String, String> row = read(CsvExport.write(List.of(entry(doc)), SEARCH_URL)).get(0);
    assertEquals("'=HYPERLINK(\"http://evil.example\")", row.get("title"));
    assertEquals("'@Jansen", row.get("authors"));
    assertEquals("'+Politie", row.get("organisations"));
  }

  @Test
  void anEmptyResultIsTheHeaderAlone() {
    assertEquals(BOM + HEADER + "\r\n", CsvExport.write(List.of(), SEARCH_URL));
  }

  /** The rows of {@code csv} by column name, as a spreadsheet that honours the mark reads them. */
  static List<Map<String, String>> read(String csv) throws Exception {
    assertTrue(csv.startsWith(BOM), csv);
    try (MappingIterator<Map<String, String>> rows = new CsvMapper()
        .readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader())
        .readValues(csv.substring(BOM.length()))) {
      return rows.readAll();
    }
  }
}
