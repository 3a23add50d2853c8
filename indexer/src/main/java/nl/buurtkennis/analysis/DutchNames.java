package nl.buurtkennis.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The names in OpenTaal's word list (names_nl.txt, see NOTICE-opentaal.txt): places, people and
 * streets ({@code Utrecht}, {@code Dordrecht}, {@code Emmen}), but none that is also a word
 * ({@code Echt}, {@code Delft}). A query word that is such a name is meant as typed: it is no
 * known word and an unknown rest ({@code Dordrecht} is not {@code dord} + {@code recht}), and no
 * misspelling of another word ({@code Breda} is not {@code brede}). Read on first use, by queries
 * only.
 */
public final class DutchNames {
  private DutchNames() {}

  /** Whether {@code word}, in any case and with or without diacritics, is a name of the list. */
  public static boolean isName(String word) {
    return Data.NAMES.contains(fold(word));
  }

  private static String fold(String word) {
    char[] chars = word.toLowerCase(Locale.ROOT).toCharArray();
    char[] buffer = new char[4 * chars.length];
    int length = ASCIIFoldingFilter.foldToASCII(chars, 0, buffer, 0, chars.length);
    return new String(buffer, 0, length);
  }

  /** Holder: the list is read when first asked for, once per JVM. */
  private static final class Data {
    private static final String RESOURCE = "/nl/buurtkennis/analysis/names_nl.txt";
    static final CharArraySet NAMES = load();

    private static CharArraySet load() {
      try (InputStream in = DutchNames.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IOException("resource " + RESOURCE + " is missing from the class path");
        }
        CharArraySet names = new CharArraySet(40_000, false);
        new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
            .filter(name -> !name.isEmpty()).map(DutchNames::fold).forEach(names::add);
        return CharArraySet.unmodifiableSet(names);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
