package nl.buurtkennis.web;

import java.util.List;
import java.util.Map;
import nl.buurtkennis.corpus.CorpusDocument;

/** Everything the document page shows. */
public record DocumentPage(Messages msg, CorpusDocument doc, List<LabelledValues> metadata,
    String parentTitle, String parentUrl, String backUrl, String otherLanguageUrl,
    List<RelatedLink> related) {

  /** A related document, with its link. */
  public record RelatedLink(String title, String url, String language, int year) {}

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
