package nl.buurtkennis.web;

import nl.buurtkennis.search.SearchResponse;

/**
 * Why a search found nothing, when its query says why: it holds no word, only operators and
 * punctuation ({@code "}, {@code -}, {@code NOT}), or only words too common to be searched in
 * either language ({@code is}, {@code was in}); or what it excludes leaves out all the rest finds
 * ({@code jongeren -jeugd}: {@code jeugd} is another name of {@code jongeren}). A plain "no
 * documents found" would leave the user guessing.
 */
final class NoResultsReason {
  private NoResultsReason() {}

  /** The reason in the user's language, or null when there are hits or the query says none. */
  static TypedText of(Messages msg, SearchResponse response) {
    if (response == null || response.total() > 0) {
      return null;
    }
    if (!response.excludedAll().isEmpty()) {
      return msg.formatTyped("results.excludedall",
          new TypedText.TypedWords(response.excludedAll()));
    }
    if (!response.nothingSearched()) {
      return null;
    }
    return response.stopWords().isEmpty() ? msg.formatTyped("results.nowords")
        : msg.formatTyped("results.stopwords", new TypedText.TypedWords(response.stopWords()));
  }
}
