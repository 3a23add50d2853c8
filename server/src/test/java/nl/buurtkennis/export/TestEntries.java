package nl.buurtkennis.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.corpus.CorpusDocument;

/** Hand-made documents and entries for the formatters' tests, with only the fields they use. */
final class TestEntries {
  static final String SITE = "http://localhost:7070";
  static final String SEARCH_URL = SITE + "/?q=buurt%20%26%20wijk&form=mediation";

  private TestEntries() {}

  static CorpusDocument document(String id, String title, String type, int year,
      List<String> authors, List<String> organisations) {
    return document(id, title, type, "nl", year, authors, organisations);
  }

  static CorpusDocument document(String id, String title, String type, String language,
      int year, List<String> authors, List<String> organisations) {
    return new CorpusDocument(id, "documents/" + id + ".md", title, type, language, year,
        "Samenvatting van " + id + ".", List.of("mediation"), List.of("privacy"), List.of(),
        List.of(), List.of(), "descriptive", List.of("Utrecht", "Den Haag"), organisations,
        authors, "Burgers in veiligheid (2014)", "https://example.org/" + id,
        List.of("buurtbemiddeling", "burenruzie"), null, null, List.of());
  }

  static CorpusDocument document(String id, String title, String type) {
    return document(id, title, type, 2016, List.of(), List.of());
  }

  /** The entry of {@code doc} with Dutch labels for its form, issue and evidence. */
  static ExportEntry entry(CorpusDocument doc) {
    Map<String, Map<String, String>> labels = new LinkedHashMap<>();
    labels.put("type", Map.of(doc.type(), doc.type()));
    labels.put("form", Map.of("mediation", "Conflictbemiddeling"));
    labels.put("issue", Map.of("privacy", "Privacy"));
    labels.put("evidence", Map.of("descriptive", "Beschrijvend"));
    SiteUrls site = new SiteUrls(SITE);
    return new ExportEntry(doc, site.document(doc.id()), site.document(doc.id(), "nl"), labels);
  }

  /** The entry of {@code doc} in an English export: its page is the English one. */
  static ExportEntry englishEntry(CorpusDocument doc) {
    ExportEntry dutch = entry(doc);
    return new ExportEntry(doc, dutch.pageUrl(), new SiteUrls(SITE).document(doc.id(), "en"),
        dutch.labels());
  }

  /** Five documents, one of each type. */
  static List<ExportEntry> oneOfEachType() {
    return List.of(
        entry(document("rapport", "Burgers in veiligheid", "report", 2014,
            List.of("Van der Land, M.", "Van Stokkom, B."), List.of("Politie & Wetenschap"))),
        entry(document("praktijk", "Buurtbemiddeling in Utrecht", "practice", 2016, List.of(),
            List.of("CCV"))),
        entry(document("evaluatie", "Effecten van WhatsApp-buurtpreventie", "evaluation")),
        entry(document("artikel", "Wie waakt er over de wakers?", "article")),
        entry(document("beleid", "Veiligheidsplan 2020", "policy")));
  }
}
