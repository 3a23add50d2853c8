package nl.buurtkennis.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Why a hit ranks where it does, for the librarians who tune the vocabulary.
 *
 * @param score the hit's score
 * @param matches what contributed to the score, largest first
 * @param concepts the concepts the query named ({@code facet/id}), found in either language
 * @param compoundParts the query's Dutch compounds, each with the parts it was also searched as
 * @param inPlaceOf the id of the hit's translation, when this hit, in the page's language, took
 *     its translation's better place ({@link LanguagePairs}): its score is then lower than the
 *     score of a hit below it; otherwise null and left out
 */
public record HitExplanation(float score, List<Match> matches, List<String> concepts,
    List<String> compoundParts, @JsonInclude(JsonInclude.Include.NON_NULL) String inPlaceOf) {

  /** This explanation, for a hit that took the place of its translation {@code id}. */
  HitExplanation inPlaceOf(String id) {
    return new HitExplanation(score, matches, concepts, compoundParts, id);
  }

  /**
   * One contribution.
   *
   * @param kind {@code words} (the query's words in a field), {@code phrase} (a phrase or
   *     proximity match), {@code concept} (tagged with a concept the query names or using its
   *     names, counted at indexing), {@code section} (tagged with the concept the whole query
   *     names, with a section of its own on it), {@code concept-name} (tagged with a concept with
   *     a query word in its names), {@code name} (the body uses this name of a concept the query names;
   *     score 0, as its uses are part of the concept's score)
   * @param field the field, e.g. {@code body_nl}, or the facet for a concept
   * @param text the terms as indexed (stemmed), the concept id, or the name as the vocabulary
   *     writes it
   * @param via for words the query was also searched as because the glossary or the concept
   *     labels translate a typed word or give another name for it: that word and the typed
   *     words, in the request's language ({@code ouderen — vertaling van elderly}); otherwise
   *     null and left out
   */
  public record Match(String kind, String field, String text, float score,
      @JsonInclude(JsonInclude.Include.NON_NULL) String via) {

    /** A match of the query as typed. */
    public Match(String kind, String field, String text, float score) {
      this(kind, field, text, score, null);
    }
  }
}
