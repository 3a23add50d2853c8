package nl.buurtkennis.corpus;

import java.util.List;

/**
 * A block of a section's text, kept as plain text so that pages can show it with every character
 * escaped: a paragraph, a heading below the section level, a list, or a quotation.
 */
public record Block(Kind kind, List<String> lines) {
  public enum Kind { PARAGRAPH, HEADING, BULLET_LIST, ORDERED_LIST, QUOTE }

  public Block {
    lines = List.copyOf(lines);
  }
}
