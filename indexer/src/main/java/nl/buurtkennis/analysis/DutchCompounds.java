package nl.buurtkennis.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.compound.HyphenationCompoundWordTokenFilter;
import org.apache.lucene.analysis.compound.hyphenation.HyphenationTree;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.xml.sax.InputSource;

/**
 * Splits Dutch compounds at hyphenation points into dictionary words ({@code buurtpreventie} →
 * {@code buurt}, {@code preventie}; {@code veiligheidsbeleving} → {@code veiligheid},
 * {@code beleving}), with OpenTaal's hyphenation patterns and word list (see
 * NOTICE-opentaal.txt). Words reach it lower-cased and without diacritics, and the word list is
 * folded the same way. Splitting only at hyphenation points keeps it from finding words inside
 * words ({@code reven}, {@code vent}). The data is loaded once, on first use.
 */
public final class DutchCompounds {
  static final int MIN_WORD = 5;
  static final int MIN_PART = 4;
  static final int MAX_PART = 15;
  private static final int MAX_WORD_CHARS = 64;
  private static final String RESOURCES = "/nl/buurtkennis/analysis/";

  private DutchCompounds() {}

  /** Adds the parts of every compound after it, at the same position; keeps the compound. */
  public static TokenStream decompound(TokenStream input) {
    return new HyphenationCompoundWordTokenFilter(input, Data.TREE, Data.DICTIONARY, MIN_WORD,
        MIN_PART, MAX_PART, false, false, false);
  }

  /**
   * The parts of {@code word} (lower case, without diacritics), or an empty list when it is not a
   * compound.
   */
  public static List<String> parts(String word) {
    List<String> parts = new ArrayList<>();
    KeywordTokenizer tokenizer = new KeywordTokenizer();
    tokenizer.setReader(new java.io.StringReader(word));
    try (TokenStream stream = decompound(tokenizer)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (increment.getPositionIncrement() == 0) {
          parts.add(term.toString());
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }

  /**
   * The parts that together make up {@code word} without overlapping, covering as much of it as
   * possible ({@code whatsappgroep} → whatsapp, groep; not the overlapping appgroep); an empty list
   * when it is not a compound. This is how a query word is read as "all of its parts".
   */
  public static List<String> segments(String word) {
    List<int[]> spans = new ArrayList<>();
    List<String> candidates = parts(word);
    for (String part : candidates) {
      for (int at = word.indexOf(part); at >= 0; at = word.indexOf(part, at + 1)) {
        spans.add(new int[] {at, at + part.length()});
      }
    }
    spans.sort((a, b) -> a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(a[0], b[0]));
    // Weighted interval scheduling: best[i] is the best cover by spans[0..i): most letters first,
    // then fewest parts (deelnemer, not deel + nemer).
    int[] best = new int[spans.size() + 1];
    int[] previous = new int[spans.size()];
    for (int i = 0; i < spans.size(); i++) {
      int p = i - 1;
      while (p >= 0 && spans.get(p)[1] > spans.get(i)[0]) {
        p--;
      }
      previous[i] = p;
      best[i + 1] = Math.max(best[i], best[p + 1] + weight(spans.get(i)));
    }
    List<String> chosen = new ArrayList<>();
    for (int i = spans.size() - 1; i >= 0; ) {
      if (best[i + 1] == best[previous[i] + 1] + weight(spans.get(i))) {
        chosen.add(0, word.substring(spans.get(i)[0], spans.get(i)[1]));
        i = previous[i];
      } else {
        i--;
      }
    }
    return chosen.size() < 2 ? List.of() : chosen;
  }

  private static int weight(int[] span) {
    return (span[1] - span[0]) * 16 - 1;
  }

  /** Holder: the class loads its data when first used, once per JVM. */
  private static final class Data {
    static final HyphenationTree TREE = loadTree();
    static final CharArraySet DICTIONARY = loadDictionary();

    private static HyphenationTree loadTree() {
      try (InputStream in = open("hyph_nl.xml")) {
        return HyphenationCompoundWordTokenFilter.getHyphenationTree(new InputSource(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The words without diacritics, as the tokens reach the decompounder. */
    private static CharArraySet loadDictionary() {
      try (Reader reader = new InputStreamReader(open("words_nl.txt"), StandardCharsets.UTF_8)) {
        CharArraySet words = WordlistLoader.getWordSet(reader);
        CharArraySet folded = new CharArraySet(words.size(), false);
        char[] buffer = new char[4 * MAX_WORD_CHARS];
        for (Object word : words) {
          char[] chars = (char[]) word;
          if (chars.length > MAX_WORD_CHARS) {
            continue;
          }
          int length = ASCIIFoldingFilter.foldToASCII(chars, 0, buffer, 0, chars.length);
          folded.add(new String(buffer, 0, length));
        }
        return CharArraySet.unmodifiableSet(folded);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static InputStream open(String name) throws IOException {
      InputStream in = DutchCompounds.class.getResourceAsStream(RESOURCES + name);
      if (in == null) {
        throw new IOException("resource " + RESOURCES + name + " is missing from the class path");
      }
      return in;
    }
  }
}
