package nl.buurtkennis.search;

/**
 * A search that ran out of time where a partial answer would mislead: an export, a feed or a count
 * must be whole or not be given.
 */
public final class SearchTimeoutException extends RuntimeException {
  public SearchTimeoutException() {
    super("the search took too long");
  }
}
