package nl.buurtkennis.index;

/** A count with its noun in English, singular for one: "1 document", "0 errors", "2 errors". */
public final class EnglishCount {
  private EnglishCount() {}

  /** {@code count} and {@code noun}, which takes an s unless the count is one. */
  public static String of(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
