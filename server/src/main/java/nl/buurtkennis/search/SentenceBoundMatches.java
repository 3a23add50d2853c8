package nl.buurtkennis.search;

import java.io.IOException;
import java.util.regex.Pattern;
import org.apache.lucene.search.FilterMatchesIterator;
import org.apache.lucene.search.MatchesIterator;

/**
 * A field's matches without those of several words that run across the end of a sentence or a
 * line: the index holds no punctuation, so a compound's parts one word apart ("wijk. In teams"
 * for {@code wijkteam}) or a phrase's words matched across a full stop, and the passage marked
 * them as if they stood together. A match of one word never holds a sentence's end.
 */
final class SentenceBoundMatches extends FilterMatchesIterator {
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?;]\\s|\\n");

  private final String text;

  SentenceBoundMatches(MatchesIterator in, String text) {
    super(in);
    this.text = text;
  }

  @Override
  public boolean next() throws IOException {
    while (in.next()) {
      int start = in.startOffset();
      int end = in.endOffset();
      if (start < 0 || end > text.length() || start >= end
          || !SENTENCE_END.matcher(text).region(start, end).find()) {
        return true;
      }
    }
    return false;
  }
}
