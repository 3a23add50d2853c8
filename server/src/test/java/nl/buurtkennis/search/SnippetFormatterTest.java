package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Passages break after a full stop, so they may open with the white space that follows it. */
class SnippetFormatterTest {
  @Test
  void aPassageOpeningWithABlankLineStartsAtItsFirstWord() {
    String content = "Eerste deel eindigt hier.\n\nTweede <deel> over buurtpreventie.";
    int start = content.indexOf('.') + 1;
    Passage passage = new Passage();
    passage.setStartOffset(start);
    passage.setEndOffset(content.length());
    int match = content.indexOf("buurtpreventie");
    passage.addMatch(match, match + "buurtpreventie".length(), new BytesRef("buurtpreventie"), 1);

    Snippet snippet = (Snippet) new SnippetFormatter().format(new Passage[] {passage}, content);

    assertEquals("Tweede &lt;deel&gt; over <mark>buurtpreventie</mark>.", snippet.html());
    assertEquals(content.indexOf("Tweede"), snippet.startOffset());
  }
}
