package nl.buurtkennis.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.buurtkennis.corpus.CorpusDocument;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage formatter with HTML escaping on and {@code <mark>} around matches, keeping where
 * the best passage starts so that a hit can name the section it comes from.
 */
final class SnippetFormatter extends PassageFormatter {
  private static final Escaping ESCAPING = new Escaping();
  private static final String SENTENCE_ENDS = ".!?;:";
  /** How the highlighter weighed the passages: a cut passage is weighed again with it. */
  private final LeanPassageScorer scorer;
  /** The terms of words that nearly every text holds ({@link PassageWeights#commonIn}). */
  private final Set<BytesRef> common;

  /** A formatter of passages weighed by Lucene's score ({@link LeanPassageScorer}). */
  SnippetFormatter() {
    this(new LeanPassageScorer(), Set.of());
  }

  /**
   * @param scorer the scorer the highlighter weighs the passages with
   * @param common the terms of the query's words that nearly every text holds
   */
  SnippetFormatter(LeanPassageScorer scorer, Set<BytesRef> common) {
    this.scorer = scorer;
    this.common = common;
  }

  @Override
  public Object format(Passage[] passages, String content) {
    if (passages.length == 0) {
      return null;
    }
    Passage best = null;
    float bestScore = Float.NEGATIVE_INFINITY;
    for (Passage passage : passages) {
      for (Passage shown : bySection(passage, content)) {
        float score = shown == passage ? passage.getScore()
            : scoreAsFound(shown, passage, content);
        if (score > bestScore) {
          best = shown;
          bestScore = score;
        }
      }
    }
    // A passage begins right after a full stop or a line break, so it may begin with the space
    // before its first word; the section it belongs to is the one of that first word.
    best = withinItsSentences(best, content);
    int start = best.getStartOffset();
    while (start < content.length() && Character.isWhitespace(content.charAt(start))) {
      start++;
    }
    return new Snippet(ESCAPING.format(new Passage[] {best}, content).strip(), start,
        commonWordsOnly(best));
  }

  private boolean commonWordsOnly(Passage passage) {
    if (common.isEmpty() || passage.getNumMatches() == 0) {
      return false;
    }
    for (int i = 0; i < passage.getNumMatches(); i++) {
      if (!common.contains(passage.getMatchTerms()[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The passage whole, or where it runs over sections, each section's part of it that holds a
   * match, from below the heading: a body's sections are joined by a blank line ({@link
   * CorpusDocument#SECTION_BREAK}), and a passage stretched towards its length would otherwise
   * show the end of one section, the heading of the next and its start, while the one section
   * whose words answer best is cut short or left out.
   */
  static List<Passage> bySection(Passage passage, String content) {
    int start = passage.getStartOffset();
    int end = passage.getEndOffset();
    int sectionBreak = content.indexOf(CorpusDocument.SECTION_BREAK, start);
    if (sectionBreak < 0 || sectionBreak >= end) {
      return List.of(passage);
    }
    List<Passage> parts = new ArrayList<>();
    int from = start;
    while (from < end) {
      int to = sectionBreak < 0 || sectionBreak >= end ? end : sectionBreak;
      Passage part = within(passage, from, to);
      if (part.getNumMatches() > 0) {
        parts.add(part);
      }
      if (to == end) {
        break;
      }
      from = belowHeading(content, to + CorpusDocument.SECTION_BREAK.length(), end);
      sectionBreak = content.indexOf(CorpusDocument.SECTION_BREAK, from);
    }
    return parts.isEmpty() ? List.of(passage) : parts;
  }

  /** Where the text of the section starting at {@code start} begins: past its heading's line. */
  private static int belowHeading(String content, int start, int end) {
    int lineEnd = content.indexOf('\n', start);
    return lineEnd < 0 || lineEnd >= end ? end : lineEnd + 1;
  }

  /**
   * The passage without the matches that run from one sentence into the next: a phrase's
   * positions go on across a full stop, so {@code trust in the police} matches "mutual trust. For
   * the police", which would be marked whole, or cut at the passage's end as "trust.". The
   * words of such a phrase are marked where they are matches of their own.
   */
  static Passage withinItsSentences(Passage passage, String content) {
    boolean crossing = false;
    for (int i = 0; i < passage.getNumMatches() && !crossing; i++) {
      crossing = crossesASentence(content, passage.getMatchStarts()[i],
          passage.getMatchEnds()[i]);
    }
    if (!crossing) {
      return passage;
    }
    Passage kept = new Passage();
    kept.setStartOffset(passage.getStartOffset());
    kept.setEndOffset(passage.getEndOffset());
    kept.setScore(passage.getScore());
    for (int i = 0; i < passage.getNumMatches(); i++) {
      int start = passage.getMatchStarts()[i];
      int end = passage.getMatchEnds()[i];
      if (!crossesASentence(content, start, end)) {
        kept.addMatch(start, end, passage.getMatchTerms()[i],
            passage.getMatchTermFreqsInDoc()[i]);
      }
    }
    return kept;
  }

  private static boolean crossesASentence(String content, int start, int end) {
    for (int at = start; at < end - 1 && at < content.length() - 1; at++) {
      if (SENTENCE_ENDS.indexOf(content.charAt(at)) >= 0
          && Character.isWhitespace(content.charAt(at + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * What the highlighter's scorer gives the matches of a cut passage, weighed at the place and
   * length of the passage it was cut from: a passage is not preferred for being cut short.
   */
  private float scoreAsFound(Passage shown, Passage found, String content) {
    Passage asFound = within(shown, shown.getStartOffset(), shown.getEndOffset());
    asFound.setStartOffset(found.getStartOffset());
    asFound.setEndOffset(found.getEndOffset());
    return scorer.score(asFound, content.length());
  }

  /** {@code from} between {@code start} and {@code end}, with its matches that lie there. */
  private static Passage within(Passage from, int start, int end) {
    Passage passage = new Passage();
    passage.setStartOffset(start);
    passage.setEndOffset(end);
    for (int i = 0; i < from.getNumMatches(); i++) {
      if (from.getMatchStarts()[i] >= start && from.getMatchEnds()[i] <= end) {
        passage.addMatch(from.getMatchStarts()[i], from.getMatchEnds()[i],
            from.getMatchTerms()[i], from.getMatchTermFreqsInDoc()[i]);
      }
    }
    return passage;
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
