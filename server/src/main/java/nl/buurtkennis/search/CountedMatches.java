package nl.buurtkennis.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.buurtkennis.analysis.DutchCompounds;
import nl.buurtkennis.analysis.DutchPastParticipleFilter;
import nl.buurtkennis.analysis.DutchPresentTenseFilter;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * A field's matches in a hit, as Lucene's highlighter reads them ({@link MatchLeaves}), each
 * with how often its term matches in the field: Lucene's matches give every term 1 ("a documented
 * short-coming"), so that the passage score's weight of a term ({@link
 * org.apache.lucene.search.uhighlight.PassageScorer#weight}, which falls as a term recurs in the
 * text) was the same for the word a text is about, in every passage
 * ({@code burgerwacht} in the text on burgerwachten), and for the word that tells its passages
 * apart ({@code risico}). A term counts once at each place it matches. The matches are read once,
 * counted, and then given to the highlighter in the order of their offsets.
 *
 * <p>A term that stands in for a typed word (another name of it, a translation, a part of a
 * compound that holds one) recurs in the text at least as often as the word as typed does ({@link
 * #placesOfWords}): a text that says {@code jongeren} twenty times and {@code jeugdoverlast} once
 * is not rare in naming young people where it says the compound, and counted alone, the one
 * part {@code jeugd}, another name of the typed {@code jongeren}, outweighed every passage that
 * holds the typed word. A term that is also a form of other words (a concept's name of several
 * typed words) is counted alone: it says more than the word as typed.
 */
final class CountedMatches extends OffsetsEnum {
  private final BytesRef[] terms;
  private final int[] starts;
  private final int[] ends;
  private final int[] freqs;
  private final int count;
  private final Map<BytesRef, Integer> placesOfWords;
  private int at = -1;

  private CountedMatches(BytesRef[] terms, int[] starts, int[] ends, int[] freqs, int count,
      Map<BytesRef, Integer> placesOfWords) {
    this.terms = terms;
    this.starts = starts;
    this.ends = ends;
    this.freqs = freqs;
    this.count = count;
    this.placesOfWords = placesOfWords;
  }

  /**
   * The matches of {@code field} in {@code found} within {@code text}, the field's text or the
   * start of it, but those that run across a sentence's end ({@link SentenceBoundMatches}); null
   * when it has none there.
   */
  static CountedMatches of(Matches found, String field, String text) throws IOException {
    return of(found, field, text, PassageWords.InField.NONE);
  }

  /**
   * As {@link #of(Matches, String, String)}, a term that stands in for the typed words of
   * {@code words} also counted as they are.
   */
  static CountedMatches of(Matches found, String field, String text, PassageWords.InField words)
      throws IOException {
    return of(found, field, text, words, false, SuspendedWords.NONE);
  }

  /**
   * As {@link #of(Matches, String, String, PassageWords.InField)}, for a query that finds a
   * compound's parts apart when {@code partsApart}: a part found apart stands for a word of the
   * compound, and a Dutch verb's form that reads as the same term says something else
   * ({@code hangt} of "hangt af van" for {@code hang} of {@code hangjongeren}), so such a match
   * does not count, unless it is written as the part itself ({@code bericht}). A match at a
   * suspended word ({@code hang} of {@code hang- en sluitwerk}, read as {@code hangwerk}) counts
   * only as a typed word's own term or a term of the word as written ({@code suspended}): a part
   * that only its completion spells ({@code werk} of {@code woon- of werkgebied} at {@code hang-})
   * or another compound named for the query ({@code bewonersbudget} of {@code bewoners- of
   * wijkbudget} for {@code wijkschouw}) marked the half of the pair that does not say it.
   */
  static CountedMatches of(Matches found, String field, String text, PassageWords.InField words,
      boolean partsApart, SuspendedWords suspended) throws IOException {
    MatchesIterator matches = found.getMatches(field);
    if (matches == null) {
      return null;
    }
    MatchesIterator iterator = new SentenceBoundMatches(matches, text);
    BytesRef[] terms = new BytesRef[16];
    int[] starts = new int[16];
    int[] ends = new int[16];
    // Each match's term as an index into the distinct terms: a field matches a handful of terms.
    int[] termOf = new int[16];
    BytesRef[] distinct = new BytesRef[8];
    int[] counts = new int[8];
    int[] lastStarts = new int[8];
    int distinctCount = 0;
    int count = 0;
    boolean dutch = field.endsWith("_nl");
    List<MatchLeaves.Leaf> leaves = MatchLeaves.of(iterator, text.length());
    for (int l = 0; l < leaves.size(); l++) {
      MatchLeaves.Leaf leaf = leaves.get(l);
      boolean typed = words.typed().containsKey(leaf.term());
      if (!typed && (!suspended.says(leaf.end(), leaf.term())
          || partsApart && dutch && isVerbForm(text, leaf.start(), leaf.end(), leaf.term())
          || !partsApart && dutch && isOnlyAModifier(text, leaves, l))) {
        continue;
      }
      if (count == terms.length) {
        terms = Arrays.copyOf(terms, count * 2);
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
        termOf = Arrays.copyOf(termOf, count * 2);
      }
      BytesRef term = leaf.term();
      int start = leaf.start();
      int index = indexOf(distinct, distinctCount, term);
      if (index < 0) {
        if (distinctCount == distinct.length) {
          distinct = Arrays.copyOf(distinct, distinctCount * 2);
          counts = Arrays.copyOf(counts, distinctCount * 2);
          lastStarts = Arrays.copyOf(lastStarts, distinctCount * 2);
        }
        index = distinctCount++;
        distinct[index] = term;
        lastStarts[index] = -1;
      }
      // Two clauses may match a term at one place (a typed word that is also a concept's name).
      if (lastStarts[index] != start) {
        counts[index]++;
        lastStarts[index] = start;
      }
      terms[count] = term;
      starts[count] = start;
      ends[count] = leaf.end();
      termOf[count] = index;
      count++;
    }
    int[] freqs = new int[count];
    for (int i = 0; i < count; i++) {
      freqs[i] = counts[termOf[i]];
    }
    return new CountedMatches(terms, starts, ends, freqs, count,
        placesOfWords(distinct, counts, distinctCount, words));
  }

  /**
   * For each distinct term that stands in for typed words (a form of no other words), how often
   * the text says the one of those words that it says most often as typed, where that is more
   * often than the term itself.
   */
  private static Map<BytesRef, Integer> placesOfWords(BytesRef[] distinct, int[] counts,
      int distinctCount, PassageWords.InField words) {
    if (words.typed().isEmpty()) {
      return Map.of();
    }
    Map<BytesRef, Integer> places = new HashMap<>();
    for (int k = 0; k < distinctCount; k++) {
      long of = words.bits().getOrDefault(distinct[k], 0L) & ~PassageWords.ANOTHER_WORD;
      if (of == 0L || words.typed().containsKey(distinct[k])) {
        continue;
      }
      int most = counts[k];
      for (int u = 0; u < distinctCount; u++) {
        long typed = words.typed().getOrDefault(distinct[u], 0L);
        if ((typed & of) != 0L && (of & ~typed) == 0L) {
          most = Math.max(most, counts[u]);
        }
      }
      if (most > counts[k]) {
        places.put(distinct[k], most);
      }
    }
    return places;
  }

  /**
   * Whether the text from {@code start} to {@code end} is one word, a Dutch verb's form other
   * than {@code term} as written.
   */
  private static boolean isVerbForm(String text, int start, int end, BytesRef term) {
    for (int i = start; i < end; i++) {
      if (!Character.isLetter(text.charAt(i))) {
        return false;
      }
    }
    String word = text.substring(start, end).toLowerCase(Locale.ROOT);
    if (word.equals(term.utf8ToString())) {
      return false;
    }
    return DutchPresentTenseFilter.infinitive(word) != null
        || DutchPastParticipleFilter.infinitive(word) != null;
  }

  /**
   * Whether leaf {@code l} of {@code leaves} (in text order) is a word that the query did not type
   * found only as a middle part of a longer Dutch compound, with no other term matched there: a
   * concept's other name or a translation inside a word that names something else ({@code
   * preventie} in "buurtpreventieteams", a kind of team, for {@code inbraakpreventie}, whose
   * concept has the name {@code preventie}). The last part says what a compound is ({@code
   * preventie} in "buurtpreventie", a kind of prevention, and {@code vereniging} in
   * "buurtvereniging", count), and the first part is left counted. A compound's parts
   * found together in a longer one ({@code buurt} and {@code preventie} in "buurtpreventieteams"
   * for {@code buurtpreventie}) match there as two terms and count.
   */
  private static boolean isOnlyAModifier(String text, List<MatchLeaves.Leaf> leaves, int l) {
    MatchLeaves.Leaf leaf = leaves.get(l);
    for (int i = l - 1; i >= 0 && leaves.get(i).start() == leaf.start(); i--) {
      if (!leaves.get(i).term().bytesEquals(leaf.term())) {
        return false;
      }
    }
    for (int i = l + 1; i < leaves.size() && leaves.get(i).start() == leaf.start(); i++) {
      if (!leaves.get(i).term().bytesEquals(leaf.term())) {
        return false;
      }
    }
    for (int i = leaf.start(); i < leaf.end(); i++) {
      if (!Character.isLetter(text.charAt(i))) {
        return false;
      }
    }
    String word = text.substring(leaf.start(), leaf.end()).toLowerCase(Locale.ROOT);
    String term = leaf.term().utf8ToString();
    boolean modifier = false;
    for (String part : partsOf(word)) {
      if (part.startsWith(term) && part.length() - term.length() <= MAX_ENDING) {
        if (word.endsWith(part)) {
          return false;
        }
        // A first part is left counted: its word is often about it too ("representatievraagstuk"
        // for representativiteit, "politiezorg" for police), where a middle one names a detail.
        modifier |= !word.startsWith(part);
      }
    }
    // A part not found as written (a stem that changes the word's letters) is left as it is.
    return modifier;
  }

  /**
   * The parts the decompounder reads in {@code word}, whole ones and those inside them
   * ({@code buurtpreventieteams}: buurt, preventieteams, preventie, teams), each as written; the
   * last part ends the word.
   */
  private static Set<String> partsOf(String word) {
    Set<String> parts = new LinkedHashSet<>(DutchCompounds.segments(word));
    parts.addAll(DutchCompounds.recognisableParts(word));
    return parts;
  }

  /**
   * The most letters that a term's word may have beyond the term: its ending and the letters a
   * stem cuts ({@code -en}, {@code -s}, {@code -es}, {@code -e}: {@code agenten} for the term
   * {@code agent}).
   */
  private static final int MAX_ENDING = 3;

  /**
   * Term → how often the text says the typed word the term stands in for, where that is more
   * often than the term itself; other terms are not listed.
   */
  Map<BytesRef, Integer> placesOfWords() {
    return placesOfWords;
  }

  private static int indexOf(BytesRef[] distinct, int distinctCount, BytesRef term) {
    for (int i = 0; i < distinctCount; i++) {
      if (distinct[i] == term || distinct[i].bytesEquals(term)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public boolean nextPosition() {
    return ++at < count;
  }

  @Override
  public int freq() {
    return freqs[at];
  }

  @Override
  public BytesRef getTerm() {
    return terms[at];
  }

  @Override
  public int startOffset() {
    return starts[at];
  }

  @Override
  public int endOffset() {
    return ends[at];
  }
}
