package nl.buurtkennis.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
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
 * from the body when it matched there (naming its section), else from the summary. A body's best
 * passage that marks only words nearly every text holds ("Hoe het <mark>werkt</mark>" for {@code
 * wat werkt tegen woninginbraak}) tells less than the summary, which is shown instead, marked
 * where it matched.
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
   * What the hits of one query are highlighted with, in each language's fields: the passage
   * query, and with a compound's parts also apart ({@link PassageQuery#withPartsApart}), each
   * with the weights of its matches; worked out once for all the hits of a page, as a weight
   * asks the index how common its term is, and only where a hit needs it: a language that no hit
   * of the page is in, and the parts apart where the first query marks each hit, are not worked
   * out (the groups of hits ask side by side, so one at a time; the rarities are not
   * thread-safe).
   */
  static final class Plan {
    private final Query query;
    private final PassageRarity rarity;
    private final Loanwords loanwords;
    private final PassageWords words;
    private final Map<String, Passages> strict = new HashMap<>();
    private final Map<String, Passages> partsApart = new HashMap<>();

    private Plan(Query query, PassageRarity rarity, Loanwords loanwords, PassageWords words) {
      this.query = query;
      this.rarity = rarity;
      this.loanwords = loanwords;
      this.words = words;
    }

    /** The passage query as shown in {@code lang}'s fields; null when the query has none. */
    Passages strict(String lang) {
      return inLanguage(strict, lang, false);
    }

    /** With a compound's parts also apart, for the hits the first marks nothing in. */
    Passages partsApart(String lang) {
      return inLanguage(partsApart, lang, true);
    }

    /** {@code lang}'s entry of {@code made}, worked out on the first call (it may be null). */
    private synchronized Passages inLanguage(Map<String, Passages> made, String lang,
        boolean withPartsApart) {
      if (!made.containsKey(lang)) {
        Set<String> fields = fields(lang);
        Query inFields = withPartsApart ? PassageQuery.withPartsApart(query, fields)
            : PassageQuery.of(query, fields);
        made.put(lang, Passages.of(inFields, rarity, loanwords, words, withPartsApart));
      }
      return made.get(lang);
    }
  }

  /**
   * A passage query in one language's fields and what its matches weigh; null when none. The
   * query is rewritten once, by the first group of hits that needs it ({@link #rewritten}).
   */
  record Passages(Query query, PassageWeights weights, AtomicReference<Query> rewriting) {
    static Passages of(Query query, PassageRarity rarity, Loanwords loanwords,
        PassageWords words, boolean partsApart) {
      return query == null ? null
          : new Passages(query, PassageWeights.of(query, rarity, loanwords, words, partsApart),
              new AtomicReference<>());
    }

    /** The query rewritten as the highlighter rewrites it, for the index of {@code searcher}. */
    Query rewritten(IndexSearcher searcher) {
      Query done = rewriting.get();
      if (done == null) {
        try {
          done = searcher.rewrite(RepeatedClauses.merged(query));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        rewriting.compareAndSet(null, done);
      }
      return done;
    }
  }

  /**
   * The plan for the hits of {@code query}, the highlighter's query ({@link
   * UserQueryParser#forPassages}), whose typed words are {@code words}.
   */
  static Plan plan(IndexView view, Query query, Loanwords loanwords, PassageWords words) {
    return new Plan(query, new PassageRarity(view.getIndexReader()), loanwords, words);
  }

  /**
   * Puts in {@code results} the snippets of the hits at {@code members}, highlighted with a
   * highlighter of their own: a hit's snippet does not depend on the others, so that runs of a
   * page's hits can be highlighted side by side ({@link HitGroups}).
   */
  void highlight(IndexView view, Plan plan, int[] members, ScoreDoc[] hits,
      CorpusDocument[] docs, Result[] results) throws IOException {
    ScoreDoc[] groupHits = new ScoreDoc[members.length];
    CorpusDocument[] groupDocs = new CorpusDocument[members.length];
    for (int i = 0; i < members.length; i++) {
      groupHits[i] = hits[members[i]];
      groupDocs[i] = docs[members[i]];
    }
    Snippet[] body = new Snippet[members.length];
    Snippet[] summary = new Snippet[members.length];
    PassageHighlighter highlighter = highlighter(view);
    for (String lang : IndexSchema.LANGUAGES) {
      highlightIn(highlighter, lang, plan, groupHits, groupDocs, body, summary);
    }
    for (int i = 0; i < members.length; i++) {
      CorpusDocument doc = groupDocs[i];
      if (body[i] != null && !body[i].commonWordsOnly()) {
        results[members[i]] = new Result(body[i].html(), sectionAt(doc, body[i].startOffset()));
      } else if (summary[i] != null) {
        results[members[i]] = new Result(summary[i].html(), null);
      } else {
        results[members[i]] = new Result(null, null);
      }
    }
  }

  private static Set<String> fields(String lang) {
    return Set.of(IndexSchema.field(IndexSchema.BODY, lang),
        IndexSchema.field(IndexSchema.SUMMARY, lang));
  }

  /**
   * Highlights the body and summary of the hits in {@code lang} in that language's fields only: a
   * document has no text in the other language's fields, and the highlighter would otherwise match
   * the whole query against each of them for every hit.
   */
  private static void highlightIn(PassageHighlighter highlighter, String lang, Plan plan,
      ScoreDoc[] hits, CorpusDocument[] docs, Snippet[] body, Snippet[] summary)
      throws IOException {
    int[] positions = new int[hits.length];
    int count = 0;
    for (int i = 0; i < hits.length; i++) {
      if (docs[i].language().equals(lang)) {
        positions[count++] = i;
      }
    }
    if (count == 0) {
      return;
    }
    highlightAt(highlighter, lang, plan.strict(lang),
        Arrays.copyOf(positions, count), hits, docs, body, summary);
    // a body passage of common words only is not shown (highlight), so it marks nothing either
    int[] unmarked = IntStream.of(positions).limit(count)
        .filter(i -> (body[i] == null || body[i].commonWordsOnly()) && summary[i] == null)
        .toArray();
    if (unmarked.length > 0) {
      highlightAt(highlighter, lang, plan.partsApart(lang), unmarked, hits, docs, body,
          summary);
    }
  }

  /** Highlights the hits at {@code positions} with {@code passages}, if there is one. */
  private static void highlightAt(PassageHighlighter highlighter, String lang, Passages passages,
      int[] positions, ScoreDoc[] hits, CorpusDocument[] docs, Snippet[] body, Snippet[] summary)
      throws IOException {
    if (passages == null) {
      return;
    }
    int[] docIds = new int[positions.length];
    CorpusDocument[] records = new CorpusDocument[positions.length];
    for (int i = 0; i < positions.length; i++) {
      docIds[i] = hits[positions[i]].doc;
      records[i] = docs[positions[i]];
    }
    String bodyField = IndexSchema.field(IndexSchema.BODY, lang);
    String summaryField = IndexSchema.field(IndexSchema.SUMMARY, lang);
    Map<String, Object[]> byField = highlighter.passages(new String[] {bodyField, summaryField},
        passages.query(), passages::rewritten, passages.weights(), docIds, records,
        new int[] {BODY_CANDIDATES, 1});
    Object[] bodies = byField.get(bodyField);
    Object[] summaries = byField.get(summaryField);
    for (int i = 0; i < positions.length; i++) {
      body[positions[i]] = (Snippet) bodies[i];
      summary[positions[i]] = (Snippet) summaries[i];
    }
  }

  private PassageHighlighter highlighter(IndexView view) {
    return new PassageHighlighter(view.fieldInfos(), UnifiedHighlighter.builder(view, analyzer)
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
