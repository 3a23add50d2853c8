package nl.buurtkennis.search;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;

/**
 * Lucene's passage formatter with HTML escaping on and {@code <mark>} around matches, keeping where
 * the best passage starts so that a hit can name the section it comes from.
 */
final class SnippetFormatter extends PassageFormatter {
  private static final Escaping ESCAPING = new Escaping();
  /** The unified highlighter's own scorer, which {@link Snippets} leaves as it is. */
  private static final PassageScorer SCORER = new PassageScorer();
  /** What joins two sections in a body's text ({@code CorpusDocument.bodyText()}). */
  private static final String SECTION_BREAK = "\n\n";

  @Override
  public Object format(Passage[] passages, String content) {
    if (passages.length == 0) {
      return null;
    }
    Passage best = null;
    float bestScore = Float.NEGATIVE_INFINITY;
    for (Passage passage : passages) {
      Passage shown = withinItsSection(passage, content);
      float score = shown == passage ? passage.getScore() : scoreAsFound(shown, passage, content);
      if (score > bestScore) {
        best = shown;
        bestScore = score;
      }
    }
    // A passage begins right after a full stop or a line break, so it may begin with the space
    // before its first word; the section it belongs to is the one of that first word.
    int start = best.getStartOffset();
    while (start < content.length() && Character.isWhitespace(content.charAt(start))) {
      start++;
    }
    return new Snippet(ESCAPING.format(new Passage[] {best}, content).strip(), start);
  }

  /**
   * The passage, ending where the section of its first match ends: a body's sections are joined
   * by a blank line, and a passage stretched towards its length would otherwise end with the
   * heading of the next one.
   */
  static Passage withinItsSection(Passage passage, String content) {
    int first = passage.getNumMatches() > 0 ? passage.getMatchStarts()[0]
        : passage.getStartOffset();
    int sectionEnd = content.indexOf(SECTION_BREAK, first);
    if (sectionEnd < 0 || sectionEnd >= passage.getEndOffset()) {
      return passage;
    }
    Passage cut = new Passage();
    cut.setStartOffset(passage.getStartOffset());
    cut.setEndOffset(sectionEnd);
    cut.setScore(passage.getScore());
    for (int i = 0; i < passage.getNumMatches(); i++) {
      if (passage.getMatchEnds()[i] <= sectionEnd) {
        cut.addMatch(passage.getMatchStarts()[i], passage.getMatchEnds()[i],
            passage.getMatchTerms()[i], passage.getMatchTermFreqsInDoc()[i]);
      }
    }
    return cut;
  }

  /**
   * What the highlighter's scorer gives the matches of a cut passage, weighed at the length of
   * the passage it was cut from: a passage is not preferred for being cut short.
   */
  private static float scoreAsFound(Passage shown, Passage found, String content) {
    Passage kept = new Passage();
    kept.setStartOffset(found.getStartOffset());
    kept.setEndOffset(found.getEndOffset());
    for (int i = 0; i < shown.getNumMatches(); i++) {
      kept.addMatch(shown.getMatchStarts()[i], shown.getMatchEnds()[i], shown.getMatchTerms()[i],
          shown.getMatchTermFreqsInDoc()[i]);
    }
    return SCORER.score(kept, content.length());
  }

  /** {@code text} escaped exactly as a passage is, for a snippet that had nothing to highlight. */
  static String escape(String text) {
    StringBuilder html = new StringBuilder(text.length() + 16);
    ESCAPING.appendEscaped(html, text);
    return html.toString();
  }

  private static final class Escaping extends DefaultPassageFormatter {
    Escaping() {
      super("<mark>", "</mark>", " … ", true);
    }

    void appendEscaped(StringBuilder html, String text) {
      append(html, text, 0, text.length());
    }
  }
}
