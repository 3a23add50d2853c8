package nl.buurtkennis.analysis;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;

/**
 * Reads an American spelling as the British one the corpus is written in, before stemming:
 * {@code organized} is {@code organised}, {@code stigmatization} {@code stigmatisation},
 * {@code analyze} {@code analyse}, {@code neighborhood} {@code neighbourhood}, {@code behavior}
 * {@code behaviour}, {@code center} {@code centre}, {@code defense} {@code defence}. Porter
 * leaves each pair apart, so {@code neighborhood watch} found 19 documents and {@code neighbourhood
 * watch} 43. The {@code -ize} rule asks for three letters before it, so {@code size},
 * {@code prize} and {@code seize} stay; the {@code -or} words are a list, as most words in
 * {@code -or} ({@code motor}, {@code door}, {@code major}) have no other spelling.
 */
public final class AmericanSpellingFilter extends WordReplacingFilter {
  private static final Pattern IZE =
      Pattern.compile("(\\p{L}{3,})iz(e|es|ed|ing|ation|ations|er|ers|able)");
  private static final Pattern YZE = Pattern.compile("(\\p{L}{2,})yz(e|es|ed|ing|er|ers)");
  /** American beginnings of words and their British spelling, longest first where they overlap. */
  private static final Map<String, String> BEGINNINGS = Map.ofEntries(
      Map.entry("neighbor", "neighbour"), Map.entry("behavior", "behaviour"),
      Map.entry("labor", "labour"), Map.entry("favor", "favour"), Map.entry("color", "colour"),
      Map.entry("honor", "honour"), Map.entry("humor", "humour"), Map.entry("rumor", "rumour"),
      Map.entry("harbor", "harbour"), Map.entry("endeavor", "endeavour"),
      Map.entry("vigor", "vigour"));
  private static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("center", "centre"), Map.entry("centers", "centres"),
      Map.entry("theater", "theatre"), Map.entry("theaters", "theatres"),
      Map.entry("offense", "offence"), Map.entry("offenses", "offences"),
      Map.entry("defense", "defence"), Map.entry("defenses", "defences"),
      Map.entry("program", "programme"), Map.entry("programs", "programmes"),
      Map.entry("catalog", "catalogue"), Map.entry("dialog", "dialogue"));
  /** Words the {@code -or} beginnings would misread: {@code laboratory}, {@code colorado}. */
  private static final List<String> NOT_BEGINNINGS = List.of("laborator", "colorad");

  private final Predicate<String> applies;

  AmericanSpellingFilter(TokenStream input) {
    this(input, word -> true);
  }

  private AmericanSpellingFilter(TokenStream input, Predicate<String> applies) {
    super(input);
    this.applies = applies;
  }

  /** For Dutch text: reads only the words that the Dutch list does not hold. */
  static AmericanSpellingFilter inDutchText(TokenStream input) {
    return new AmericanSpellingFilter(input, word -> !DutchCompounds.isDutchWord(word));
  }

  @Override
  String replacement(String word) {
    if (!applies.test(word)) {
      return null;
    }
    String british = british(word);
    return british.equals(word) ? null : british;
  }

  /** {@code word} (lower case) in British spelling, or itself where it has none. */
  public static String british(String word) {
    String whole = WORDS.get(word);
    if (whole != null) {
      return whole;
    }
    Matcher ize = IZE.matcher(word);
    if (ize.matches()) {
      return ize.group(1) + "is" + ize.group(2);
    }
    Matcher yze = YZE.matcher(word);
    if (yze.matches()) {
      return yze.group(1) + "ys" + yze.group(2);
    }
    for (Map.Entry<String, String> beginning : BEGINNINGS.entrySet()) {
      if (word.startsWith(beginning.getKey())
          && NOT_BEGINNINGS.stream().noneMatch(word::startsWith)) {
        return beginning.getValue() + word.substring(beginning.getKey().length());
      }
    }
    return word;
  }
}
