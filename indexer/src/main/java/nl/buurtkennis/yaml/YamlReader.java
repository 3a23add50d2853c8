package nl.buurtkennis.yaml;

import java.io.StringReader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Parses YAML text into SnakeYAML's node tree, turning syntax errors into problems with a line. */
public final class YamlReader {
  private static final int MAX_ALIASES = 50;
  private static final int MAX_NESTING = 50;

  private YamlReader() {}

  /**
   * Composes {@code text} into a node tree.
   *
   * @param lineOffset number of file lines before the first line of {@code text}
   */
  public static Optional<Node> compose(String text, int lineOffset, YamlMap.Problems problems) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // YamlMap reports duplicates with their line
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit(10 * 1024 * 1024);
    try {
      return Optional.ofNullable(new Yaml(options).compose(new StringReader(text)));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? lineOffset + 1 : mark.getLine() + 1 + lineOffset;
      problems.report(line, "YAML syntax error: " + describe(e));
      return Optional.empty();
    } catch (YAMLException e) {
      problems.report(lineOffset + 1, "YAML error: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static String describe(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    if (problem.contains("(TAB)") || problem.contains("'\\t'")) {
      return "a tab character is not allowed in YAML; indent with spaces";
    }
    String text = context.isEmpty() ? problem : context + ": " + problem;
    return text.isBlank() ? "the front matter is not valid YAML" : text;
  }
}
