package nl.buurtkennis.search;

/** The server has started but its index is still being checked, built or opened. */
public final class IndexNotReadyException extends RuntimeException {
  public IndexNotReadyException() {
    super("the index is being prepared; try again in a moment");
  }
}
