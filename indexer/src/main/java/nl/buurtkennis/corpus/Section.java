package nl.buurtkennis.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A passage of a document: the text under one {@code ## } heading, or the text before the first.
 *
 * @param heading the heading text, or null for the introduction before the first heading
 * @param anchor the fragment id of the heading on the document page, or null for the introduction
 * @param blocks the text in its paragraphs and lists, for display
 */
public record Section(String heading, String anchor, List<Block> blocks) {
  public Section {
    blocks = List.copyOf(blocks);
  }

  /**
   * The plain text, as indexed and highlighted: the heading and then every line of every block,
   * nested lists' included, one per line. Derived from the blocks, so the index stores each text once; still part of the
   * document as the API shows it.
   */
  @JsonProperty("text")
  public String text() {
    return appendText(new StringBuilder(textLength())).toString();
  }

  /** The length of {@link #text()} at most (one line break per line). */
  int textLength() {
    int length = heading == null ? 0 : heading.length();
    for (Block block : blocks) {
      for (String line : block.allLines()) {
        length += 1 + line.length();
      }
    }
    return length;
  }

  /**
   * Appends {@link #text()} to {@code out}, so that a document's body is built in one builder
   * rather than from a string per section.
   */
  StringBuilder appendText(StringBuilder out) {
    int start = out.length();
    out.append(heading == null ? "" : heading);
    for (Block block : blocks) {
      for (String line : block.allLines()) {
        out.append(out.length() == start ? "" : "\n").append(line);
      }
    }
    return out;
  }
}
