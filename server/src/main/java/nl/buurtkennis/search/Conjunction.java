package nl.buurtkennis.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * What a query joins with {@code AND} or {@code +} ({@code buurtpreventie AND privacy},
 * {@code +buurtpreventie +privacy}): each operand must be found in a document, through its text,
 * a concept it names or its translation. Plain words find a document also through a concept that
 * only one of them names, which is what a searcher who adds {@code AND} asks not to get. Only a
 * query without alternatives or brackets is read so; in one with them, Lucene's simple syntax
 * reads {@code +} from left to right as it reads every operator.
 */
final class Conjunction {
  private Conjunction() {}

  /**
   * The operands of {@code wanted} (a query without its exclusions, its operator words already
   * symbols: {@link UserQueryParser#translateOperatorWords}), each as typed, the words between two
   * operators together; the query itself as the only operand where it joins fewer than two that
   * ask for something, a word no stop word ({@code politie AND de} is {@code politie}).
   */
  static List<String> operands(String wanted) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = UserQueryParser.QUOTED_OR_WORD.matcher(wanted);
    while (matcher.find()) {
      String token = matcher.group();
      if (!token.startsWith("\"") && token.matches(".*[|()].*")) {
        return List.of(wanted);
      }
      tokens.add(token);
    }
    List<String> operands = new ArrayList<>();
    StringBuilder operand = new StringBuilder();
    boolean joined = false;
    for (String token : tokens) {
      if (token.startsWith("+")) {
        joined = true;
        addIfAsking(operands, operand.toString());
        operand.setLength(0);
        token = token.replaceFirst("^\\++", "");
      }
      if (!token.isEmpty()) {
        operand.append(operand.length() == 0 ? "" : " ").append(token);
      }
    }
    addIfAsking(operands, operand.toString());
    return joined && operands.size() > 1 ? List.copyOf(operands) : List.of(wanted);
  }

  private static void addIfAsking(List<String> operands, String operand) {
    if (ConceptMatcher.words(operand).stream().anyMatch(word -> !ConceptMatcher.isStopWord(word))) {
      operands.add(operand);
    }
  }
}
