package nl.buurtkennis.index;

import java.io.IOException;

/**
 * Another build or update holds the index folder's write lock (in this process or another one);
 * nothing was written.
 */
public final class IndexBusyException extends IOException {
  public IndexBusyException(String indexName, Throwable cause) {
    super("another build or update is writing to " + indexName
        + "; try again when it has finished", cause);
  }
}
