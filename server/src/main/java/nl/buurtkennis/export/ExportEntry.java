package nl.buurtkennis.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.search.SearchService;
import nl.buurtkennis.taxonomy.Taxonomy;

/**
 * One document as an export holds it: the record, the absolute URL of its page on this site and
 * the labels of its facet values in the language of the export.
 *
 * @param pageUrl the absolute URL of the document's page in no language, such as
 *     {@code http://localhost:7070/documents/nl-budget}: its permanent address, which ids (the
 *     feed's entry ids) use
 * @param pageUrlInLanguage the absolute URL of the page in the language of the export, which a
 *     reader follows and every export, citation and feed entry links: {@code pageUrl} for Dutch,
 *     {@code ...?lang=en} for English
 * @param labels per facet dimension ({@code form}, {@code issue}, ...), the document's value ids
 *     mapped to their labels, as {@link SearchService#labels} gives them
 */
public record ExportEntry(CorpusDocument document, String pageUrl, String pageUrlInLanguage,
    Map<String, Map<String, String>> labels) {
  /** The facets whose labels describe what a document is about, in the order they are listed. */
  static final List<String> SUBJECT_FACETS =
      List.of("form", "issue", "benefit", "condition", "police_task", "evidence");
  private static final List<String> PUBLICATION_TYPES = List.of("report", "evaluation", "policy");

  public ExportEntry {
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    labels.forEach((dim, byId) ->
        copy.put(dim, Collections.unmodifiableMap(new LinkedHashMap<>(byId))));
    labels = Collections.unmodifiableMap(copy);
  }

  /** The entry of {@code doc}, with labels in {@code lang} and its page on {@code site}. */
  public static ExportEntry of(CorpusDocument doc, Taxonomy taxonomy, String lang, SiteUrls site) {
    return new ExportEntry(doc, site.document(doc.id()), site.document(doc.id(), lang),
        SearchService.labels(taxonomy, doc, lang));
  }

  /**
   * Whether the document is a publication of its organisations (a report, an evaluation, a policy
   * document), so that they stand as its publisher, and as its author where it names no persons.
   * A practice description names the organisations that run the practice, not its writers.
   */
  public boolean isPublication() {
    return PUBLICATION_TYPES.contains(document.type());
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
