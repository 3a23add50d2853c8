package nl.buurtkennis.reindex;

/** Thrown when a re-index is asked for while another one runs; the API answers 409. */
public final class ReindexBusyException extends Exception {
  public ReindexBusyException(String message) {
    super(message);
  }
}
