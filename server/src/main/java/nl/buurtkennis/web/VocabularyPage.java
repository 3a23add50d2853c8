package nl.buurtkennis.web;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.buurtkennis.search.ConceptMatcher;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.taxonomy.Taxonomy;

/**
 * The vocabulary page: every facet with its concepts, definitions and synonyms, each concept's
 * narrower concepts nested under it so the page's lists carry the hierarchy; then the glossary's
 * word pairs, which a search translates.
 */
public record VocabularyPage(Messages msg, List<FacetEntry> facets, List<GlossaryRow> glossary,
    String otherLanguageUrl) {

  /** A glossary entry: its Dutch and its English words, each side joined with commas. */
  public record GlossaryRow(String nl, String en) {}

  /**
   * A facet and its top concepts in taxonomy order.
   *
   * @param searched whether a query that names a concept finds the documents tagged with it
   *     ({@link ConceptMatcher#TOPIC_FACETS}); the page calls the synonyms of other facets
   *     "also known as", not "also searched as"
   */
  public record FacetEntry(String id, String label, String definition, boolean searched,
      List<ConceptEntry> concepts) {}

  /**
   * A concept with what the page shows of it.
   *
   * @param synonyms its synonyms in the page's language, as the taxonomy lists them
   * @param otherSynonyms its synonyms in the other language, as the taxonomy lists them, without
   *     those the page's language lists too; the page marks them with that language
   * @param searchUrl the search for every document tagged with this concept
   * @param narrower the concepts directly under this one, in taxonomy order
   */
  public record ConceptEntry(String id, String label, String otherLabel, String definition,
      List<String> synonyms, List<String> otherSynonyms, String searchUrl,
      List<ConceptEntry> narrower) {

    public boolean hasSynonyms() {
      return !synonyms.isEmpty() || !otherSynonyms.isEmpty();
    }
  }

  static VocabularyPage of(Messages msg, Taxonomy taxonomy) {
    String lang = msg.lang();
    String other = "en".equals(lang) ? "nl" : "en";
    String lq = "en".equals(lang) ? "&lang=en" : "";
    List<FacetEntry> facets = taxonomy.facets().stream().map(facet -> new FacetEntry(facet.id(),
        facet.label().in(lang), facet.definition().in(lang),
        ConceptMatcher.TOPIC_FACETS.contains(facet.id()),
        concepts(facet, facet.roots(), lang, other, lq))).toList();
    List<GlossaryRow> glossary = taxonomy.glossary().stream()
        .map(entry -> new GlossaryRow(String.join(", ", entry.nl()), String.join(", ", entry.en())))
        .toList();
    return new VocabularyPage(msg, facets, glossary,
        "/vocabulary" + ("en".equals(lang) ? "" : "?lang=en"));
  }

  /**
   * {@code synonyms} once each, whatever their case, and without those of {@code shown}: both
   * languages list {@code NL}, which the page's language then shows.
   */
  private static List<String> distinct(List<String> synonyms, List<String> shown) {
    Set<String> seen = new HashSet<>();
    shown.forEach(synonym -> seen.add(synonym.toLowerCase(Locale.ROOT)));
    return synonyms.stream().filter(synonym -> seen.add(synonym.toLowerCase(Locale.ROOT)))
        .toList();
  }

  private static List<ConceptEntry> concepts(Facet facet, List<Concept> concepts, String lang,
      String other, String lq) {
    return concepts.stream().map(c -> {
      List<String> own = distinct(c.synonyms(lang), List.of());
      return new ConceptEntry(c.id(), c.label().in(lang), c.label().in(other),
          c.definition().in(lang), own, distinct(c.synonyms(other), own),
          "/?" + SearchUrls.encode(facet.id()) + "=" + SearchUrls.encode(c.id()) + lq,
          concepts(facet, c.children(), lang, other, lq));
    }).toList();
  }
}
