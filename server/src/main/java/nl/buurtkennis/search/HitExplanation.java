package nl.buurtkennis.search;

import java.util.List;

/**
 * Why a hit ranks where it does, for the librarians who tune the vocabulary.
 *
 * @param score the hit's score
 * @param matches what contributed to the score, largest first
 * @param concepts the concepts the query named ({@code facet/id}), found in either language
 * @param compoundParts the query's Dutch compounds, each with the parts it was also searched as
 */
public record HitExplanation(float score, List<Match> matches, List<String> concepts,
    List<String> compoundParts) {

  /**
   * One contribution.
   *
   * @param kind {@code words} (the query's words in a field), {@code phrase} (a phrase or
   *     proximity match), {@code concept} (tagged with a concept the query names or using its
   *     names, counted at indexing), {@code concept-name} (tagged with a concept with a query
   *     word in its names), {@code name} (the body uses this name of a concept the query names;
   *     score 0, as its uses are part of the concept's score)
   * @param field the field, e.g. {@code body_nl}, or the facet for a concept
   * @param text the terms as indexed (stemmed), the concept id, or the name as the vocabulary
   *     writes it
   */
  public record Match(String kind, String field, String text, float score) {}
}
