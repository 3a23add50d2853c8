package nl.buurtkennis.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The symbols and emoji of a query ({@code ©}, {@code ™}, {@code ★}, {@code 🚓}), read as
 * punctuation. They are no words, yet the tokenizer that starts each language's analysis keeps
 * each as a term of its own (of type {@code <EMOJI>}), so that a query of plain words required
 * them as words: {@code politie ©} found only what the concepts and translations of
 * {@code politie} find, as no text holds {@code ©}. Like punctuation, they are not searched, and
 * an answer names them nowhere: its words ({@link QueryWords}, {@link TextlessWords}) are letters
 * and digits, so a query of symbols alone asks for nothing.
 */
final class QuerySymbols {
  private static final String EMOJI = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI];

  private QuerySymbols() {}

  /**
   * {@code text} with each symbol or emoji that a language's analysis ({@code analyzer}, as
   * queries are parsed) reads as a term replaced by spaces, one per {@code char}; {@code text}
   * itself when it holds none.
   */
  static String blanked(String text, Analyzer analyzer) {
    if (text == null || text.chars().allMatch(c -> c < 0x80)) {
      return text; // no character of ASCII is read as a symbol
    }
    char[] blanked = null;
    for (String language : IndexSchema.LANGUAGES) {
      String field = IndexSchema.field(IndexSchema.BODY, language);
      try (TokenStream tokens = analyzer.tokenStream(field, text)) {
        TypeAttribute type = tokens.addAttribute(TypeAttribute.class);
        OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
        tokens.reset();
        while (tokens.incrementToken()) {
          if (EMOJI.equals(type.type())) {
            if (blanked == null) {
              blanked = text.toCharArray();
            }
            Arrays.fill(blanked, offset.startOffset(), offset.endOffset(), ' ');
          }
        }
        tokens.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return blanked == null ? text : new String(blanked);
  }
}
