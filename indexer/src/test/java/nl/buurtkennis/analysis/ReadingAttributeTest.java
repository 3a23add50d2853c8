package nl.buurtkennis.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** A note made about a term is found again at each later use of its word, by its owner alone. */
class ReadingAttributeTest {
  private static final Object OWNER = new Object();
  private static final Object OTHER = new Object();

  @Test
  void anIndexingChainFindsEachTermsNoteAtTheWordsLaterUses() throws IOException {
    List<String> found = noteEachTerm(new DutchTextAnalyzer(true, true),
        "buurtpreventie en buurtpreventie in de buurt");
    assertEquals(List.of("buurtpreventie:-", "buurt:-", "preventie:-",
        "buurtpreventie:buurtpreventie", "buurt:buurt", "preventie:preventie", "buurt:-"), found);
  }

  @Test
  void aQueryChainKeepsNoNotes() throws IOException {
    List<String> found = noteEachTerm(new DutchTextAnalyzer(true, false),
        "buurtpreventie buurtpreventie");
    assertEquals(List.of("buurtpreventie:-", "buurt:-", "preventie:-", "buurtpreventie:-",
        "buurt:-", "preventie:-"), found);
  }

  @Test
  void anotherOwnersNotesReadAsNoneAndNotingForgetsThem() {
    TermNotes notes = new TermNotes(2);
    notes.put(OWNER, 0, "a");
    notes.put(OWNER, 1, "b");
    assertEquals("b", notes.get(OWNER, 1));
    assertNull(notes.get(OTHER, 0));
    notes.put(OTHER, 1, "c");
    assertNull(notes.get(OWNER, 1));
    assertNull(notes.get(OTHER, 0), "the first owner's note of the other term is gone too");
    assertEquals("c", notes.get(OTHER, 1));
  }

  /** Each term as {@code term:note}, the note found before noting the term itself ("-": none). */
  private static List<String> noteEachTerm(Analyzer analyzer, String text) throws IOException {
    List<String> found = new ArrayList<>();
    try (analyzer; TokenStream stream = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      ReadingAttribute reading = stream.addAttribute(ReadingAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        Object note = reading.note(OWNER);
        found.add(term + ":" + (note == null ? "-" : note));
        reading.note(OWNER, term.toString());
      }
      stream.end();
    }
    return found;
  }
}
