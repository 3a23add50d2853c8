package nl.buurtkennis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.Section;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Picks for each hit the passage that best answers the query, with Lucene's unified highlighter:
 * from the body when it matched there (naming its section), else from the summary.
 */
final class Snippets {
  private static final int PASSAGE_CHARS = 220;
  /**
   * The body's best passages that the formatter chooses from: one that runs into the next
   * section is shown cut, and may then offer less than the next best.
   */
  private static final int BODY_CANDIDATES = 3;

  private final Analyzer analyzer;

  Snippets(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** A hit's snippet, and the section it was taken from when it came from the body. */
  record Result(String html, Section section) {}

  /**
   * The snippet of each hit. The hits are highlighted in groups side by side on the segment
   * threads, one per thread, each group a run of hits in index order (so that few segments are
   * read by two groups); a hit's snippet does not depend on the others.
   */
  Result[] highlight(IndexView view, Query query, ScoreDoc[] hits, CorpusDocument[] docs)
      throws IOException {
    Integer[] inIndexOrder = new Integer[hits.length];
    for (int i = 0; i < hits.length; i++) {
      inIndexOrder[i] = i;
    }
    Arrays.sort(inIndexOrder, Comparator.comparingInt(i -> hits[i].doc));
    int groups = Math.min(hits.length, SegmentThreads.count());
    List<Callable<Void>> tasks = new ArrayList<>();
    Snippet[] body = new Snippet[hits.length];
    Snippet[] summary = new Snippet[hits.length];
    for (int group = 0; group < groups; group++) {
      int from = group * hits.length / groups;
      int to = (group + 1) * hits.length / groups;
      int[] members = new int[to - from];
      for (int i = from; i < to; i++) {
        members[i - from] = inIndexOrder[i];
      }
      tasks.add(() -> {
        highlight(view, query, members, hits, docs, body, summary);
        return null;
      });
    }
    view.segmentTasks().invokeAll(tasks);
    Result[] results = new Result[hits.length];
    for (int i = 0; i < hits.length; i++) {
      CorpusDocument doc = docs[i];
      if (body[i] != null) {
        results[i] = new Result(body[i].html(), sectionAt(doc, body[i].startOffset()));
      } else if (summary[i] != null) {
        results[i] = new Result(summary[i].html(), null);
      } else {
        results[i] = new Result(null, null);
      }
    }
    return results;
  }

  /** Highlights the hits at {@code members} with a highlighter of their own. */
  private void highlight(IndexSearcher searcher, Query query, int[] members, ScoreDoc[] hits,
      CorpusDocument[] docs, Snippet[] body, Snippet[] summary) throws IOException {
    ScoreDoc[] groupHits = new ScoreDoc[members.length];
    CorpusDocument[] groupDocs = new CorpusDocument[members.length];
    for (int i = 0; i < members.length; i++) {
      groupHits[i] = hits[members[i]];
      groupDocs[i] = docs[members[i]];
    }
    Snippet[] groupBody = new Snippet[members.length];
    Snippet[] groupSummary = new Snippet[members.length];
    PassageHighlighter highlighter = highlighter(searcher);
    for (String lang : IndexSchema.LANGUAGES) {
      highlightIn(highlighter, lang, query, groupHits, groupDocs, groupBody, groupSummary);
    }
    for (int i = 0; i < members.length; i++) {
      body[members[i]] = groupBody[i];
      summary[members[i]] = groupSummary[i];
    }
  }

  /**
   * Highlights the body and summary of the hits in {@code lang} in that language's fields only: a
   * document has no text in the other language's fields, and the highlighter would otherwise match
   * the whole query against each of them for every hit.
   */
  private static void highlightIn(PassageHighlighter highlighter, String lang, Query query,
      ScoreDoc[] hits, CorpusDocument[] docs, Snippet[] body, Snippet[] summary)
      throws IOException {
    int[] positions = new int[hits.length];
    int count = 0;
    for (int i = 0; i < hits.length; i++) {
      if (docs[i].language().equals(lang)) {
        positions[count++] = i;
      }
    }
    String bodyField = IndexSchema.field(IndexSchema.BODY, lang);
    String summaryField = IndexSchema.field(IndexSchema.SUMMARY, lang);
    Query passages = PassageQuery.of(query, Set.of(bodyField, summaryField));
    if (count == 0 || passages == null) {
      return;
    }
    int[] docIds = new int[count];
    CorpusDocument[] records = new CorpusDocument[count];
    for (int i = 0; i < count; i++) {
      docIds[i] = hits[positions[i]].doc;
      records[i] = docs[positions[i]];
    }
    Map<String, Object[]> byField = highlighter.passages(new String[] {bodyField, summaryField},
        passages, docIds, records, new int[] {BODY_CANDIDATES, 1});
    Object[] bodies = byField.get(bodyField);
    Object[] summaries = byField.get(summaryField);
    for (int i = 0; i < count; i++) {
      body[positions[i]] = (Snippet) bodies[i];
      summary[positions[i]] = (Snippet) summaries[i];
    }
  }

  private PassageHighlighter highlighter(IndexSearcher searcher) {
    return new PassageHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new SnippetFormatter())
        .withScorer(SnippetFormatter.SCORER)
        .withMaxLength(Integer.MAX_VALUE - 1)
        .withMaxNoHighlightPassages(0)
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            new SplittingBreakIterator(new CustomSeparatorBreakIterator('.'), '\n'),
            PASSAGE_CHARS, 0.0f)));
  }

  /** The section whose text holds {@code offset} of the body ({@link CorpusDocument#bodyText}). */
  static Section sectionAt(CorpusDocument doc, int offset) {
    int start = 0;
    for (Section section : doc.sections()) {
      int end = start + section.text().length() + CorpusDocument.SECTION_BREAK.length();
      if (offset < end) {
        return section;
      }
      start = end;
    }
    return null;
  }
}
