package nl.buurtkennis.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.hyphenation.Hyphenation;
import org.apache.lucene.analysis.compound.hyphenation.HyphenationTree;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;

/**
 * Splits Dutch compounds into the dictionary words that make them up ({@code buurtpreventie} →
 * {@code buurt}, {@code preventie}; {@code veiligheidsbeleving} → {@code veiligheid},
 * {@code beleving}; {@code jeugdagent} → {@code jeugd}, {@code agent}), with OpenTaal's word list
 * and hyphenation patterns (see NOTICE-opentaal.txt). Words reach it lower-cased and without
 * diacritics, and the word list is folded the same way.
 *
 * <p>A word is split only when dictionary words of at least {@link #MIN_PART} letters cover all of
 * it, end to end, each optionally followed by the linking {@code s}, none of them a stop word
 * ({@code over} in {@code overlast}); that rule is what keeps it
 * from finding words inside words ({@code reven}, {@code vent} in {@code buurtpreventie}). Of the
 * covers, the one with the fewest parts wins; among equals, the one whose boundaries fall on
 * hyphenation points. Hyphenation alone cannot be the rule: Dutch hyphenates {@code jeug-da-gent}
 * and {@code am-be-ra-lert}, across the boundary of a part that starts with a vowel. The data is
 * loaded once, on first use.
 */
public final class DutchCompounds {
  /** The fewest letters of a part of a compound. */
  public static final int MIN_PART = 4;
  static final int MAX_PART = 24;
  static final int MAX_WORD = 64;
  static final int MIN_UNKNOWN = 3;
  private static final int PART_COST = 1000;
  private static final int OFF_HYPHENATION_COST = 10;
  private static final int LINK_COST = 1;
  private static final int UNREACHABLE = Integer.MAX_VALUE / 2;
  /**
   * Covers of the words seen lately: finding one (hyphenation patterns and dictionary look-ups for
   * every candidate part) was some 40% of the CPU of indexing, and the vocabulary is Zipfian, so
   * a bounded cache answers nearly every token.
   */
  private static final WordCache<List<Span>> COVERS = new WordCache<>(20_000);
  /**
   * Query words read lately ({@link #segments}): a word the dictionary cannot cover is also
   * checked for typing errors, some fifty look-ups per letter, on every search that holds it.
   */
  private static final WordCache<Reading> READINGS = new WordCache<>(5_000);
  /** The {@link #recognisableParts} of the words indexed lately, as {@link #COVERS}. */
  private static final WordCache<List<String>> RECOGNISABLE = new WordCache<>(20_000);
  /** Endings and prefixes the English list holds as words: no short part ({@link #isShortWord}). */
  private static final Set<String> ENDINGS = Set.of("den", "ten");
  private static final Set<String> PREFIXES =
      Set.of("her", "toe", "con", "dis", "ont", "ver", "mis");
  /**
   * Words the Dutch list holds that begin compounds as a prefix or a verb's particle does, and say
   * nothing of what the compound is about: {@code mede} of {@code medebewoners} and {@code
   * medewerkers} (co-), {@code samen} of {@code samenwerking}, {@code terug} of {@code
   * terugkoppeling}, {@code anti}, {@code super}. They are the adverbs, prepositions and prefixes
   * of at least {@link #MIN_PART} letters that the decompounder finds first in 50 or more of the
   * list's compounds and last in at most one in fifty of that number (2026-12-07: {@code mede}
   * first in 219, last in 1; {@code samen} 336 and 0; {@code terug} 538 and 0; {@code binnen} 484
   * and 3; nouns such as {@code buurt} 212 and 30, {@code politie} 291 and 62; verb stems, seasons,
   * materials and names of places with as few, {@code woon}, {@code winter}, {@code internet},
   * {@code stads}, are no such words, nor an adverb with a meaning of its own, {@code thuis} of
   * {@code thuiszorg}). Such a word still joins a compound ({@link #cover}), but is
   * not indexed as one of its parts ({@link #decompound}) nor searched as one: as a part, {@code mede} made
   * {@code medebewoners} find the texts on {@code medewerkers}. The shorter prefixes ({@code her},
   * {@code oud}) are no parts anyway ({@link #MIN_PART}), and the prepositions of Snowball's stop
   * words ({@code over}, {@code onder}, {@code tegen}) join none ({@link #isWord}).
   */
  private static final Set<String> BOUND = Set.of("mede", "samen", "terug", "voort", "bijeen",
      "aaneen", "uiteen", "ineen", "vooruit", "voorbij", "omhoog", "achter", "binnen", "buiten",
      "boven", "tussen", "anti", "super", "mega", "micro", "aller");
  /** What surrounds a query word's letters ({@code inbraken?}): compiled once, read per word. */
  private static final Pattern AROUND_LETTERS = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");
  /** A capital after a small letter: {@code WhatsApp}, {@code iPhone}; not {@code CCV}. */
  private static final Pattern CAPITAL_INSIDE = Pattern.compile("\\p{Ll}\\p{Lu}");

  private DutchCompounds() {}

  /** A part of a word: where it starts and ends in the word. */
  record Span(int start, int end) {}

  /**
   * Adds the parts of every compound after it, at the same position, parts of parts included
   * ({@code buurtpreventieteams} → buurtpreventie, teams, buurt, preventie); keeps the compound.
   */
  public static TokenStream decompound(TokenStream input) {
    return new CompoundPartsFilter(input);
  }

  /**
   * The parts that together make up {@code word} ({@code whatsappgroep} → whatsapp, groep), or
   * an empty list when it is not a compound. This is how a query word is read as "all of its
   * parts". The word may be in any case; a possessive or plural {@code 's} and punctuation around
   * it ({@code inbraken?}) are ignored, and so are hyphens ({@code WhatsApp-groepen}). A word with
   * anything else but letters inside ({@code bewoners~2}) is no compound here: its punctuation
   * would otherwise become a "part".
   */
  public static List<String> segments(String word) {
    return read(word).parts();
  }

  /**
   * Whether {@code word} is read as a known part and a rest the dictionary does not know
   * ({@code politieapp}, or a misspelled {@code burgernett}), rather than as dictionary words
   * throughout ({@code wijkveiligheidsplan}) or not as a compound.
   */
  public static boolean hasUnknownPart(String word) {
    return read(word).unknownPart();
  }

  /**
   * The parts of a word that the Dutch list holds whole and no cover of listed parts explains,
   * read as an unlisted word is ({@link #segments}: a listed part and a rest the list does not
   * hold), where that rest is a word too short for the list ({@link #isShortWord}); else an empty
   * list. {@code appgroep} → app, groep, as {@code appgroepen}, which the list lacks, is read; a
   * diminutive as the word it is made from ({@code appgroepje}); not a word the English list holds
   * too ({@code cartoon} is no car + toon). For a query word that no text holds, which found whole
   * finds nothing: read so, a listed word held by texts would find far more than itself.
   */
  public static List<String> segmentsAsUnlisted(String word) {
    String folded = fold(AROUND_LETTERS.matcher(word).replaceAll("").replace("-", ""));
    if (folded.isEmpty() || !folded.chars().allMatch(Character::isLetter)) {
      return List.of();
    }
    String base = DutchDiminutiveFilter.base(folded);
    String listed = base != null ? base : folded;
    if (!Data.DICTIONARY.contains(listed) || Data.ENGLISH.contains(listed)
        || !cover(listed).isEmpty()) {
      return List.of();
    }
    List<Span> spans = coverWithUnknownPart(listed);
    if (spans.isEmpty() || !isShortWord(listed, spans.get(0), spans.get(1))) {
      return List.of();
    }
    return spans.stream().map(span -> listed.substring(span.start(), span.end())).toList();
  }

  /**
   * Whether the unknown one of two parts of {@code word} is a word the Dutch list is too short to
   * hold ({@code app} of {@code appgroep}): shorter than {@link #MIN_PART}, an English word, no
   * stop word, prefix ({@code her-stel}) or past tense ending ({@code be-haal-den}), not a doubled
   * consonant's second half ({@code af-kap-pen}), and not a letter from where hyphenation puts
   * the boundary ({@code be-grijp}).
   */
  private static boolean isShortWord(String word, Span first, Span second) {
    boolean restFirst = first.start() == 0 && length(first) < MIN_PART;
    Span rest = restFirst ? first : second;
    String restWord = word.substring(rest.start(), rest.end());
    if (length(rest) >= MIN_PART || !Data.ENGLISH.contains(restWord)
        || DutchStopWords.SET.contains(restWord)
        || (restFirst ? PREFIXES : ENDINGS).contains(restWord)
        || word.charAt(first.end() - 1) == word.charAt(second.start())) {
      return false;
    }
    boolean[] syllableAt = hyphenationPoints(word);
    int boundary = restFirst ? rest.end() : rest.start();
    boolean apart = restFirst ? syllableAt[boundary] : startsSyllable(word, syllableAt, boundary);
    return apart || !syllableAt[boundary - 1] && !syllableAt[boundary + 1];
  }

  /**
   * Whether {@code part} (lower case, without diacritics) is a word that begins compounds as a
   * prefix does ({@link #BOUND}: {@code mede}, {@code samen}), and is no part of them.
   */
  public static boolean isBound(String part) {
    return BOUND.contains(part);
  }

  /** The parts of a word ({@link #segments}) and whether one of them is unknown. */
  record Reading(List<String> parts, boolean unknownPart) {}

  private static Reading read(String word) {
    String folded = fold(AROUND_LETTERS.matcher(word).replaceAll("").replace("-", ""));
    if (folded.isEmpty() || !folded.chars().allMatch(Character::isLetter)) {
      return new Reading(List.of(), false);
    }
    return READINGS.computeIfAbsent(folded, DutchCompounds::computeReading);
  }

  /** {@link #read} of a folded word without the cache. */
  static Reading computeReading(String folded) {
    String base = DutchDiminutiveFilter.base(folded);
    if (base != null) {
      return computeReading(base); // teampje is team, not team + pje
    }
    List<Span> cover = cover(folded);
    boolean unknownPart = false;
    if (cover.isEmpty() && !Data.DICTIONARY.contains(folded)
        && !Data.ENGLISH.contains(folded) && !DutchNames.isName(folded)) {
      List<Span> withUnknown = coverWithUnknownPart(folded);
      // Checked last: the typing errors cost some fifty look-ups per letter.
      if (!withUnknown.isEmpty() && !isOneEditFromAWord(folded)) {
        cover = withUnknown;
        unknownPart = true;
      }
    }
    List<String> parts = new ArrayList<>();
    for (Span span : cover) {
      parts.add(folded.substring(span.start(), span.end()));
    }
    return new Reading(List.copyOf(parts), unknownPart);
  }

  /**
   * For a word the dictionary does not know and cannot cover, and that is no name ({@link
   * DutchNames}: {@code Dordrecht} is not dord + recht): a dictionary word followed or
   * preceded by a rest of at least {@link #MIN_UNKNOWN} letters that it does not know either
   * ({@code politieapp} → politie, app; {@code hondenuitlaters} → honden, uitlaters). The longest
   * known part wins. Only queries are read this way, as a weaker alternative to the whole word,
   * and not a word one typing error away from a dictionary word.
   */
  private static List<Span> coverWithUnknownPart(String word) {
    int n = word.length();
    Span best = null;
    for (int cut = MIN_UNKNOWN; cut <= n - MIN_UNKNOWN; cut++) {
      Span known = null;
      if (cut >= MIN_PART && isWord(word, 0, cut)) {
        known = new Span(0, cut);
      } else if (n - cut >= MIN_PART && isWord(word, cut, n)) {
        known = new Span(cut, n);
      }
      if (known != null && (best == null || length(known) > length(best))) {
        best = known;
      }
    }
    if (best == null) {
      return List.of();
    }
    if (best.start() > 0) {
      return List.of(new Span(0, best.start()), best);
    }
    int rest = isLinkingS(word, best.end()) ? best.end() + 1 : best.end();
    return List.of(best, new Span(rest, n));
  }

  /**
   * Whether the {@code s} at {@code at}, after a known part, links it to an unknown rest of at
   * least {@link #MIN_UNKNOWN} letters ({@code veiligheidsapp}, {@code groepsapp}: the rest is
   * {@code app}), rather than starting the rest: it does unless hyphenation sets it apart from the
   * part and with the rest ({@code wijk-sto-ry}).
   */
  private static boolean isLinkingS(String word, int at) {
    if (word.length() - at - 1 < MIN_UNKNOWN || word.charAt(at) != 's') {
      return false;
    }
    boolean[] hyphenAt = hyphenationPoints(word);
    return !hyphenAt[at] || hyphenAt[at + 1];
  }

  /**
   * Whether one typing error (a letter left out, added, changed, or two swapped) separates
   * {@code word} from a dictionary word: then it is a misspelling ({@code wijkagnet}), not an
   * unknown compound, and "did you mean" should fix it rather than its parts.
   */
  static boolean isOneEditFromAWord(String word) {
    return anyOneEditAway(word, Data.DICTIONARY::contains);
  }

  /**
   * The parts ({@link #isPart}) one typing error from {@code word} (lower case, without
   * diacritics), in alphabetical order: {@code bemiddelaar} for {@code bemidelaar}.
   */
  public static List<String> partsOneEditFrom(String word) {
    TreeSet<String> parts = new TreeSet<>();
    anyOneEditAway(word, edit -> {
      if (Data.DICTIONARY.contains(edit)) {
        String part = edit.toString();
        if (isPart(part)) {
          parts.add(part);
        }
      }
      return false;
    });
    return List.copyOf(parts);
  }

  /**
   * Whether {@code test} holds for a word one typing error from {@code word}, trying each in turn
   * until one does: a letter added, changed or left out, or two letters swapped.
   */
  private static boolean anyOneEditAway(String word, Predicate<CharSequence> test) {
    StringBuilder edit = new StringBuilder(word.length() + 1);
    for (int i = 0; i <= word.length(); i++) {
      for (char c = 'a'; c <= 'z'; c++) {
        edit.setLength(0);
        edit.append(word, 0, i).append(c).append(word, i, word.length());
        if (test.test(edit)) {
          return true;
        }
        if (i < word.length() && c != word.charAt(i)) {
          edit.setLength(0);
          edit.append(word, 0, i).append(c).append(word, i + 1, word.length());
          if (test.test(edit)) {
            return true;
          }
        }
      }
      if (i < word.length()) {
        edit.setLength(0);
        edit.append(word, 0, i).append(word, i + 1, word.length());
        if (test.test(edit)) {
          return true;
        }
      }
      if (i + 1 < word.length() && word.charAt(i) != word.charAt(i + 1)) {
        edit.setLength(0);
        edit.append(word, 0, i).append(word.charAt(i + 1)).append(word.charAt(i))
            .append(word, i + 2, word.length());
        if (test.test(edit)) {
          return true;
        }
      }
    }
    return false;
  }

  private static int length(Span span) {
    return span.end() - span.start();
  }

  /**
   * Replaces each word of {@code words} (lower case, without diacritics, as {@link
   * LanguageAnalyzer#wordsOf} gives them) by its {@link #recognisableParts}: the words a Dutch text
   * holds only inside its compounds, for the spelling field of compound parts.
   */
  public static TokenStream recognisablePartsOf(TokenStream words) {
    return new RecognisablePartsFilter(words);
  }

  /**
   * The parts of {@code word} (lower case, without diacritics) that a reader recognises in it as
   * words of their own, each once: of the parts it is indexed with ({@link #decompound}), those
   * that begin and end where its syllables do (hyphenation points; a linking {@code s} aside) and
   * that are no stop word. {@code hennep} and {@code teelt} in {@code hennepteelt}, but not
   * {@code ende} or {@code aanhoud} in {@code aanhoudende} ({@code aan-hou-den-de}), nor
   * {@code aars} in {@code bemiddelaars}: what "did you mean" may offer for a misspelled part.
   */
  public static List<String> recognisableParts(String word) {
    String folded = word;
    int apostrophe = DutchApostropheFilter.apostropheAt(folded);
    if (apostrophe >= 0) {
      folded = folded.substring(0, apostrophe);
    }
    if (folded.length() < 2 * MIN_PART || folded.length() > MAX_WORD) {
      return List.of();
    }
    return RECOGNISABLE.computeIfAbsent(folded, DutchCompounds::computeRecognisableParts);
  }

  /** {@link #recognisableParts} without the cache. */
  static List<String> computeRecognisableParts(String word) {
    List<Span> spans = allParts(word);
    if (spans.isEmpty()) {
      return List.of();
    }
    boolean[] syllableAt = hyphenationPoints(word);
    syllableAt[0] = true;
    syllableAt[word.length()] = true;
    List<String> parts = new ArrayList<>();
    for (Span span : spans) {
      String part = word.substring(span.start(), span.end());
      if (startsSyllable(word, syllableAt, span.start())
          && endsSyllable(word, syllableAt, span.end())
          && !DutchStopWords.SET.contains(part) && !BOUND.contains(part)
          && !parts.contains(part)) {
        parts.add(part);
      }
    }
    return List.copyOf(parts);
  }

  /** Whether a syllable starts at {@code at}, or at the linking {@code s} before it. */
  private static boolean startsSyllable(String word, boolean[] syllableAt, int at) {
    return syllableAt[at] || at > 0 && word.charAt(at - 1) == 's' && syllableAt[at - 1];
  }

  /** Whether a syllable ends at {@code at}, or at the linking {@code s} after it. */
  private static boolean endsSyllable(String word, boolean[] syllableAt, int at) {
    return syllableAt[at] || at < word.length() && word.charAt(at) == 's' && syllableAt[at + 1];
  }

  /** Every part of {@code word} and of its parts, in the order they are found. */
  static List<Span> allParts(CharSequence word) {
    List<Span> result = new ArrayList<>();
    addParts(word.toString(), 0, result);
    return result;
  }

  private static void addParts(String word, int offset, List<Span> result) {
    for (Span span : cover(word)) {
      result.add(new Span(offset + span.start(), offset + span.end()));
      addParts(word.substring(span.start(), span.end()), offset + span.start(), result);
    }
  }

  /**
   * The best cover of {@code word} by two or more dictionary words (linking {@code s} aside), or
   * an empty list; remembered in {@link #COVERS}, as the same words come back all the time.
   */
  static List<Span> cover(String word) {
    int n = word.length();
    if (n < 2 * MIN_PART || n > MAX_WORD) {
      return List.of();
    }
    return COVERS.computeIfAbsent(word, DutchCompounds::computeCover);
  }

  /**
   * {@link #cover} without the cache. Dynamic programming over the end positions: cost[i] is the
   * cheapest cover of the first i letters.
   */
  static List<Span> computeCover(String word) {
    int n = word.length();
    if (n < 2 * MIN_PART || n > MAX_WORD || isOnlyEnglish(word)) {
      return List.of();
    }
    boolean[] hyphenAt = hyphenationPoints(word);
    int[] cost = new int[n + 1];
    int[] from = new int[n + 1];
    int[] partEnd = new int[n + 1];
    java.util.Arrays.fill(cost, UNREACHABLE);
    cost[0] = 0;
    for (int end = MIN_PART; end <= n; end++) {
      for (int start = Math.max(0, end - MAX_PART); start <= end - MIN_PART; start++) {
        if (cost[start] == UNREACHABLE || start == 0 && end == n) {
          continue;
        }
        if (!isWord(word, start, end)) {
          continue;
        }
        int boundary = end == n ? 0 : hyphenAt[end] ? 0 : OFF_HYPHENATION_COST;
        relax(cost, from, partEnd, start, end, end, cost[start] + PART_COST + boundary);
        if (end < n - MIN_PART && word.charAt(end) == 's') {
          int linkBoundary = hyphenAt[end + 1] || hyphenAt[end] ? 0 : OFF_HYPHENATION_COST;
          relax(cost, from, partEnd, start, end, end + 1,
              cost[start] + PART_COST + linkBoundary + LINK_COST);
        }
      }
    }
    if (cost[n] == UNREACHABLE) {
      return List.of();
    }
    List<Span> spans = new ArrayList<>();
    for (int at = n; at > 0; at = from[at]) {
      spans.add(0, new Span(from[at], partEnd[at]));
    }
    return List.copyOf(spans);
  }

  private static void relax(int[] cost, int[] from, int[] partEnd, int start, int partStop,
      int reach, int candidate) {
    if (candidate < cost[reach]) {
      cost[reach] = candidate;
      from[reach] = start;
      partEnd[reach] = partStop;
    }
  }

  /**
   * Whether {@code word}, in any case and with diacritics, is a word as written: the Dutch list
   * holds it or the word it is a diminutive of, or the English list holds it ({@code distrust}).
   * Such a word is meant as typed, and "did you mean" leaves it alone.
   */
  public static boolean isKnownWord(String word) {
    String folded = fold(word);
    return Data.DICTIONARY.contains(folded) || Data.ENGLISH.contains(folded)
        || DutchDiminutiveFilter.base(folded) != null;
  }

  /**
   * The language the word lists say {@code word} (one word, any case) is in: "nl" for a word
   * that only Dutch has (a stop word of Dutch only, a word of the Dutch list or its diminutive, or
   * a compound of such words: {@code buurtcontacten}), "en" for one that only English has (a stop
   * word of English only, a word of SCOWL's list); null for a word both have ({@code sport},
   * {@code privacy}), one neither has (a name: {@code Burgernet}, {@code CCV}) or no word, and for
   * a brand's name written with a capital inside ({@code WhatsApp}, {@code YouTube}), which texts
   * of both languages use, though OpenTaal's list holds its verb and noun {@code whatsapp}.
   */
  public static String languageOf(String word) {
    if (CAPITAL_INSIDE.matcher(word).find()) {
      return null;
    }
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    boolean dutchStop = DutchStopWords.SET.contains(lower);
    boolean englishStop = EnglishStopWords.SET.contains(lower);
    if (dutchStop || englishStop) {
      return dutchStop == englishStop ? null : dutchStop ? "nl" : "en";
    }
    String folded = fold(word);
    if (folded.isEmpty() || !folded.chars().allMatch(Character::isLetter)) {
      return null;
    }
    boolean english = Data.ENGLISH.contains(folded);
    boolean dutch = Data.DICTIONARY.contains(folded) || DutchDiminutiveFilter.base(folded) != null
        || !english && segments(folded).size() > 1 && !hasUnknownPart(folded);
    return dutch == english ? null : dutch ? "nl" : "en";
  }

  /**
   * Whether {@code word} (lower case, without diacritics) can be a part of a compound: a word of
   * at least {@link #MIN_PART} letters that the Dutch list holds and that is no stop word
   * ({@code buurt}, {@code team}; not {@code over}).
   */
  public static boolean isPart(String word) {
    return word.length() >= MIN_PART && isWord(word, 0, word.length());
  }

  /**
   * Whether {@code word} is read as dictionary words throughout ({@code wijkveiligheidsplan}):
   * {@link #segments} finds parts, and none of them is unknown.
   */
  public static boolean isCompoundOfWords(String word) {
    Reading reading = read(word);
    return !reading.parts().isEmpty() && !reading.unknownPart();
  }

  /** Whether the Dutch list holds {@code word} (lower case, without diacritics). */
  static boolean isDutchWord(CharSequence word) {
    return Data.DICTIONARY.contains(word);
  }

  /**
   * Whether SCOWL's English list holds {@code word} (lower case, without diacritics) and
   * OpenTaal's Dutch list does not.
   */
  static boolean isOnlyEnglish(String word) {
    return Data.ENGLISH.contains(word) && !Data.DICTIONARY.contains(word);
  }

  /** A dictionary word that is not a function word ({@code over} in {@code overlast}). */
  private static boolean isWord(String word, int start, int end) {
    CharSequence part = word.subSequence(start, end);
    return Data.DICTIONARY.contains(part) && !DutchAnalyzer.getDefaultStopSet().contains(part);
  }

  /** hyphenAt[i] is true when the patterns allow a hyphen before letter i. */
  private static boolean[] hyphenationPoints(String word) {
    boolean[] points = new boolean[word.length() + 1];
    Hyphenation hyphenation = Data.TREE.hyphenate(word, 1, 1);
    if (hyphenation != null) {
      for (int point : hyphenation.getHyphenationPoints()) {
        if (point >= 0 && point <= word.length()) {
          points[point] = true;
        }
      }
    }
    return points;
  }

  /** Lower case, no diacritics, no {@code 's} at the end: the form the dictionary holds. */
  static String fold(String word) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    int apostrophe = DutchApostropheFilter.apostropheAt(lower);
    if (apostrophe >= 0) {
      lower = lower.substring(0, apostrophe);
    }
    char[] chars = lower.toCharArray();
    char[] buffer = new char[4 * chars.length];
    int length = ASCIIFoldingFilter.foldToASCII(chars, 0, buffer, 0, chars.length);
    return new String(buffer, 0, length);
  }

  /**
   * Loads the word lists and hyphenation patterns now rather than on first use (about half a
   * second in a fresh JVM); later calls return at once.
   */
  public static void load() {
    Data.TREE.getClass();
  }

  /** {@link #load} on a thread of its own, so that the caller can do other work meanwhile. */
  public static void loadInBackground() {
    Thread loading = new Thread(DutchCompounds::load, "analysis-data");
    loading.setDaemon(true);
    loading.start();
  }

  /** Holder: the class loads its data when first used, once per JVM. */
  private static final class Data {
    private static final CompoundData LOADED = CompoundData.load();
    static final HyphenationTree TREE = LOADED.tree;
    static final CharArraySet DICTIONARY = LOADED.dutch;
    static final CharArraySet ENGLISH = LOADED.english;
  }
}
