package nl.buurtkennis.admin;

import java.util.ArrayList;
import java.util.List;

/**
 * The open Markdown list of a text being written: the marks of its items, each nested item
 * indented to the text of the item above it, as CommonMark nests them (two spaces under
 * {@code - }, three under {@code 1. }), and numbered on from the item before it at its level.
 */
final class MarkdownList {
  /** For each level of the open items: the column where their text starts. */
  private final List<Integer> columns = new ArrayList<>();
  /** For each level of the open items: the last item's number, 0 for a bullet. */
  private final List<Integer> numbers = new ArrayList<>();

  /** The list ended: the next item starts a new one. */
  void end() {
    columns.clear();
    numbers.clear();
  }

  /**
   * The start of an item's line, its indent and mark.
   *
   * @param level 0 for an item of the list itself, 1 for one nested in an item, and so on; at
   *     most one deeper than the item before (Markdown cannot skip a level)
   * @param number an ordered item's number, or 0 to number it on from the one before; -1 for a
   *     bullet
   */
  String mark(int level, int number) {
    int at = Math.min(Math.max(level, 0), columns.size());
    int indent = at == 0 ? 0 : columns.get(at - 1);
    int previous = at < numbers.size() ? numbers.get(at) : 0;
    columns.subList(at, columns.size()).clear();
    numbers.subList(at, numbers.size()).clear();
    String mark;
    if (number < 0) {
      mark = "- ";
      numbers.add(0);
    } else {
      int n = number > 0 ? number : previous + 1;
      mark = n + ". ";
      numbers.add(n);
    }
    columns.add(indent + mark.length());
    return " ".repeat(indent) + mark;
  }
}
