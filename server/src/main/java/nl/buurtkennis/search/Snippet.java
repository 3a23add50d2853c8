package nl.buurtkennis.search;

/**
 * A passage of a document that matched.
 *
 * @param html the passage with every character escaped and matched words in {@code <mark>}
 * @param startOffset where the passage starts in the field's text, or -1 when not known
 */
record Snippet(String html, int startOffset) {}
