package nl.buurtkennis.search;

/**
 * A suggestion as you type.
 *
 * @param target the document id for a document, {@code facet/concept} for a concept, or the
 *     keyword itself
 * @param lang the language of {@code text} ({@code nl} or {@code en}): a document's title in the
 *     document's, a concept's label in the one it is given in, a glossary's word in the language it is
 *     listed for, a document's keyword in the one its words are in (a Dutch term in an English
 *     document is Dutch: {@link KeywordLanguage}), or the one asked for where they tell none (a
 *     name). A page marks a text in another language than its own
 */
public record Completion(String text, Kind kind, String target, String lang) {
  /** What a suggestion points to, in order of precedence where two have the same text. */
  public enum Kind { DOCUMENT, CONCEPT, KEYWORD }
}
