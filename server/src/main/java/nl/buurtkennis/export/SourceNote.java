package nl.buurtkennis.export;

/**
 * The note naming the source a text is based on, in three runs: the citation's words before the
 * source, the source as the front matter names it, and the words after it. The words are in the
 * citation's language, the source in the document's, so that markup can mark where the one
 * language gives way to the other (the document page, the feed).
 *
 * @param before the citation's words up to the source (the whole note when there is no source)
 * @param source the source as the front matter names it, or null
 * @param after the citation's words after the source; empty when there is no source
 */
public record SourceNote(String before, String source, String after) {

  /** The note as one text. */
  public String text() {
    return source == null ? before + after : before + source + after;
  }
}
