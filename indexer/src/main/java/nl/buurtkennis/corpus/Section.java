package nl.buurtkennis.corpus;

import java.util.List;

/**
 * A passage of a document: the text under one {@code ## } heading, or the text before the first.
 *
 * @param heading the heading text, or null for the introduction before the first heading
 * @param anchor the fragment id of the heading on the document page, or null for the introduction
 * @param text the plain text, as indexed and highlighted
 * @param blocks the same text in its paragraphs and lists, for display
 */
public record Section(String heading, String anchor, String text, List<Block> blocks) {
  public Section {
    blocks = List.copyOf(blocks);
  }
}
