package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * Passages break after a full stop or a line break, so they may open with the white space that
 * follows it, and one that runs over sections shows the one of them whose matches weigh most.
 */
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

  @Test
  void aPassageRunningOverSectionsOfEqualMatchesShowsTheFirst() {
    String content = "Doel\nMinder inbraken in de buurt, zegt de wijkagent.\n\nKnelpunten\nDe wijkagent heeft weinig tijd.";
    Passage passage = new Passage();
    passage.setStartOffset(content.indexOf("Minder"));
    passage.setEndOffset(content.length());
    addMatch(passage, content, content.indexOf("wijkagent"), "wijkagent");
    addMatch(passage, content, content.lastIndexOf("wijkagent"), "wijkagent");

    Snippet snippet = (Snippet) new SnippetFormatter().format(new Passage[] {passage}, content);

    assertEquals("Minder inbraken in de buurt, zegt de <mark>wijkagent</mark>.", snippet.html());
  }

  /**
   * "recht eigen hand confrontatie" on the burgerwacht text: the passage began with a sentence
   * on {@code handhaven} (its part {@code hand}) and ran into the section saying "het recht in
   * eigen hand nemen ... met confrontatie"; cut after its first match, it showed the sentence on
   * handhaven and lost to a passage with two of the words.
   */
  @Test
  void aPassageRunningOverSectionsShowsTheSectionWhoseMatchesWeighMost() {
    String content = "Hoe het werkt\nBurgers mogen niet handhaven.\n\nKnelpunten\n"
        + "Bewoners nemen het recht in eigen hand met confrontatie.";
    Passage passage = new Passage();
    passage.setStartOffset(content.indexOf("Burgers"));
    passage.setEndOffset(content.length());
    addMatch(passage, content, content.indexOf("hand"), "hand");
    addMatch(passage, content, content.indexOf("recht"), "recht");
    addMatch(passage, content, content.indexOf("eigen"), "eigen");
    addMatch(passage, content, content.lastIndexOf("hand"), "hand");
    addMatch(passage, content, content.indexOf("confrontatie"), "confrontatie");
    passage.setScore(new PassageScorer().score(passage, content.length()));

    Snippet snippet = (Snippet) new SnippetFormatter().format(new Passage[] {passage}, content);

    assertEquals("Bewoners nemen het <mark>recht</mark> in <mark>eigen</mark> <mark>hand</mark> met "
        + "<mark>confrontatie</mark>.", snippet.html());
    assertEquals(content.indexOf("Bewoners"), snippet.startOffset());
  }

  @Test
  void aPassageStartingInASectionWithoutMatchesShowsTheNextOneBelowItsHeading() {
    String content = "Doel\nMinder inbraken.\n\nKnelpunten\nDe wijkagent heeft weinig tijd.";
    Passage passage = new Passage();
    passage.setStartOffset(content.indexOf("Minder"));
    passage.setEndOffset(content.length());
    addMatch(passage, content, content.indexOf("wijkagent"), "wijkagent");

    Snippet snippet = (Snippet) new SnippetFormatter().format(new Passage[] {passage}, content);

    assertEquals("De <mark>wijkagent</mark> heeft weinig tijd.", snippet.html());
  }

  @Test
  void aPassageWithinOneSectionIsLeftWhole() {
    String content = "Doel\nMinder inbraken. Zegt de wijkagent.\n\nKnelpunten\nWeinig tijd.";
    Passage passage = new Passage();
    passage.setStartOffset(content.indexOf("Minder"));
    passage.setEndOffset(content.indexOf("\n\n"));
    addMatch(passage, content, content.indexOf("inbraken"), "inbraken");

    Snippet snippet = (Snippet) new SnippetFormatter().format(new Passage[] {passage}, content);

    assertEquals("Minder <mark>inbraken</mark>. Zegt de wijkagent.", snippet.html());
  }

  @Test
  void aPhraseRunningIntoTheNextSentenceIsNotMarkedButItsWordsAre() {
    String content = "Zo groeit het onderling vertrouwen. In de politie ziet men dat ook. "
        + "Het vertrouwen in de politie groeit.";
    Passage passage = new Passage();
    passage.setStartOffset(0);
    passage.setEndOffset(content.indexOf("Het"));
    int across = content.indexOf("vertrouwen");
    passage.addMatch(across, content.indexOf("politie") + "politie".length(),
        new BytesRef("vertrouwen politie"), 1);
    addMatch(passage, content, across, "vertrouwen");
    addMatch(passage, content, content.indexOf("politie"), "politie");

    Snippet snippet = (Snippet) new SnippetFormatter().format(new Passage[] {passage}, content);

    assertEquals("Zo groeit het onderling <mark>vertrouwen</mark>. In de <mark>politie</mark> ziet "
        + "men dat ook.", snippet.html());
  }

  @Test
  void aPhraseWithinOneSentenceIsMarkedWhole() {
    String content = "Het vertrouwen in de politie, zegt men, groeit.";
    Passage passage = new Passage();
    passage.setStartOffset(0);
    passage.setEndOffset(content.length());
    int start = content.indexOf("vertrouwen");
    passage.addMatch(start, content.indexOf(","), new BytesRef("vertrouwen politie"), 1);

    Snippet snippet = (Snippet) new SnippetFormatter().format(new Passage[] {passage}, content);

    assertEquals("Het <mark>vertrouwen in de politie</mark>, zegt men, groeit.", snippet.html());
  }

  private static void addMatch(Passage passage, String content, int start, String word) {
    passage.addMatch(start, start + word.length(), new BytesRef(word), 1);
  }

  @Test
  void aPassageCutShortGivesWayToAWholeOneThatShowsMore() {
    String content = "Doel\nDe wijkagent helpt.\n\nKnelpunten\nDe wijkagent heeft weinig tijd. "
        + "Bewoners vragen de wijkagent om hulp, en de wijkagent komt.";
    Passage runsOn = new Passage();
    runsOn.setStartOffset(content.indexOf("De wijkagent helpt"));
    runsOn.setEndOffset(content.indexOf("tijd.") + "tijd.".length());
    addMatch(runsOn, content, content.indexOf("wijkagent"), "wijkagent");
    addMatch(runsOn, content, content.indexOf("wijkagent heeft"), "wijkagent");
    Passage whole = new Passage();
    whole.setStartOffset(content.indexOf("Bewoners"));
    whole.setEndOffset(content.length());
    addMatch(whole, content, content.indexOf("wijkagent om"), "wijkagent");
    addMatch(whole, content, content.indexOf("wijkagent komt"), "wijkagent");
    PassageScorer scorer = new PassageScorer();
    runsOn.setScore(scorer.score(runsOn, content.length()));
    whole.setScore(scorer.score(whole, content.length()));

    Snippet snippet = (Snippet) new SnippetFormatter().format(new Passage[] {runsOn, whole},
        content);

    assertEquals("Bewoners vragen de <mark>wijkagent</mark> om hulp, en de <mark>wijkagent</mark> komt.",
        snippet.html());
  }
}
