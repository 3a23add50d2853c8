package nl.buurtkennis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkennis.analysis.DutchCompounds;
import nl.buurtkennis.analysis.DutchNames;
import nl.buurtkennis.analysis.WordCache;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Proposes a corrected query: every word that occurs nowhere in the corpus is replaced by the
 * most similar word that does (Lucene's {@link DirectSpellChecker}, over the unstemmed words of
 * every document, and over the parts of Dutch compounds that are words of their own where one is
 * fewer typing errors away; a compound that no text holds whole and that has no word near it, in
 * its misspelled part: {@link CompoundPartCorrection}); and names the words that nothing in the
 * corpus matches. A word the Dutch or English word list holds is taken as meant: {@code bank} is
 * not {@code back}, nor {@code ijsje} {@code issue}, nor {@code overlap} {@code overlast}.
 */
final class DidYouMean {
  /** Below this many hits a correction must find more than the query; from it, any. */
  static final int FEW_HITS = 3;
  private static final Pattern WORD = TextlessWords.WORD;
  private static final Pattern HAS_DIGIT = Pattern.compile("\\p{N}");

  /**
   * How many times more documents a corpus word must find than a word one typing error from it
   * that a search finds through an analysis only, for the first to be suggested for the second:
   * the spelling checker's {@link SuggestMode#SUGGEST_MORE_POPULAR}, weighed by what a search
   * finds, as the typed spelling itself is held by no text.
   */
  static final int MORE_POPULAR = 3;

  /** Whether a word, searched alone, finds no document. */
  @FunctionalInterface
  interface WordSearch {
    boolean findsNothing(String word) throws IOException;
  }

  /** How many documents a word, searched alone, finds. */
  @FunctionalInterface
  interface WordCount {
    long found(String word) throws IOException;
  }

  /**
   * A corrected query.
   *
   * @param query the query with its misspelled words corrected
   * @param corrections the words put in place of the typed ones, once each
   * @param ofFoundWord whether a word that a search finds as typed, through an analysis only
   *     ({@code neighbourhod}), was corrected: the correction must then find more
   */
  record Correction(String query, List<String> corrections, boolean ofFoundWord) {
    Correction {
      corrections = List.copyOf(corrections);
    }
  }

  /**
   * The spelling checker's own distance, Damerau's: a transposition is one typing error, as a
   * substitution is, so that {@link #edits} counts what the checker found a word by.
   */
  private static final LuceneLevenshteinDistance DISTANCE = new LuceneLevenshteinDistance();
  /** The least similarity of a correction to the typed word ({@link #edits}). */
  private static final float ACCURACY = 0.6f;
  /** The checker's nearest words looked at, of which {@link #suggestion} takes the best. */
  private static final int CANDIDATES = 5;
  private final DirectSpellChecker checker = checker(2);
  /**
   * One typing error, for a query that finds many: its words are looked at more often, and a
   * word two errors away from a known one is more often meant as typed.
   */
  private final DirectSpellChecker oneEditChecker = checker(1);
  /**
   * One typing error that may be in the first letter ({@code olitie}, {@code bolitie}:
   * {@code politie}), asked only where the checkers that keep the first letter found nothing, as
   * a first letter is seldom the error ({@code teeld} is {@code teelt}, not {@code beeld}).
   */
  private final DirectSpellChecker firstLetterChecker = checker(1, 0);
  /** Shorter words have too many words one error away, whatever their first letter. */
  static final int MIN_FIRST_LETTER_FIX = 5;
  private final TextlessWords textless;

  /** @param analyzer the analyzer queries are parsed with */
  DidYouMean(Analyzer analyzer) {
    this.textless = new TextlessWords(analyzer);
  }

  private static DirectSpellChecker checker(int maxEdits) {
    return checker(maxEdits, 1);
  }

  private static DirectSpellChecker checker(int maxEdits, int minPrefix) {
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMaxEdits(maxEdits);
    checker.setMinPrefix(minPrefix);
    checker.setAccuracy(ACCURACY);
    return checker;
  }

  /**
   * The corrected query, or null when every word occurs in the corpus or none has a fix.
   *
   * @param listed words that no text need hold but that a search finds documents for: the
   *     glossary's ({@code elderley}: elderly, which only its Dutch translation finds)
   */
  Correction correct(String query, IndexReader reader, List<String> listed,
      WordCache<String> corrections) throws IOException {
    return correct(query, reader, false, List.of(), listed, corrections, word -> 0);
  }

  /**
   * The words of {@code query} that nothing in the corpus matches: no text field holds them in any
   * form, and searched alone ({@code findsNothing}: with the concepts they name and their
   * translation) they find no document. The results of such a query come from its other words.
   * Stop words, excluded words and the starts of words before {@code *} are not counted.
   *
   * @param textlessKnown which words no text holds, as worked out before on the same commit
   */
  List<String> unmatched(String query, IndexReader reader, WordSearch findsNothing,
      WordCache<Boolean> textlessKnown) throws IOException {
    List<String> unmatched = new ArrayList<>();
    for (String word : textless.in(query, reader, textlessKnown)) {
      if (findsNothing.findsNothing(word)) {
        unmatched.add(word);
      }
    }
    return unmatched;
  }

  /**
   * The same, for a query that finds many documents: correcting only the words that find
   * nothing ({@code unmatched}: {@code police zebra} finds its documents through
   * {@code police} alone), and the compounds read as a known part and an unknown rest that no text
   * field holds in any form (as analysed), which a query may still have misspelled
   * ({@code burgernett}, found through {@code burger}). A compound of dictionary words throughout
   * ({@code wijkveiligheidsplan}) is taken as meant, and other words no document holds may be
   * found through a concept or a translation ({@code evaluatie}): both are left alone. A word
   * that no text holds as written, whole or in a compound, but that a search finds through an
   * analysis ({@code neighbourhod}: the Dutch stemming reads {@code Neighbourhoods} so) is
   * corrected to a word one typing error away that {@link #MORE_POPULAR} times as many documents
   * hold as the word finds ({@link #popularSpelling}).
   *
   * @param found how many documents a word finds alone, in the whole corpus
   */
  Correction correctUnmatched(String query, IndexReader reader, List<String> unmatched,
      List<String> listed, WordCache<String> corrections, WordCount found) throws IOException {
    return correct(query, reader, true, unmatched, listed, corrections, found);
  }

  /**
   * @param unmatched words to correct whatever else holds, from {@link #unmatched}
   * @param listed words a correction may also be, though no text holds them: taken where they
   *     are fewer typing errors away than the corpus' nearest word
   * @param corrections the spelling checkers' answers worked out before on the same commit, by
   *     checker and word; empty where a word has none
   */
  private Correction correct(String query, IndexReader reader, boolean unmatchedOnly,
      List<String> unmatched, List<String> listed, WordCache<String> corrections, WordCount found)
      throws IOException {
    Matcher matcher = WORD.matcher(query);
    StringBuilder corrected = new StringBuilder();
    List<String> replacements = new ArrayList<>();
    boolean ofFoundWord = false;
    List<String> seen = new ArrayList<>();
    while (matcher.find()) {
      String word = matcher.group();
      String lower = TextlessWords.lower(word);
      String replacement = word;
      boolean findsNothing = unmatched.contains(lower);
      // A number (a year: 2024 is not 2014) is meant as typed, as a listed word or a name is
      // (Breda is not brede, Emmen not eigen).
      boolean mayBeMisspelled = !seen.contains(lower) && !HAS_DIGIT.matcher(lower).find()
          && !DutchCompounds.isKnownWord(lower) && !DutchNames.isName(lower);
      if (mayBeMisspelled && unmatchedOnly && !findsNothing
          && !toCorrect(word, lower, reader, true)) {
        String popular = popularSpelling(lower, reader, corrections, found);
        if (!popular.isEmpty()) {
          replacement = popular;
          replacements.add(popular);
          ofFoundWord = true;
        }
      } else if (mayBeMisspelled && (findsNothing || toCorrect(word, lower, reader, unmatchedOnly))) {
        // A query that finds many gets a correction of one typing error only: zebra is not zodra.
        boolean oneEdit = unmatchedOnly;
        String key = (oneEdit ? "1 " : "2 ") + lower;
        String correction = corrections.computeIfAbsent(key,
            k -> nearestWord(lower, reader, listed, oneEdit));
        if (!correction.isEmpty()) {
          replacement = correction;
          replacements.add(correction);
        }
      }
      seen.add(lower);
      matcher.appendReplacement(corrected, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(corrected);
    return replacements.isEmpty() ? null
        : new Correction(corrected.toString(), replacements, ofFoundWord);
  }

  /**
   * The correction of {@code word} (lower case), or "" if none: the corpus' or the listed word
   * nearest it, else its compound corrected in a part. A word one typing error away whose first
   * letter differs ({@link #firstLetterChecker}) is taken where nothing else is found, and also in
   * place of a word two errors away ({@code urgernet}: {@code burgernet}, not {@code urgent}) or
   * of a compound corrected in a part that no text holds ({@code uurtbemiddeling}:
   * {@code buurtbemiddeling}, not {@code uurbemiddeling}).
   */
  private String nearestWord(String word, IndexReader reader, List<String> listed,
      boolean oneEdit) throws IOException {
    String correction = corpusWord(oneEdit ? oneEditChecker : checker, word, reader);
    String nearestListed = nearest(word, listed, oneEdit ? 1 : 2);
    if (nearestListed != null && (correction.isEmpty()
        || edits(word, nearestListed) < edits(word, correction))) {
      correction = nearestListed;
    }
    boolean onlyAPart = false;
    if (correction.isEmpty()) {
      // Nothing is near a compound that no text holds whole: correct its misspelled part,
      // by one typing error only, as a part is short (politieutrecht is no politierecht).
      correction = CompoundPartCorrection.correct(word,
          part -> corpusWord(oneEditChecker, part, reader));
      onlyAPart = !correction.isEmpty();
      if (onlyAPart && oneEdit && heldAsWritten(correction, reader) == 0) {
        // A part one error away may be another word (woninginbrek: inbreuk, so woninginbreuk,
        // which no text holds); a compound the texts hold two errors away is the likelier one.
        String whole = corpusWord(checker, word, reader);
        if (!whole.isEmpty()) {
          correction = whole;
          onlyAPart = false;
        }
      }
    }
    if (correction.isEmpty() || onlyAPart || edits(word, correction) > 1) {
      String otherFirst = word.codePointCount(0, word.length()) >= MIN_FIRST_LETTER_FIX
          ? corpusWord(firstLetterChecker, word, reader) : "";
      if (!otherFirst.isEmpty()) {
        return otherFirst;
      }
    }
    return correction;
  }

  /**
   * The corpus' word nearest {@code word} (lower case), one typing error away, where it finds
   * {@link #MORE_POPULAR} times as many documents as {@code word}; or "" if none. For a word that
   * no text holds as written, whole or as a part of a compound, nor is a compound of dictionary
   * words, but that a search finds through an analysis that reads another word so
   * ({@code neighbourhod}, which the Dutch stemming makes of {@code Neighbourhoods}: 7 documents,
   * where {@code neighbourhood} finds 46). A word spelt right that the texts hold in other forms
   * only finds what its nearest spelling finds, or about as many, and is left alone.
   */
  private String popularSpelling(String word, IndexReader reader, WordCache<String> corrections,
      WordCount found) throws IOException {
    if (!word.chars().allMatch(Character::isLetter) || heldAsWritten(word, reader) > 0
        || DutchCompounds.isCompoundOfWords(word)) {
      return "";
    }
    String nearest = corrections.computeIfAbsent("near " + word,
        key -> corpusWord(oneEditChecker, word, reader));
    // The counts are not kept: a search past its deadline counts short.
    long finds = nearest.isEmpty() ? 0 : found.found(word);
    return finds > 0 && found.found(nearest) >= MORE_POPULAR * finds ? nearest : "";
  }

  /** How many documents hold {@code word} as written: whole, or as a part of a compound. */
  static int heldAsWritten(String word, IndexReader reader) throws IOException {
    return Math.max(reader.docFreq(new Term(IndexSchema.SPELL, word)),
        reader.docFreq(new Term(IndexSchema.SPELL_PARTS, word)));
  }

  /** The corpus' word nearest {@code word} ({@link #nearer}), or "" if none. */
  private static String corpusWord(DirectSpellChecker spelling, String word, IndexReader reader)
      throws IOException {
    return nearer(word, suggestion(spelling, IndexSchema.SPELL, word, reader),
        suggestion(spelling, IndexSchema.SPELL_PARTS, word, reader));
  }

  /**
   * The spelling checker's word nearest {@code word} in {@code field}, or "" if none: of those
   * fewest typing errors away, a word as a query's words are, of letters and digits, before one
   * the texts write with an apostrophe; then in the checker's order (similarity, then frequency).
   * That order divides the typing errors by the shorter word's length, so of two words one error
   * away it puts the longer first: {@code panelss} got {@code panel's}, which no query word can be,
   * before {@code panels}. The checker keeps the first letter, as few mistype it; but a Dutch word
   * starting with k or c is often written with the other ({@code kamera}, {@code kriminaliteit}),
   * so the words near that spelling are candidates too, at their typing errors from {@code word}.
   */
  private static String suggestion(DirectSpellChecker spelling, String field, String word,
      IndexReader reader) throws IOException {
    List<SuggestWord> candidates = new ArrayList<>(List.of(spelling.suggestSimilar(
        new Term(field, word), CANDIDATES, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)));
    String other = otherFirstLetter(word);
    if (other != null) {
      Term otherTerm = new Term(field, other);
      int freq = reader.docFreq(otherTerm);
      if (freq > 0) {
        SuggestWord held = new SuggestWord();
        held.string = other;
        held.freq = freq;
        candidates.add(held);
      } else {
        candidates.addAll(List.of(spelling.suggestSimilar(
            otherTerm, CANDIDATES, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)));
      }
    }
    Comparator<SuggestWord> nearer =
        Comparator.<SuggestWord>comparingInt(candidate -> edits(word, candidate.string))
            .thenComparing(candidate -> !WORD.matcher(candidate.string).matches())
            .thenComparing(candidate -> DISTANCE.getDistance(word, candidate.string),
                Comparator.reverseOrder())
            .thenComparing(candidate -> candidate.freq, Comparator.reverseOrder());
    return candidates.stream()
        .filter(candidate -> edits(word, candidate.string) <= spelling.getMaxEdits()
            && DISTANCE.getDistance(word, candidate.string) >= spelling.getAccuracy())
        .min(nearer).map(candidate -> candidate.string).orElse("");
  }

  /** {@code word} with its first letter k written c or c written k; null for other words. */
  private static String otherFirstLetter(String word) {
    if (word.startsWith("k")) {
      return "c" + word.substring(1);
    }
    return word.startsWith("c") ? "k" + word.substring(1) : null;
  }

  /**
   * The corpus' word nearest {@code word}: the word its texts hold whole, unless a part of their
   * compounds is fewer typing errors away ({@code voetbl}: {@code voetbal}, which only
   * {@code voetbalwedstrijd} holds, not {@code voeten}); "" if neither is found.
   */
  private static String nearer(String word, String whole, String part) {
    if (part.isEmpty() || !whole.isEmpty() && edits(word, part) >= edits(word, whole)) {
      return whole;
    }
    return part;
  }

  /**
   * The word of {@code listed} fewest typing errors from {@code word}, up to {@code most}, held to
   * what the spelling checkers ask of a corpus word: the same first letter (or k for c, c for k)
   * and their accuracy, so that {@code img} is not {@code dog}, nor {@code xayor} {@code mayor}.
   */
  private static String nearest(String word, List<String> listed, int most) {
    String nearest = null;
    int fewest = most + 1;
    for (String candidate : listed) {
      String lower = TextlessWords.lower(candidate);
      int edits = edits(word, lower);
      if (edits > 0 && edits < fewest && sameFirstLetter(word, lower)
          && DISTANCE.getDistance(word, lower) >= ACCURACY) {
        nearest = lower;
        fewest = edits;
      }
    }
    return nearest;
  }

  private static boolean sameFirstLetter(String word, String candidate) {
    if (word.isEmpty() || candidate.isEmpty()) {
      return false;
    }
    String typed = word.substring(0, 1);
    String first = candidate.substring(0, 1);
    return typed.equals(first) || first.equals(otherFirstLetter(typed));
  }

  /**
   * The typing errors between two words, two letters swapped counting one ({@code kmaer}: one
   * from {@code kamer}), as the spelling checker counts them. The similarity is one less the
   * errors divided by the shorter word's length, in code points.
   */
  static int edits(String a, String b) {
    float similarity = DISTANCE.getDistance(a, b);
    int shorter = Math.min(a.codePointCount(0, a.length()), b.codePointCount(0, b.length()));
    return Math.round((1 - similarity) * shorter);
  }

  /**
   * Whether no document holds {@code word}, and, with {@code unmatchedOnly}, it is a compound with
   * an unknown part that no text field holds in any form. The look-ups in memory come first.
   */
  private boolean toCorrect(String word, String lower, IndexReader reader, boolean unmatchedOnly)
      throws IOException {
    if (unmatchedOnly && !DutchCompounds.hasUnknownPart(lower)) {
      return false;
    }
    return reader.docFreq(new Term(IndexSchema.SPELL, lower)) == 0
        && (!unmatchedOnly || !textless.heldAsAnalysed(word, reader));
  }
}
