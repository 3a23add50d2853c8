package nl.buurtkennis.yaml;

import java.io.StringReader;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.buurtkennis.validation.ProblemMessage;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Parses YAML text into SnakeYAML's node tree, turning syntax errors into problems with a line and
 * a message a librarian can act on ({@link YamlErrors}).
 *
 * <p>Corpus files are written by hand, so the YAML features a person never needs are refused
 * before the tree is built: anchors and aliases ({@code &name}, {@code *name}: aliases make
 * "billion laughs" bombs and loops possible, and a value that starts with {@code &} silently
 * loses its first word), explicit tags ({@code !!java.net.URL ...}, also the standard {@code !!str}, and
 * the bare {@code !}) and nesting deeper than {@link
 * #MAX_NESTING}. A pass over SnakeYAML's event stream finds them with their line; the stream
 * parser is not recursive, so this pass itself cannot be exhausted. A control character a quoted
 * value writes as an escape is reported too ({@link EscapedControlCharacters}), and so is a
 * Unicode line separator ({@link LineSeparators}), the tree still returned, so that the file's
 * other problems are told in the same run.
 */
public final class YamlReader {
  static final int MAX_NESTING = 20;
  /** Above the largest file the corpus accepts; SnakeYAML's guard against endless input. */
  private static final int MAX_CODE_POINTS = 8 * 1024 * 1024;

  private YamlReader() {}

  /**
   * Composes {@code text} into a node tree; empty (with a problem reported) when the text is not
   * YAML the corpus accepts, or when it is empty.
   *
   * @param lineOffset number of file lines before the first line of {@code text}
   */
  public static Optional<Node> compose(String written, int lineOffset,
      YamlMap.Problems problems) {
    String text = LineSeparators.blanked(written, lineOffset, problems);
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // YamlMap reports duplicates with their line
    options.setMaxAliasesForCollections(0);
    options.setNestingDepthLimit(MAX_NESTING + 1);
    options.setCodePointLimit(MAX_CODE_POINTS);
    // a syntax error on a line already reported ('title: *Buurt preventie') is the same mistake
    Set<Integer> reported = new HashSet<>();
    YamlMap.Problems once = (line, message) -> {
      if (reported.add(line)) {
        problems.report(line, message);
      }
    };
    try {
      if (!acceptedFeatures(new Yaml(options).parse(new StringReader(text)), lineOffset,
          once)) {
        return Optional.empty();
      }
      Optional<Node> tree = Optional.ofNullable(new Yaml(options).compose(new StringReader(text)));
      tree.ifPresent(root -> EscapedControlCharacters.report(root, text, lineOffset, problems));
      return tree;
    } catch (MarkedYAMLException e) {
      once.report(YamlErrors.line(e, text, lineOffset), YamlErrors.describe(e, text));
      return Optional.empty();
    } catch (ReaderException e) {
      once.report(lineAt(text, e.getPosition()) + lineOffset, "yaml.control",
          String.format("U+%04X", e.getCodePoint()));
      return Optional.empty();
    } catch (YAMLException e) {
      once.report(lineOffset + 1, "yaml.invalid.detail", String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  /**
   * Whether {@code text} holds an anchor or an alias ({@code &name}, {@code *name}), which the
   * corpus refuses; false for text that is not YAML up to the first of them. A reader that takes
   * what YAML gives would otherwise lose the first word of {@code title: &Buurt preventie}.
   */
  public static boolean repeatsValues(String text) {
    try {
      for (Event event : new Yaml(new LoaderOptions()).parse(new StringReader(
          LineSeparators.asSpaces(text)))) {
        if (event instanceof AliasEvent
            || event instanceof NodeEvent node && node.getAnchor() != null) {
          return true;
        }
      }
    } catch (YAMLException e) {
      // not YAML: the reader tells that itself
    }
    return false;
  }

  /**
   * Reports every anchor and alias, and the first explicit tag or too deep nesting; true when
   * there is none of these, or only anchors. An anchor ({@code &name}) is reported but the tree
   * kept, so that the file's other problems are told too: a librarian writes one by starting a
   * value with {@code &}, and YAML silently drops that first word. An alias ({@code *name}) stops
   * the reading, as composing it could expand a bomb.
   */
  private static boolean acceptedFeatures(Iterable<Event> events, int lineOffset,
      YamlMap.Problems problems) {
    int depth = 0;
    Map<String, Integer> anchors = new LinkedHashMap<>();
    boolean alias = false;
    try {
      for (Event event : events) {
        int line = event.getStartMark().getLine() + 1 + lineOffset;
        String tag = null;
        if (event instanceof AliasEvent aliasEvent) {
          // an alias of an anchor the file sets repeats a value; any other '*' was meant as text
          problems.report(line, anchors.containsKey(aliasEvent.getAnchor())
              ? ProblemMessage.of("yaml.alias", aliasEvent.getAnchor())
              : ProblemMessage.of("yaml.anchor"));
          alias = true;
          continue;
        }
        if (event instanceof NodeEvent node && node.getAnchor() != null) {
          anchors.putIfAbsent(node.getAnchor(), line);
        }
        if (event instanceof ScalarEvent scalar) {
          tag = scalar.getTag();
        } else if (event instanceof CollectionStartEvent start) {
          tag = start.getTag();
          if (++depth > MAX_NESTING) {
            problems.report(line, "yaml.nesting", MAX_NESTING);
            return false;
          }
        } else if (event instanceof CollectionEndEvent) {
          depth--;
        }
        // every tag written, the standard ones too ('!!str', '!!seq'), as the guide says: a
        // person never needs one, and a corpus that allows some invites the question which
        if (tag != null) {
          problems.report(line, "yaml.tag", shortTag(tag));
          return false;
        }
      }
    } finally {
      // after the aliases, so that a line with both ('&a [*a]') is told as an alias
      anchors.values().forEach(line -> problems.report(line, "yaml.anchor"));
    }
    return !alias;
  }

  private static String shortTag(String tag) {
    return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : tag;
  }

  private static int lineAt(String text, int codePointIndex) {
    int line = 1;
    int index = 0;
    for (int i = 0; i < text.length() && index < codePointIndex; i += Character.charCount(
        text.codePointAt(i)), index++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
