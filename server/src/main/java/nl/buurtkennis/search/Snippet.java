package nl.buurtkennis.search;

/**
 * A passage of a document that matched.
 *
 * @param html the passage with every character escaped and matched words in {@code <mark>}
 * @param startOffset where the passage starts in the field's text, or -1 when not known
 * @param commonWordsOnly whether every match in it is of a word that nearly every text holds,
 *     as the {@code werkt} of "Hoe het werkt", while the query asks for a rarer one ({@link
 *     PassageWeights#commonIn})
 */
record Snippet(String html, int startOffset, boolean commonWordsOnly) {}
