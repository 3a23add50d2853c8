package nl.buurtkennis.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}, in the shape of the JSON API.
 *
 * @param suggestion a corrected query that finds more, or whose corrected words find documents
 *     among the selected where the typed ones found none; or null
 * @param unmatched the words of the query that nothing in the corpus matches (lower case, as
 *     typed): the hits, if any, come from its other words
 * @param stopWords the words of the query too common to be searched: stop words of both languages,
 *     which no language's analysis searches, and asked-for stop words of one language that the
 *     other's analysis searches but no text holds so ({@code van}, {@code men}), which find
 *     nothing (lower case, as typed)
 * @param nothingSearched the query is not blank but holds no word that is searched: only
 *     operators, punctuation and symbols ({@code ©}, {@code 🚓}), or only the words of
 *     {@code stopWords}
 * @param partial the search ran out of time: hits, total and counts are what was found until then
 * @param excludedAll the query's excluded items as typed (without their {@code -}) when the search
 *     finds nothing only because of them: the rest of the query finds documents among those
 *     selected, and each holds an excluded item, as a word, another name or a translation of it
 *     ({@code jongeren -jeugd}, {@code politie -police}); empty otherwise, and when
 *     {@code nothingSearched}
 */
public record SearchResponse(String query, long total, int page, int size, List<Hit> hits,
    Map<String, List<FacetValue>> facets, Suggestion suggestion, List<String> unmatched,
    @JsonProperty("stop_words") List<String> stopWords,
    @JsonProperty("nothing_searched") boolean nothingSearched, boolean partial,
    @JsonProperty("excluded_all") List<String> excludedAll) {

  public SearchResponse(String query, long total, int page, int size, List<Hit> hits,
      Map<String, List<FacetValue>> facets, Suggestion suggestion, List<String> unmatched) {
    this(query, total, page, size, hits, facets, suggestion, unmatched, List.of(), false, false,
        List.of());
  }

  /** This answer, marked as cut short by the deadline. */
  public SearchResponse asPartial() {
    return new SearchResponse(query, total, page, size, hits, facets, suggestion, unmatched,
        stopWords, nothingSearched, true, excludedAll);
  }

  /**
   * This answer with what {@code words} says of the query's words. A query that searches no word
   * ({@code -the}) finds nothing for that reason, not for what it excludes.
   */
  SearchResponse with(QueryWords words) {
    return new SearchResponse(query, total, page, size, hits, facets, suggestion, unmatched,
        words.stopWords(), words.nothingSearched(), partial,
        words.nothingSearched() ? List.of() : excludedAll);
  }

  /** This answer, saying that {@code excluded} left out all the rest of the query finds. */
  SearchResponse excludingAll(List<String> excluded) {
    return new SearchResponse(query, total, page, size, hits, facets, suggestion, unmatched,
        stopWords, nothingSearched, partial, List.copyOf(excluded));
  }

  /**
   * "Did you mean": a corrected query and how many documents it finds.
   *
   * @param lang the language the query's words are in ({@link SuggestionLanguage}): "nl", "en",
   *     or null where they tell none or both
   * @param kind {@link #SPELLING}, or {@link #ANY_WORD} for words that find nothing together
   */
  public record Suggestion(String query, long total, String lang, String kind) {
    /** A spelling corrected. */
    public static final String SPELLING = "spelling";
    /** Words that find nothing together, searched as alternatives. */
    public static final String ANY_WORD = "any_word";

    public Suggestion(String query, long total, String lang) {
      this(query, total, lang, SPELLING);
    }

    /** The key of the words that introduce it on a page. */
    public String labelKey() {
      return ANY_WORD.equals(kind) ? "suggestion.anyword.label" : "suggestion.label";
    }
  }

  /**
   * One result.
   *
   * @param snippet HTML: the text escaped, with only {@code <mark>} tags around matched words
   * @param section heading of the passage the snippet comes from, or null
   * @param anchor fragment id of that section on the document page, or null
   * @param year the source's year, or null when the source has none
   * @param missing the query's words the hit holds in no form, for a query of several plain
   *     words ({@link MissingWords}); found through a concept or a translation the others name
   * @param explain why the hit ranks where it does, when asked for; otherwise null and left out
   */
  public record Hit(String id, String title, String type, String language, Integer year,
      List<String> places, String summary, String snippet, String section, String anchor,
      List<String> forms, List<String> issues, List<String> benefits, List<String> conditions,
      @JsonProperty("police_tasks") List<String> policeTasks, String evidence,
      List<String> missing, @JsonInclude(JsonInclude.Include.NON_NULL) HitExplanation explain) {}

  /**
   * One value of a facet with the number of hits it would give when selected.
   *
   * @param parent id of the broader value, or null
   */
  public record FacetValue(String id, String label, long count, boolean selected, String parent,
      int depth) {}
}
