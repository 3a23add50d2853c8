package nl.buurtkennis.corpus;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * A block of a section's text, kept as plain text so that pages can show it with every character
 * escaped: a paragraph, a heading below the section level, a list, or a quotation.
 *
 * @param lines the text: one line, or a list's items (each without the lists nested in it)
 * @param sublists for a list, the lists nested in each item, in the order of {@code lines}; empty
 *     when no item has one (and then left out of the JSON)
 */
public record Block(Kind kind, List<String> lines,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<List<Block>> sublists) {
  public enum Kind { PARAGRAPH, HEADING, BULLET_LIST, ORDERED_LIST, QUOTE }

  public Block {
    lines = List.copyOf(lines);
    sublists = sublists == null || sublists.stream().allMatch(List::isEmpty) ? List.of()
        : sublists.stream().map(List::copyOf).toList();
    if (!sublists.isEmpty() && sublists.size() != lines.size()) {
      throw new IllegalArgumentException("a list's sublists go with its items, one entry each");
    }
  }

  public Block(Kind kind, List<String> lines) {
    this(kind, lines, List.of());
  }

  /** The lists nested in item {@code item} of this list; empty when it has none. */
  public List<Block> sublists(int item) {
    return sublists.isEmpty() ? List.of() : sublists.get(item);
  }

  /** Every line of this block, those of its nested lists after their item's, in reading order. */
  public List<String> allLines() {
    if (sublists.isEmpty()) {
      return lines;
    }
    List<String> all = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      all.add(lines.get(i));
      for (Block sublist : sublists.get(i)) {
        all.addAll(sublist.allLines());
      }
    }
    return all;
  }
}
