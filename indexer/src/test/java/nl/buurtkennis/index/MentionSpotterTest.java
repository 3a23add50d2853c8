package nl.buurtkennis.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.FeatureField;
import org.junit.jupiter.api.Test;

/**
 * The spotter hands the writer the body's tokens unchanged, keeps only the words of names with
 * their positions, and gives the topics, as {@code FeatureField} would index them, only after the
 * body has been read.
 */
class MentionSpotterTest {
  private static final String FIELD = IndexSchema.field(IndexSchema.BODY, "nl");
  private static final String TEXT =
      "De buurtpreventie in de wijk: buurtpreventie werkt, zegt de wijkagent van de buurt.";

  @Test
  void passesTheBodyOnUnchangedAndKeepsTheNameWordsWithTheirPositions() throws IOException {
    Analyzer analyzer = IndexSchema.indexAnalyzer();
    List<String> plain = tokens(analyzer.tokenStream(FIELD, TEXT));
    List<MentionSpotter.NameWords> seen = new ArrayList<>();
    MentionSpotter spotter = new MentionSpotter(analyzer.tokenStream(FIELD, TEXT),
        nameWords("wijk", "buurt"), words -> {
          seen.add(words);
          return Map.of("form/x", 1.5f);
        });
    List<String> spotted = tokens(spotter);
    assertEquals(plain, spotted);

    assertEquals(tokens(new FeatureField(IndexSchema.TOPICS, "form/x", 1.5f)),
        topics(spotter.topics()));
    MentionSpotter.NameWords words = seen.get(0);
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      kept.add(words.positions()[i] + ":" + words.words()[i]);
    }
    assertEquals(expectedNameWords(plain), kept);
    assertTrue(kept.size() >= 4, "compound parts and plain words are kept: " + kept);
  }

  @Test
  void theTopicsCannotBeReadBeforeTheBody() {
    MentionSpotter spotter = new MentionSpotter(
        IndexSchema.indexAnalyzer().tokenStream(FIELD, TEXT), CharArrayMap.emptyMap(),
        words -> Map.of());
    assertThrows(IllegalStateException.class, () -> spotter.topics().reset());
  }

  private static CharArrayMap<String> nameWords(String... words) {
    CharArrayMap<String> map = new CharArrayMap<>(words.length, false);
    for (String word : words) {
      map.put(word, word);
    }
    return map;
  }

  /** The tokens as "position:term[start-end]". */
  private static List<String> tokens(TokenStream stream) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (stream) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment =
          stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      int position = -1;
      stream.reset();
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(position + ":" + term + "[" + offset.startOffset() + "-" + offset.endOffset()
            + "]");
      }
      stream.end();
    }
    return tokens;
  }

  private static List<String> expectedNameWords(List<String> tokens) {
    List<String> expected = new ArrayList<>();
    for (String token : tokens) {
      String positionAndTerm = token.substring(0, token.indexOf('['));
      String term = positionAndTerm.substring(positionAndTerm.indexOf(':') + 1);
      if (term.equals("wijk") || term.equals("buurt")) {
        expected.add(positionAndTerm);
      }
    }
    return expected;
  }

  /** The features a {@link FeatureField} gives the writer, as "term xfrequency". */
  private static List<String> tokens(FeatureField field) throws IOException {
    return topics(field.tokenStream(null, null));
  }

  private static List<String> topics(TokenStream stream) throws IOException {
    List<String> topics = new ArrayList<>();
    CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
    TermFrequencyAttribute frequency = stream.addAttribute(TermFrequencyAttribute.class);
    stream.reset();
    while (stream.incrementToken()) {
      topics.add(term + " x" + frequency.getTermFrequency());
    }
    stream.end();
    return topics;
  }
}
