package nl.buurtkennis.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The Dutch chain reads the ligature {@code ĳ} as {@code ij} through its diacritics folding; a
 * char filter mapping {@code ĳ} to {@code ij} before the tokenizer (which it once had) changes no
 * term, position or offset, at index or at query time.
 */
class LigatureFoldingTest {
  private static final List<String> TEXTS = List.of("w\u0133k", "W\u0132K", "\u0132sselmonde",
      "b\u0133 de w\u0133kagent in de binnenst\u0133d", "Het \u0133s is d\u0133k, zeg\u0133 ('s nachts).",
      "buurtw\u0133kteams bespreken v\u0133ftig w\u0133ken; \u0133\u0133\u0133 \u0132 \u0133",
      "co\u00f6rdinatie van de W\u0133k-agent en de w\u0133kagenten's", "\u0133", "a\u0133b",
      "prijs 12\u0133 2024 e-mail@w\u0133k.nl https://w\u0133k.nl/a\u0133");

  @Test
  void theLigatureCharFilterChangesNothing() throws IOException {
    for (boolean decompound : new boolean[] {true, false}) {
      Analyzer analyzer = new DutchTextAnalyzer(decompound, decompound);
      Analyzer withCharFilter =
          withLigatureCharFilter(new DutchTextAnalyzer(decompound, decompound));
      for (String text : TEXTS) {
        assertEquals(withoutOffsets(tokens(withCharFilter, text)),
            withoutOffsets(tokens(analyzer, text)), text);
        if (!text.contains(".nl")) {
          assertEquals(tokens(withCharFilter, text), tokens(analyzer, text), text);
        }
        assertEquals(withCharFilter.normalize("body_nl", text),
            analyzer.normalize("body_nl", text), text);
      }
    }
  }

  /**
   * Words joined by a full stop are split into parts each at its place in the text; a char filter
   * that changed the word's length would leave each part the whole word's offsets.
   */
  @Test
  void partsOfAJoinedWordKeepTheirPlaceInTheText() throws IOException {
    List<String> tokens = tokens(new DutchTextAnalyzer(true, true), "site w\u0133k.nl");
    assertEquals(List.of("sit@0-4+1", "wijk@5-8+1", "nl@9-11+1", "end@11"), tokens);
  }

  @Test
  void theLigatureIsFoldedToIj() throws IOException {
    assertEquals(tokens(new DutchTextAnalyzer(true, true), "wijk").get(0).split("@")[0],
        tokens(new DutchTextAnalyzer(true, true), "w\u0133k").get(0).split("@")[0]);
    assertEquals(new BytesRef("wijk"), new DutchTextAnalyzer(false, false).normalize("body_nl",
        "W\u0132K"));
  }

  private static Analyzer withLigatureCharFilter(Analyzer analyzer) {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    map.add("\u0133", "ij");
    map.add("\u0132", "IJ");
    NormalizeCharMap ligatures = map.build();
    return new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return analyzer;
      }

      @Override
      protected Reader wrapReader(String fieldName, Reader reader) {
        return new MappingCharFilter(ligatures, reader);
      }

      @Override
      protected Reader wrapReaderForNormalization(String fieldName, Reader reader) {
        return new MappingCharFilter(ligatures, reader);
      }
    };
  }

  private static List<String> withoutOffsets(List<String> tokens) {
    return tokens.stream().map(token -> token.replaceAll("@\\d+-\\d+", "")).toList();
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("body_nl", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+"
            + increment.getPositionIncrement());
      }
      stream.end();
      tokens.add("end@" + offset.endOffset());
    }
    return tokens;
  }
}
