package nl.buurtkennis.taxonomy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The controlled vocabulary of every facet, as read from {@code corpus/taxonomy.yml}. */
public final class Taxonomy {
  /** Facets that every taxonomy must define, because document fields refer to them. */
  public static final List<String> REQUIRED_FACETS =
      List.of("form", "issue", "condition", "benefit", "police_task", "evidence", "type", "language");

  /**
   * Facets whose concepts describe what a document is about: a query that names one of their
   * concepts finds the documents tagged with it.
   */
  public static final List<String> TOPIC_FACETS =
      List.of("form", "issue", "benefit", "condition", "police_task");

  private final Map<String, Facet> facets = new LinkedHashMap<>();
  private final List<GlossaryEntry> glossary;
  private final List<String> glossaryWords;
  private final String source;

  /**
   * @param source the YAML text the taxonomy was read from, kept so an index can carry the
   *     vocabulary it was built with
   */
  public Taxonomy(List<Facet> facets, String source) {
    this(facets, List.of(), source);
  }

  /**
   * @param glossary the words paired across the languages that no concept names
   * @param source the YAML text the taxonomy was read from
   */
  public Taxonomy(List<Facet> facets, List<GlossaryEntry> glossary, String source) {
    facets.forEach(f -> this.facets.put(f.id(), f));
    this.glossary = List.copyOf(glossary);
    this.glossaryWords = this.glossary.stream()
        .flatMap(entry -> Stream.concat(entry.nl().stream(), entry.en().stream())).toList();
    this.source = source;
  }

  public List<Facet> facets() {
    return List.copyOf(facets.values());
  }

  public Optional<Facet> facet(String id) {
    return Optional.ofNullable(facets.get(id));
  }

  /** The facet with {@code id}; for the required facets, which a valid taxonomy always has. */
  public Facet require(String id) {
    Facet facet = facets.get(id);
    if (facet == null) {
      throw new IllegalStateException("the taxonomy has no facet '" + id + "'");
    }
    return facet;
  }

  public List<GlossaryEntry> glossary() {
    return glossary;
  }

  /** Every word and phrase of the glossary, Dutch and English, as listed. */
  public List<String> glossaryWords() {
    return glossaryWords;
  }

  public String source() {
    return source;
  }
}
