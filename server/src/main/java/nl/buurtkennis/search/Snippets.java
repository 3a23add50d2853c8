package nl.buurtkennis.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.Section;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Picks for each hit the passage that best answers the query, with Lucene's unified highlighter:
 * from the body when it matched there (naming its section), else from the summary.
 */
final class Snippets {
  private static final int PASSAGE_CHARS = 220;
  private static final String[] FIELDS = fields();

  private final Analyzer analyzer;

  Snippets(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** A hit's snippet, and the section it was taken from when it came from the body. */
  record Result(String html, Section section) {}

  Result[] highlight(IndexSearcher searcher, Query query, ScoreDoc[] hits, CorpusDocument[] docs)
      throws IOException {
    Result[] results = new Result[hits.length];
    Map<String, Object[]> byField = Map.of();
    if (hits.length > 0) {
      int[] docIds = new int[hits.length];
      int[] passages = new int[FIELDS.length];
      for (int i = 0; i < hits.length; i++) {
        docIds[i] = hits[i].doc;
      }
      java.util.Arrays.fill(passages, 1);
      byField = highlighter(searcher).passages(FIELDS, query, docIds, passages);
    }
    for (int i = 0; i < hits.length; i++) {
      CorpusDocument doc = docs[i];
      Snippet body = (Snippet) byField.getOrDefault(IndexSchema.field(IndexSchema.BODY,
          doc.language()), new Object[hits.length])[i];
      Snippet summary = (Snippet) byField.getOrDefault(IndexSchema.field(IndexSchema.SUMMARY,
          doc.language()), new Object[hits.length])[i];
      if (body != null) {
        results[i] = new Result(body.html(), sectionAt(doc, body.startOffset()));
      } else if (summary != null) {
        results[i] = new Result(summary.html(), null);
      } else {
        results[i] = new Result(null, null);
      }
    }
    return results;
  }

  private PassageHighlighter highlighter(IndexSearcher searcher) {
    return new PassageHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new SnippetFormatter())
        .withMaxLength(Integer.MAX_VALUE - 1)
        .withMaxNoHighlightPassages(0)
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_CHARS, 0.0f)));
  }

  /** The section whose text contains {@code offset} of the body (sections are joined by "\n\n"). */
  static Section sectionAt(CorpusDocument doc, int offset) {
    int start = 0;
    for (Section section : doc.sections()) {
      int end = start + section.text().length();
      if (offset < end + 2) {
        return section;
      }
      start = end + 2;
    }
    return null;
  }

  private static String[] fields() {
    return IndexSchema.LANGUAGES.stream()
        .flatMap(lang -> java.util.stream.Stream.of(IndexSchema.field(IndexSchema.BODY, lang),
            IndexSchema.field(IndexSchema.SUMMARY, lang)))
        .toArray(String[]::new);
  }
}
