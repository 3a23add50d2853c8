package nl.buurtkennis.analysis;

import java.io.Reader;
import java.text.Normalizer;
import java.util.BitSet;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * Text as a word is meant, whatever its bytes: a letter with a combining accent ({@code o} and
 * U+0308, as macOS and some PDFs write {@code ö}) as the one letter, and the invisible characters
 * that copied text carries inside words (a soft hyphen, a zero-width space, a word joiner, a
 * byte-order mark) left out. The tokenizer keeps a combining mark or a soft hyphen inside the
 * word, so {@code coördinator} written so matched nothing.
 */
public final class ComposedText {
  /** Soft hyphen, zero-width space, word joiner, zero-width no-break space (byte-order mark). */
  private static final String INVISIBLE = "\u00AD\u200B\u2060\uFEFF";
  private static final Pattern INVISIBLE_CHARACTER = Pattern.compile("[" + INVISIBLE + "]");
  /** The Latin letters with diacritics: Latin-1 Supplement, Latin Extended-A and -B. */
  private static final int FIRST = 0x00C0;
  private static final int LAST = 0x024F;
  private static final NormalizeCharMap MAP = map();
  /**
   * The characters without which no key of {@link #MAP} can match: each invisible character, and
   * every character of a decomposed letter after its first (the accents). A text holding none of
   * them reads as written.
   */
  private static final BitSet NEEDED = needed();
  private static final int FIRST_NEEDED = NEEDED.nextSetBit(0);

  private ComposedText() {}

  /** {@code text} composed (NFC), without the invisible characters. */
  public static String of(String text) {
    if (text == null) {
      return null;
    }
    String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
    return INVISIBLE_CHARACTER.matcher(composed).replaceAll("");
  }

  /**
   * {@code in} with the Latin letters composed and the invisible characters left out, the offsets
   * still those of the text as written (for highlighting).
   */
  static Reader reader(Reader in) {
    return new ComposedTextReader(in);
  }

  /**
   * Whether {@code text} holds a character that composing or leaving out could change: most texts
   * hold none, and the mapping looks at every letter of a text it reads, as each letter starts a
   * decomposed one.
   */
  static boolean mayChange(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= FIRST_NEEDED && NEEDED.get(c)) {
        return true;
      }
    }
    return false;
  }

  /** {@code in} read through the mapping that composes and leaves out, with its corrections. */
  static MappingCharFilter mapping(Reader in) {
    return new MappingCharFilter(MAP, in);
  }

  private static BitSet needed() {
    BitSet needed = new BitSet();
    for (int letter = FIRST; letter <= LAST; letter++) {
      String decomposed = Normalizer.normalize(Character.toString(letter), Normalizer.Form.NFD);
      for (int i = 1; i < decomposed.length(); i++) {
        needed.set(decomposed.charAt(i));
      }
    }
    for (char invisible : INVISIBLE.toCharArray()) {
      needed.set(invisible);
    }
    return needed;
  }

  private static NormalizeCharMap map() {
    NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
    for (int letter = FIRST; letter <= LAST; letter++) {
      String composed = Character.toString(letter);
      String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
      if (!decomposed.equals(composed)) {
        builder.add(decomposed, composed);
      }
    }
    for (char invisible : INVISIBLE.toCharArray()) {
      builder.add(String.valueOf(invisible), "");
    }
    return builder.build();
  }
}
