package nl.buurtkennis.web;

import nl.buurtkennis.search.SearchResponse;

/**
 * Why a search found nothing, when its query says why: it holds no word, only operators and
 * punctuation ({@code "}, {@code -}, {@code NOT}), or only words too common to be searched in
 * either language ({@code is}, {@code was in}). A plain "no documents found" would leave the user guessing.
 */
final class NoResultsReason {
  private NoResultsReason() {}

  /** The reason in the user's language, or null when there are hits or the query has words. */
  static TypedText of(Messages msg, SearchResponse response) {
    if (response == null || response.total() > 0 || !response.nothingSearched()) {
      return null;
    }
    return response.stopWords().isEmpty() ? msg.formatTyped("results.nowords")
        : msg.formatTyped("results.stopwords", new TypedText.TypedWords(response.stopWords()));
  }
}
