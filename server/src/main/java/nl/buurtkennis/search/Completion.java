package nl.buurtkennis.search;

/**
 * A suggestion as you type.
 *
 * @param target the document id for a document, {@code facet/concept} for a concept, or the
 *     keyword itself
 */
public record Completion(String text, Kind kind, String target) {
  /** What a suggestion points to, in order of precedence where two have the same text. */
  public enum Kind { DOCUMENT, CONCEPT, KEYWORD }
}
