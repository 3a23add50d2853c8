package nl.buurtkennis.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a query joins with a full stop or colon and no space ({@code burgernet.nl},
 * {@code titel:burgernet}), written apart, as the analysis reads them: each is then a word of its
 * own, so that one no text holds ({@code nl}) is left out of the search and named as finding
 * nothing, instead of keeping the other from matching. A phrase is left as typed, and so is an
 * excluded word, whose words are excluded together.
 */
final class JoinedWords {
  private static final Pattern JOINT = Pattern.compile("(?<=\\p{L})[.:](?=\\p{L})");

  private JoinedWords() {}

  static String apart(String query) {
    if (!JOINT.matcher(query).find()) {
      return query;
    }
    StringBuilder apart = new StringBuilder();
    Matcher tokens = UserQueryParser.QUOTED_OR_WORD.matcher(query);
    while (tokens.find()) {
      String token = tokens.group();
      boolean asTyped = token.startsWith("\"") || token.startsWith("-");
      apart.append(apart.length() == 0 ? "" : " ")
          .append(asTyped ? token : JOINT.matcher(token).replaceAll(" "));
    }
    return apart.toString();
  }
}
