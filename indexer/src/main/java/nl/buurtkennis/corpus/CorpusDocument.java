package nl.buurtkennis.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One document of the corpus, as parsed and validated from its Markdown file.
 *
 * @param path the file, relative to the corpus folder, with '/' separators
 * @param year the year of the source, or null when the source has none (general public
 *     information has no date; the year the text was written is not the source's)
 * @param evidence the evidence level id, or null when not given
 * @param parent the id of the report this document belongs to, or null
 * @param translation the id of the same document in the other language, or null; the link is
 *     written in one document or in both, and {@link Corpus#translation} follows it either way
 */
public record CorpusDocument(
    String id,
    String path,
    String title,
    String type,
    String language,
    Integer year,
    String summary,
    List<String> forms,
    List<String> issues,
    List<String> benefits,
    List<String> conditions,
    List<String> policeTasks,
    String evidence,
    List<String> places,
    List<String> organisations,
    List<String> authors,
    String source,
    String url,
    List<String> keywords,
    String parent,
    String translation,
    List<Section> sections) {

  public CorpusDocument {
    forms = List.copyOf(forms);
    issues = List.copyOf(issues);
    benefits = List.copyOf(benefits);
    conditions = List.copyOf(conditions);
    policeTasks = List.copyOf(policeTasks);
    places = List.copyOf(places);
    organisations = List.copyOf(organisations);
    authors = List.copyOf(authors);
    keywords = List.copyOf(keywords);
    sections = List.copyOf(sections);
  }

  public CorpusDocument withTranslation(String translationId) {
    return new CorpusDocument(id, path, title, type, language, year, summary, forms, issues,
        benefits, conditions, policeTasks, evidence, places, organisations, authors, source, url,
        keywords, parent, translationId, sections);
  }

  /**
   * The concepts the document is tagged with, per topic facet: form, issue, benefit, condition,
   * police task.
   */
  public Map<String, List<String>> topicConcepts() {
    Map<String, List<String>> topics = new LinkedHashMap<>();
    topics.put("form", forms);
    topics.put("issue", issues);
    topics.put("benefit", benefits);
    topics.put("condition", conditions);
    topics.put("police_task", policeTasks);
    return topics;
  }

  /**
   * The document's values of every facet the taxonomy backs, in the order they are shown: type,
   * language, the topic facets ({@link #topicConcepts}), evidence (none when not given).
   */
  public Map<String, List<String>> taxonomyValues() {
    Map<String, List<String>> values = new LinkedHashMap<>();
    values.put("type", List.of(type));
    values.put("language", List.of(language));
    values.putAll(topicConcepts());
    values.put("evidence", evidence == null ? List.of() : List.of(evidence));
    return values;
  }

  /** What joins two sections in {@link #bodyText()}: a blank line, found in no section's text. */
  public static final String SECTION_BREAK = "\n\n";

  /** The plain text of all sections, headings included, as one searchable body. */
  public String bodyText() {
    int length = 0;
    for (Section section : sections) {
      length += SECTION_BREAK.length() + section.textLength();
    }
    StringBuilder body = new StringBuilder(length);
    for (Section section : sections) {
      if (!body.isEmpty()) {
        body.append(SECTION_BREAK);
      }
      section.appendText(body);
    }
    return body.toString();
  }
}
