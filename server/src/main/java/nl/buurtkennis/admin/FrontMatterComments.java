package nl.buurtkennis.admin;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.Event;

/**
 * The lines of a front matter that hold a YAML comment, on a line of its own
 * ({@code # nog nakijken}) or after a value ({@code year: 2014  # jaar van uitgave},
 * {@code source:  # nog opzoeken}). The document form does not keep comments, so an edit form
 * names these lines before it is saved. Read by YAML itself, so that a {@code #} inside quotes or
 * inside a word is no comment.
 */
final class FrontMatterComments {
  /** A line with a comment: its number in the file and its text. */
  record Line(int number, String text) {}

  private FrontMatterComments() {}

  /**
   * @param yaml the front matter, its first line being line 2 of the file
   */
  static List<Line> of(String yaml) {
    String[] lines = yaml.split("\n", -1);
    TreeSet<Integer> found = new TreeSet<>();
    LoaderOptions options = new LoaderOptions();
    options.setProcessComments(true);
    try {
      for (Event event : new Yaml(options).parse(new StringReader(yaml))) {
        if (event instanceof CommentEvent comment) {
          found.add(comment.getStartMark().getLine());
        }
      }
    } catch (YAMLException e) {
      // front matter YAML cannot read: a line that starts with '#' is a comment all the same
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].strip().startsWith("#")) {
          found.add(i);
        }
      }
    }
    List<Line> commented = new ArrayList<>();
    for (int line : found) {
      if (line < lines.length) {
        commented.add(new Line(line + 2, lines[line].strip()));
      }
    }
    return commented;
  }
}
