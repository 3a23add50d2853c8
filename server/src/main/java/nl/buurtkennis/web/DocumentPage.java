package nl.buurtkennis.web;

import java.util.List;
import java.util.Map;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.export.Citation;

/**
 * Everything the document page shows.
 *
 * @param parent the document this one is part of, or null
 * @param translation the document in the other language, or null
 * @param citation the document cited for "cite this"; the template escapes its text
 */
public record DocumentPage(Messages msg, CorpusDocument doc, List<LabelledValues> metadata,
    RelatedLink parent, RelatedLink translation, String backUrl,
    String otherLanguageUrl, List<RelatedLink> related, Citation citation) {

  /**
   * Where the document is downloaded in {@code format} ({@code ris} or {@code bibtex}), with its
   * keywords in the page's language.
   */
  public String citeUrl(String format) {
    return "/api/documents/" + SearchUrls.encode(doc.id()) + "/cite?format=" + format
        + ("en".equals(msg.lang()) ? "&lang=en" : "");
  }

  /** A related document, with its link. */
  public record RelatedLink(String title, String url, String language, Integer year) {}

  /** A row of the metadata table: a facet's label and the labels of the document's values. */
  public record LabelledValues(String label, List<String> values) {}

  static List<LabelledValues> rows(Map<String, String> facetLabels,
      Map<String, Map<String, String>> valueLabels) {
    return valueLabels.entrySet().stream()
        .filter(e -> !e.getValue().isEmpty())
        .map(e -> new LabelledValues(facetLabels.get(e.getKey()), List.copyOf(e.getValue().values())))
        .toList();
  }
}
