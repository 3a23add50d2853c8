package nl.buurtkennis.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.Locale;

/** Says in words why writing an index failed, and that the live index was left as it was. */
final class IndexWriteError {
  private IndexWriteError() {}

  static String describe(IOException e, Path index) {
    String reason = e.getMessage() == null ? "" : e.getMessage();
    String what;
    if (reason.toLowerCase(Locale.ROOT).contains("no space left on device")) {
      what = "no space left on device while writing the index to " + index
          + "; free some disk space and build again";
    } else if (e instanceof AccessDeniedException) {
      what = "no permission to write the index to " + index;
    } else {
      what = "writing the index to " + index + " failed (" + reason + ")";
    }
    return what + ". The index there was left as it was.";
  }
}
