package nl.buurtkennis.analysis;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Reads American spellings as the British ones the corpus uses, before stemming: the words of
 * the field whose {@code -or} is {@code -our} elsewhere ({@code neighbor}, {@code behavior}), a
 * few others ({@code center}, {@code defense}), and {@code -ize} as {@code -ise}
 * ({@code prioritize}, {@code organization}) in words of seven letters or more, so that
 * {@code seize} and {@code size} stay as they are.
 */
final class AmericanSpellingFilter extends TokenFilter {
  private static final Map<String, String> STEMS = Map.ofEntries(
      Map.entry("neighbor", "neighbour"), Map.entry("behavior", "behaviour"),
      Map.entry("labor", "labour"), Map.entry("favor", "favour"), Map.entry("color", "colour"),
      Map.entry("honor", "honour"), Map.entry("rumor", "rumour"), Map.entry("harbor", "harbour"),
      Map.entry("center", "centre"), Map.entry("defense", "defence"),
      Map.entry("offense", "offence"), Map.entry("license", "licence"));
  /** A known stem and what may follow it: {@code neighbors}, {@code neighborhood}, … */
  private static final Pattern KNOWN = Pattern.compile(
      "(" + String.join("|", STEMS.keySet()) + ")(s|hood|hoods|ing|ed|al|ally)?");
  private static final Pattern IZE = Pattern.compile("(.{3,}i)z(e|es|ed|ing|ation|ations|er|ers)");

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  AmericanSpellingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String word = term.toString();
    Matcher known = KNOWN.matcher(word);
    if (known.matches()) {
      String ending = known.group(2) == null ? "" : known.group(2);
      term.setEmpty().append(STEMS.get(known.group(1))).append(ending);
      return true;
    }
    Matcher ize = IZE.matcher(word);
    if (word.length() >= 7 && ize.matches()) {
      term.setEmpty().append(ize.group(1)).append('s').append(ize.group(2));
    }
    return true;
  }
}
