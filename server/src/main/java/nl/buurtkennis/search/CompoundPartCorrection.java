package nl.buurtkennis.search;

import java.io.IOException;
import java.util.List;
import nl.buurtkennis.analysis.DutchCompounds;

/**
 * A misspelled Dutch compound corrected in one of its parts: read as a part the Dutch word list
 * holds and a rest it does not, the rest corrected as a word of its own ({@code buurtbemidelaars}:
 * {@code buurt} and {@code bemidelaars}, corrected to {@code bemiddelaars}), or the other way
 * round ({@code wijkagnetteam}: {@code wijkagnet}, corrected to {@code wijkagent}, and
 * {@code team}). For a compound that no text holds whole, so that the spelling checker finds no
 * word near it, while it finds the misspelled part. A linking {@code s} after the first part is
 * kept ({@code veiligheidsgevole}: {@code veiligheid}, {@code s}, {@code gevoel}).
 */
final class CompoundPartCorrection {
  /** The spelling checker's correction of one part, or "" if it has none. */
  @FunctionalInterface
  interface PartSpelling {
    String correct(String part) throws IOException;
  }

  private static final int MIN_PART = DutchCompounds.MIN_PART;
  /** The fewest letters of a word of either list that a compound is read as ({@code app}). */
  private static final int MIN_WORD = 3;

  private CompoundPartCorrection() {}

  /**
   * The corrected compound, or "" if none: of the readings of {@code word} (lower case) as a known
   * part and a misspelled rest of at least {@link DutchCompounds#MIN_PART} letters each, the one
   * whose rest is corrected with the fewest typing errors; on a tie, the one with the longer rest,
   * as the spelling checker ranks a word fewer errors per letter away first ({@code buurtoverast}
   * is {@code buurt} and {@code overlast}, not {@code buurt} misspelled before {@code verast}),
   * then the one cut first. A compound of dictionary words throughout
   * ({@code wijkveiligheidsplan}) or of two words either list holds ({@code politietwitter}) is
   * taken as meant, as is a rest that either list holds: only the spelling checker's answers for a
   * rest no list holds count.
   * Where the checker has none, the one part the Dutch word list holds one typing error from the
   * rest is taken ({@code buurtbemidelaar}: {@code buurtbemiddelaar}, though the texts hold only
   * {@code bemiddelaars}); the caller checks that the corrected query finds documents.
   */
  static String correct(String word, PartSpelling spelling) throws IOException {
    if (word.length() < 2 * MIN_PART || !word.chars().allMatch(Character::isLetter)
        || DutchCompounds.isCompoundOfWords(word) || isTwoKnownWords(word)) {
      return "";
    }
    String corrected = best(word, spelling);
    return corrected.isEmpty() ? best(word, CompoundPartCorrection::onlyPartOneEditAway)
        : corrected;
  }

  /**
   * Whether {@code word} is two words that either list holds, of at least {@link #MIN_WORD}
   * letters each ({@code politie} and {@code twitter}, {@code politie} and {@code app}): then it
   * is spelt right, however else it could be read ({@code politiet}, misspelled, and
   * {@code witter}).
   */
  private static boolean isTwoKnownWords(String word) {
    for (int cut = MIN_WORD; cut <= word.length() - MIN_WORD; cut++) {
      if (DutchCompounds.isKnownWord(word.substring(0, cut))
          && DutchCompounds.isKnownWord(word.substring(cut))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The one part the Dutch word list holds one typing error from {@code rest}, or "" if it holds
   * none or several: for a part that the texts hold in another form only ({@code bemiddelaars},
   * not {@code bemiddelaar}), which the spelling checker cannot offer.
   */
  private static String onlyPartOneEditAway(String rest) {
    List<String> parts = DutchCompounds.partsOneEditFrom(rest);
    return parts.size() == 1 ? parts.get(0) : "";
  }

  private static String best(String word, PartSpelling spelling) throws IOException {
    int n = word.length();
    Best best = new Best();
    for (int cut = MIN_PART; cut <= n - MIN_PART; cut++) {
      String head = word.substring(0, cut);
      String tail = word.substring(cut);
      if (DutchCompounds.isPart(head)) {
        best.consider(head, "", tail, true, spelling);
        if (tail.charAt(0) == 's' && tail.length() > MIN_PART) {
          best.consider(head, "s", tail.substring(1), true, spelling);
        }
      }
      if (DutchCompounds.isPart(tail)) {
        best.consider(tail, "", head, false, spelling);
        if (head.endsWith("s") && head.length() > MIN_PART) {
          best.consider(tail, "s", head.substring(0, cut - 1), false, spelling);
        }
      }
    }
    return best.compound;
  }

  /** The best correction found so far. */
  private static final class Best {
    private String compound = "";
    private int edits = Integer.MAX_VALUE;
    private int restLength;

    /**
     * @param known the part the word list holds
     * @param link a linking {@code s} between the parts, or ""
     * @param rest the part to correct
     * @param knownFirst whether {@code known} comes first in the word
     */
    void consider(String known, String link, String rest, boolean knownFirst,
        PartSpelling spelling) throws IOException {
      if (DutchCompounds.isKnownWord(rest)) {
        return;
      }
      String corrected = spelling.correct(rest);
      if (corrected.isEmpty() || !corrected.chars().allMatch(Character::isLetter)) {
        return;
      }
      int restEdits = DidYouMean.edits(rest, corrected);
      if (restEdits < edits || restEdits == edits && rest.length() > restLength) {
        compound = knownFirst ? known + link + corrected : corrected + link + known;
        edits = restEdits;
        restLength = rest.length();
      }
    }
  }
}
