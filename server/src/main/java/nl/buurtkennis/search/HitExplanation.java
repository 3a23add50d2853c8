package nl.buurtkennis.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a hit ranks where it does, for the librarians who tune the vocabulary. Its matches add up
 * to its score: ranked by relevance, the scores go down the page.
 *
 * @param score the score the hit is ranked by: its {@code queryScore}, except for a hit that
 *     changed places with its translation ({@code inPlaceOf}, {@code placeTakenBy}), which is
 *     ranked by the score of the place it took
 * @param queryScore the score the query gives the hit, the sum of its matches but the
 *     {@code language-pair} one
 * @param matches what contributed to the score: the query's matches, largest first, then a
 *     {@code rest} of the query's score that no one match accounts for, if any, then the
 *     {@code language-pair} change of places, if any
 * @param concepts the concepts the query named ({@code facet/id}), found in either language
 * @param compoundParts the query's Dutch compounds, each with the parts it was also searched as
 * @param inPlaceOf the id of the hit's translation, when this hit, in the page's language, took
 *     its translation's better place ({@link LanguagePairs}); otherwise null and left out
 * @param placeTakenBy the id of the hit's translation, when that translation, in the page's
 *     language, took this hit's better place; otherwise null and left out
 */
public record HitExplanation(float score, float queryScore, List<Match> matches,
    List<String> concepts, List<String> compoundParts,
    @JsonInclude(JsonInclude.Include.NON_NULL) String inPlaceOf,
    @JsonInclude(JsonInclude.Include.NON_NULL) String placeTakenBy) {

  /** The kind of the match that moves a hit to its translation's place. */
  static final String LANGUAGE_PAIR = "language-pair";

  /** The kind of the part of the query's score that no one match accounts for. */
  static final String REST = "rest";

  /** An explanation of a hit ranked by the score the query gives it. */
  HitExplanation(float queryScore, List<Match> matches, List<String> concepts,
      List<String> compoundParts) {
    this(queryScore, queryScore, matches, concepts, compoundParts, null, null);
  }

  /**
   * This explanation, for a hit that changed places with its translation {@code translation}:
   * ranked by {@code placeScore}, the score of the place it is in, which is its translation's
   * score; a match of kind {@code language-pair} in the language of the page ({@code lang})
   * says by how much that moved it.
   *
   * @param tookItsPlace whether this hit, in the page's language, took the better place
   */
  HitExplanation changedPlaces(String translation, boolean tookItsPlace, float placeScore,
      String lang) {
    List<Match> all = new ArrayList<>(matches);
    all.add(new Match(LANGUAGE_PAIR, lang, translation, placeScore - queryScore));
    return new HitExplanation(placeScore, queryScore, List.copyOf(all), concepts, compoundParts,
        tookItsPlace ? translation : null, tookItsPlace ? null : translation);
  }

  /**
   * One contribution.
   *
   * @param kind {@code words} (the query's words in a field), {@code phrase} (a phrase or
   *     proximity match), {@code concept} (tagged with a concept the query names or using its
   *     names, counted at indexing), {@code section} (tagged with the concept the whole query
   *     names, with a section of its own on it), {@code title} (tagged with the concept the
   *     whole query names by another name than its label, with a title that names it), {@code
   *     concept-name} (tagged with a concept with
   *     a query word in its names), {@code name} (the body uses this name of a concept the query
   *     names; score 0, as its uses are part of the concept's score), {@code rest} (the part of
   *     the query's score that no one match accounts for; field {@code query}, text empty), or
   *     {@code language-pair} (the hit changed places with its translation, {@code text}, as the
   *     hit in the page's language, {@code field}, takes the better place of the two: the
   *     difference between the score of its place and its query score, positive for the hit
   *     that moved up, negative for the one that moved down, 0 for both where they scored the
   *     same)
   * @param field the field, e.g. {@code body_nl}, or the facet for a concept
   * @param text the terms as indexed (stemmed), the concept id, or the name as the vocabulary
   *     writes it
   * @param score what the match adds to the hit's score: its own score times its share in a
   *     part of the query that counts its best match whole and the others at a fraction
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
