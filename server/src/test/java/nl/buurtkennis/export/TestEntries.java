package nl.buurtkennis.export;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.web.Messages;

/** Hand-made documents and entries for the formatters' tests, with only the fields they use. */
final class TestEntries {
  static final String SITE = "http://localhost:7070";
  static final String SEARCH_URL = SITE + "/?q=buurt%20%26%20wijk&form=mediation";
  /** The day the test entries are exported on: their citations' access date. */
  static final LocalDate ACCESSED = LocalDate.of(2026, 12, 5);
  static final CitationTerms DUTCH = new CitationTerms("nl", Messages.of("nl")::get);
  static final CitationTerms ENGLISH = new CitationTerms("en", Messages.of("en")::get);

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

  /**
   * The entry of {@code doc} in a Dutch export, with a label for each of its facet values, as
   * {@code SearchService.labels} gives them: the taxonomy's for the values the test documents
   * share (mediation, privacy, descriptive), the id after the export's language for any other
   * ({@code nl:report}).
   */
  static ExportEntry entry(CorpusDocument doc) {
    return entry(doc, DUTCH);
  }

  /** The entry of {@code doc} in an English export: its page is the English one. */
  static ExportEntry englishEntry(CorpusDocument doc) {
    return entry(doc, ENGLISH);
  }

  private static ExportEntry entry(CorpusDocument doc, CitationTerms terms) {
    String lang = terms.lang();
    Map<String, Map<String, String>> labels = new LinkedHashMap<>();
    doc.taxonomyValues().forEach((dim, ids) -> {
      Map<String, String> byId = new LinkedHashMap<>();
      ids.forEach(id -> byId.put(id, label(id, lang)));
      labels.put(dim, byId);
    });
    SiteUrls site = new SiteUrls(SITE);
    return new ExportEntry(doc, site.document(doc.id()), site.document(doc.id(), lang), labels,
        terms, ACCESSED);
  }

  private static String label(String id, String lang) {
    boolean dutch = "nl".equals(lang);
    return switch (id) {
      case "mediation" -> dutch ? "Conflictbemiddeling" : "Mediation";
      case "privacy" -> "Privacy";
      case "descriptive" -> dutch ? "Beschrijvend" : "Descriptive";
      default -> lang + ":" + id;
    };
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
