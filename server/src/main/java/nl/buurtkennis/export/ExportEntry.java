package nl.buurtkennis.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.search.SearchService;
import nl.buurtkennis.taxonomy.Taxonomy;

/**
 * One document as an export holds it: the record, the absolute URL of its page on this site, the
 * labels of its facet values and the words of its citation in the language of the export, and the
 * day it is exported (a citation's access date).
 *
 * @param pageUrl the absolute URL of the document's page in no language, such as
 *     {@code http://localhost:7070/documents/nl-budget}: its permanent address, which ids (the
 *     feed's entry ids) use
 * @param pageUrlInLanguage the absolute URL of the page in the language of the export, which a
 *     reader follows and every export, citation and feed entry links: {@code pageUrl} for Dutch,
 *     {@code ...?lang=en} for English
 * @param labels per facet dimension ({@code form}, {@code issue}, ...), the document's value ids
 *     mapped to their labels, as {@link SearchService#labels} gives them
 * @param terms the words of its citation, in the language of the export
 * @param accessed the day of the export where its users are, which a citation gives as the day
 *     the page was accessed
 */
public record ExportEntry(CorpusDocument document, String pageUrl, String pageUrlInLanguage,
    Map<String, Map<String, String>> labels, CitationTerms terms, LocalDate accessed) {
  /** The facets whose labels describe what a document is about, in the order they are listed. */
  static final List<String> SUBJECT_FACETS =
      List.of("form", "issue", "benefit", "condition", "police_task", "evidence");

  public ExportEntry {
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    labels.forEach((dim, byId) ->
        copy.put(dim, Collections.unmodifiableMap(new LinkedHashMap<>(byId))));
    labels = Collections.unmodifiableMap(copy);
  }

  /**
   * The entry of {@code doc}, with labels and citation in the language of {@code terms}, its page
   * on {@code site}, exported on {@code accessed}.
   */
  public static ExportEntry of(CorpusDocument doc, Taxonomy taxonomy, CitationTerms terms,
      SiteUrls site, LocalDate accessed) {
    return new ExportEntry(doc, site.document(doc.id()), site.document(doc.id(), terms.lang()),
        SearchService.labels(taxonomy, doc, terms.lang()), terms, accessed);
  }

  /** What a citation of the document states, in every format. */
  public CitedWork cited() {
    return CitedWork.of(this);
  }

  /** The ids of the document's values of facet {@code dim}, in the document's order. */
  public List<String> idsOf(String dim) {
    return List.copyOf(labels.getOrDefault(dim, Map.of()).keySet());
  }

  /** The labels of the document's values of facet {@code dim}, in the document's order. */
  public List<String> labelsOf(String dim) {
    return List.copyOf(labels.getOrDefault(dim, Map.of()).values());
  }

  /** The labels of the document's subject facets (forms, issues, ... evidence), no repeats. */
  public List<String> subjectLabels() {
    List<String> subjects = new ArrayList<>();
    for (String dim : SUBJECT_FACETS) {
      for (String label : labels.getOrDefault(dim, Map.of()).values()) {
        if (!subjects.contains(label)) {
          subjects.add(label);
        }
      }
    }
    return subjects;
  }

  /** The document's own keywords, then its subject labels, no repeats: what "keywords" holds. */
  public List<String> keywordsAndSubjects() {
    List<String> all = new ArrayList<>(document.keywords());
    subjectLabels().stream().filter(label -> !all.contains(label)).forEach(all::add);
    return all;
  }

  /** The labels of the document's forms, by form id. */
  public Map<String, String> formLabels() {
    return labels.getOrDefault("form", Map.of());
  }
}
