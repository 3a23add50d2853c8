package nl.buurtkennis.web;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import nl.buurtkennis.search.ConceptMatcher;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.taxonomy.Taxonomy;

/**
 * The vocabulary page: every facet with its concepts, definitions and synonyms, each concept's
 * narrower concepts nested under it so the page's lists carry the hierarchy.
 */
public record VocabularyPage(Messages msg, List<FacetEntry> facets, String otherLanguageUrl) {

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
   * @param searchUrl the search for every document tagged with this concept
   * @param narrower the concepts directly under this one, in taxonomy order
   */
  public record ConceptEntry(String id, String label, String otherLabel, String definition,
      List<String> synonyms, String searchUrl, List<ConceptEntry> narrower) {}

  static VocabularyPage of(Messages msg, Taxonomy taxonomy) {
    String lang = msg.lang();
    String other = "en".equals(lang) ? "nl" : "en";
    String lq = "en".equals(lang) ? "&lang=en" : "";
    List<FacetEntry> facets = taxonomy.facets().stream().map(facet -> new FacetEntry(facet.id(),
        facet.label().in(lang), facet.definition().in(lang),
        ConceptMatcher.TOPIC_FACETS.contains(facet.id()),
        concepts(facet, facet.roots(), lang, other, lq))).toList();
    return new VocabularyPage(msg, facets, "/vocabulary" + ("en".equals(lang) ? "" : "?lang=en"));
  }

  /** The synonyms once each, whatever their case: both languages list {@code NL}. */
  private static List<String> distinct(List<String> synonyms) {
    Set<String> seen = new HashSet<>();
    return synonyms.stream().filter(synonym -> seen.add(synonym.toLowerCase(Locale.ROOT)))
        .toList();
  }

  private static List<ConceptEntry> concepts(Facet facet, List<Concept> concepts, String lang,
      String other, String lq) {
    return concepts.stream().map(c -> new ConceptEntry(c.id(), c.label().in(lang),
        c.label().in(other), c.definition().in(lang),
        distinct(Stream.concat(c.synonyms(lang).stream(), c.synonyms(other).stream()).toList()),
        "/?" + SearchUrls.encode(facet.id()) + "=" + SearchUrls.encode(c.id()) + lq,
        concepts(facet, c.children(), lang, other, lq))).toList();
  }
}
