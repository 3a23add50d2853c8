package nl.buurtkennis.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.compound.HyphenationCompoundWordTokenFilter;
import org.apache.lucene.analysis.compound.hyphenation.HyphenationTree;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.xml.sax.InputSource;

/**
 * Reads what the decompounder needs from the class path: OpenTaal's hyphenation patterns and
 * word list (NOTICE-opentaal.txt) and SCOWL's English words (NOTICE-scowl.txt). In a fresh JVM
 * this took over half a second, paid by every command line build and by the server's warm-up;
 * the patterns and the English list are now read on a second thread while this one reads
 * the Dutch list, which is parsed from its bytes rather than line by line as strings.
 */
final class CompoundData {
  /** About the number of words in the shipped lists, so that the sets are not rehashed. */
  private static final int DUTCH_SIZE = 350_000;
  private static final int ENGLISH_SIZE = 70_000;
  private static final String RESOURCES = "/nl/buurtkennis/analysis/";

  final HyphenationTree tree;
  final CharArraySet dutch;
  final CharArraySet english;

  private CompoundData(HyphenationTree tree, CharArraySet dutch, CharArraySet english) {
    this.tree = tree;
    this.dutch = dutch;
    this.english = english;
  }

  static CompoundData load() {
    FutureTask<HyphenationTree> tree = new FutureTask<>(CompoundData::loadTree);
    FutureTask<CharArraySet> english = new FutureTask<>(CompoundData::loadEnglish);
    Thread second = new Thread(() -> {
      tree.run();
      english.run();
    }, "compound-data");
    second.setDaemon(true);
    second.start();
    CharArraySet dutch = loadDutch();
    return new CompoundData(result(tree), dutch, result(english));
  }

  private static <T> T result(FutureTask<T> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the analysis data", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("could not read the analysis data", e.getCause());
    }
  }

  private static HyphenationTree loadTree() {
    try (InputStream in = open("hyph_nl.xml")) {
      return HyphenationCompoundWordTokenFilter.getHyphenationTree(new InputSource(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The Dutch words without diacritics, as the tokens reach the decompounder. Nearly every line
   * is ASCII and becomes its chars directly; the few others are decoded and folded.
   */
  static CharArraySet loadDutch() {
    CharArraySet words = new CharArraySet(DUTCH_SIZE, false);
    byte[] bytes = read("words_nl.txt");
    char[] folded = new char[4 * DutchCompounds.MAX_WORD];
    int start = 0;
    for (int end = lineEnd(bytes, start); start < bytes.length; end = lineEnd(bytes, start)) {
      int length = trimmedEnd(bytes, start, end) - start;
      if (length > 0 && isAscii(bytes, start, start + length)) {
        if (length <= DutchCompounds.MAX_WORD) {
          char[] word = new char[length];
          for (int i = 0; i < length; i++) {
            word[i] = (char) bytes[start + i];
          }
          words.add(word);
        }
      } else if (length > 0) {
        String word = new String(bytes, start, length, StandardCharsets.UTF_8).trim();
        if (!word.isEmpty() && word.length() <= DutchCompounds.MAX_WORD) {
          int n = ASCIIFoldingFilter.foldToASCII(word.toCharArray(), 0, folded, 0, word.length());
          words.add(Arrays.copyOf(folded, n));
        }
      }
      start = end + 1;
    }
    return CharArraySet.unmodifiableSet(words);
  }

  /** SCOWL's English words of two letters or more, lower case and ASCII. */
  private static CharArraySet loadEnglish() {
    CharArraySet words = new CharArraySet(ENGLISH_SIZE, false);
    String text = new String(read("words_en.txt"), StandardCharsets.UTF_8);
    text.lines().map(String::trim).filter(word -> !word.isEmpty()).forEach(words::add);
    return CharArraySet.unmodifiableSet(words);
  }

  private static int lineEnd(byte[] bytes, int from) {
    int i = from;
    while (i < bytes.length && bytes[i] != '\n') {
      i++;
    }
    return i;
  }

  /** The end of the line without trailing white space (a {@code \r} included). */
  private static int trimmedEnd(byte[] bytes, int start, int end) {
    while (end > start && bytes[end - 1] >= 0 && bytes[end - 1] <= ' ') {
      end--;
    }
    return end;
  }

  private static boolean isAscii(byte[] bytes, int start, int end) {
    for (int i = start; i < end; i++) {
      if (bytes[i] < 0 || bytes[i] <= ' ') {
        return false; // non-ASCII, or white space the string path trims
      }
    }
    return true;
  }

  private static byte[] read(String name) {
    try (InputStream in = open(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = CompoundData.class.getResourceAsStream(RESOURCES + name);
    if (in == null) {
      throw new IOException("resource " + RESOURCES + name + " is missing from the class path");
    }
    return in;
  }
}
