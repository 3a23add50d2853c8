package nl.buurtkennis.index;

import java.util.Locale;

/**
 * What a build or update did, counted per document, and the line that reports it.
 *
 * @param reason why an update rewrote every document, or what refused it; empty otherwise
 * @param skipped documents left as they were because their content hash did not change
 * @param errors problems that refused the run (a refused run writes nothing)
 * @param documents documents in the index afterwards
 */
public record UpdateSummary(Kind kind, String reason, int added, int changed, int removed,
    int skipped, int errors, int documents, long millis) {

  /** How a run went. */
  public enum Kind {
    /** A full build ({@code indexer build}). */
    BUILD,
    /** An update that rewrote every document, e.g. because the taxonomy changed. */
    REBUILD,
    /** An update that touched only added, changed and removed documents. */
    UPDATE,
    /** An update that found nothing to do and made no commit. */
    UNCHANGED,
    /** A run that wrote nothing because the corpus has problems. */
    REFUSED,
    /** As {@link #REFUSED}, where there was no index to leave as it was. */
    REFUSED_WITHOUT_INDEX;

    /** Whether the index now holds the corpus. */
    public boolean succeeded() {
      return this != REFUSED && this != REFUSED_WITHOUT_INDEX;
    }
  }

  /** A run refused because of {@code errors} problems in the corpus. */
  public static UpdateSummary refused(int errors, long millis) {
    return new UpdateSummary(Kind.REFUSED, "the corpus has problems", 0, 0, 0, 0, errors, 0,
        millis);
  }

  /** A run refused because of {@code errors} problems, where no index was there before it. */
  public static UpdateSummary refusedWithoutIndex(int errors, long millis) {
    return new UpdateSummary(Kind.REFUSED_WITHOUT_INDEX, "the corpus has problems", 0, 0, 0, 0,
        errors, 0, millis);
  }

  public UpdateSummary withMillis(long newMillis) {
    return new UpdateSummary(kind, reason, added, changed, removed, skipped, errors, documents,
        newMillis);
  }

  /** The summary line, e.g. {@code update: 1 added, 2 changed, 0 removed, 38 skipped ...}. */
  public String describe() {
    String counts = String.format(Locale.ROOT,
        "%d added, %d changed, %d removed, %d skipped (unchanged), %s in %d ms",
        added, changed, removed, skipped, EnglishCount.of(errors, "error"), millis);
    String inIndex = EnglishCount.of(documents, "document") + " in the index";
    return switch (kind) {
      case BUILD -> "build: " + counts + "; " + inIndex;
      case REBUILD -> "update (full rebuild: " + reason + "): " + counts + "; " + inIndex;
      case UPDATE -> "update: " + counts + "; " + inIndex;
      case UNCHANGED -> "update: " + counts + "; the index was up to date, nothing written";
      case REFUSED -> "refused (" + reason + "): " + counts + "; the index was left as it was";
      case REFUSED_WITHOUT_INDEX -> "refused (" + reason + "): " + counts + "; no index was written";
    };
  }
}
