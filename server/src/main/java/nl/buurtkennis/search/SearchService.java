package nl.buurtkennis.search;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.analysis.ComposedText;
import nl.buurtkennis.analysis.SuspendedCompounds;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.index.RecordCodec;
import nl.buurtkennis.search.SearchResponse.Hit;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.taxonomy.Taxonomy;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Faceted search over the live index: the user's query, narrowed by the selected facet values,
 * with counts per facet that ignore that facet's own selection (drill sideways), so a user can
 * always widen a selection.
 */
public final class SearchService {
  /**
   * How long one search may collect hits before it answers with what it has, counted from its
   * first collection of a segment (see {@link SearchDeadline}). Searches take milliseconds; this
   * stops a runaway one.
   */
  public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(1);

  /**
   * How long a search may spend explaining its page's hits ({@code explain=true}) after
   * collecting them; past it, the hits left carry no explanation (the hits are all there). A
   * page of a hundred hits of a query of many words took half a minute to explain, and held one
   * of the server's search slots all that time.
   */
  static final Duration EXPLAIN_TIME = Duration.ofSeconds(2);

  /** A word's start before {@code *}, standing alone: {@code zebra*}, not {@code "zebra*"}. */
  private static final Pattern PREFIX =
      Pattern.compile("(?<![\\p{L}\\p{N}\"*])[\\p{L}\\p{N}]+\\*(?=\\s|$)");

  /** A word whose parts hyphens join, standing alone: {@code face-to-face}, not {@code wijk*}. */
  private static final Pattern HYPHENATED = Pattern.compile(
      "(?<![\\p{L}\\p{N}*\u2010\u2011-])[\\p{L}\\p{N}]+(?:[-\u2010\u2011][\\p{L}\\p{N}]+)+"
          + "(?![\\p{L}\\p{N}*\u2010\u2011-])");
  private static final String QUOTED_PHRASE = "\"[^\"]*\"?";

  private final SearchIndex index;
  private final Analyzer analyzer = IndexSchema.queryAnalyzer();
  private final FacetsConfig facetsConfig = IndexSchema.facetsConfig();
  private final UserQueryParser queryParser;
  /** How the texts write the query's words; null where compounds are not read in queries. */
  private final WrittenForms writtenForms;
  private final Duration deadline;
  private final Duration explainTime;
  private final Snippets snippets = new Snippets(analyzer);
  private final DidYouMean didYouMean = new DidYouMean(analyzer);
  private final Explainer explainer = new Explainer();
  private final RelatedDocuments relatedDocuments = new RelatedDocuments(analyzer, facetsConfig);

  public SearchService(SearchIndex index) {
    this(index, SearchSettings.DEFAULT);
  }

  public SearchService(SearchIndex index, SearchSettings settings) {
    this(index, settings, DEFAULT_DEADLINE);
  }

  /** @param deadline how long one search may collect hits; see {@link #search} */
  public SearchService(SearchIndex index, SearchSettings settings, Duration deadline) {
    this(index, settings, deadline, EXPLAIN_TIME);
  }

  /** @param explainTime how long a search may explain its hits; see {@link #EXPLAIN_TIME} */
  SearchService(SearchIndex index, SearchSettings settings, Duration deadline,
      Duration explainTime) {
    this.index = index;
    this.deadline = deadline;
    this.explainTime = explainTime;
    this.queryParser = new UserQueryParser(analyzer, settings);
    this.writtenForms = settings.compoundQueries()
        ? new WrittenForms(analyzer) : null;
  }

  /**
   * One page of hits with facet counts. A search still collecting hits when the deadline passes
   * answers with what it found until then, marked {@link SearchResponse#partial()}.
   */
  public SearchResponse search(SearchRequest request) {
    try (SearchDeadline.Budget budget = SearchDeadline.start(deadline)) {
      SearchResponse response = index.withView(view -> search(view, request)
          .with(QueryWords.of(SuspendedCompounds.completed(request.query()), analyzer,
              word -> findsNothing(view, word))));
      return budget.exceeded() ? response.asPartial() : response;
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyClauses();
    }
  }

  /** Runs work that must be whole: past the deadline it fails ({@link SearchTimeoutException}). */
  private <T> T whole(SearchIndex.Work<T> work) {
    try (SearchDeadline.Budget budget = SearchDeadline.start(deadline)) {
      T result = index.withView(work);
      if (budget.exceeded()) {
        throw new SearchTimeoutException();
      }
      return result;
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyClauses();
    }
  }

  private static InvalidRequestException tooManyClauses() {
    return new InvalidRequestException("q", "too_many_clauses", "q expands to more than "
        + IndexSearcher.getMaxClauseCount() + " clauses; use fewer words", null,
        List.of(IndexSearcher.getMaxClauseCount()));
  }

  /**
   * Every document the search finds (not only one page), in its order, up to {@code max}: what an
   * export or a feed holds. Facets, snippets and the page of the request are ignored.
   */
  public List<CorpusDocument> allDocuments(SearchRequest asked, int max) {
    return whole(view -> {
      SearchRequest request = resolved(view, asked);
      DrillDownQuery query = drillDown(view.taxonomy(),
          queryParser.parse(searched(view, request.query()).text(), view), request);
      ScoreDoc[] hits = view.search(query,
          LanguagePairs.collected(request.sort(), Math.max(1, max)), sort(request),
          false).scoreDocs;
      LanguagePairs.order(view, hits, request); // in the order of the search's pages
      List<CorpusDocument> documents = new ArrayList<>();
      for (int i = 0; i < Math.min(hits.length, max); i++) {
        documents.add(RecordCodec.read(view.storedFields().document(hits[i].doc)));
      }
      return documents;
    });
  }

  /** How many documents the search finds. */
  public long count(SearchRequest asked) {
    return whole(view -> {
      SearchRequest request = resolved(view, asked);
      return view.count(drillDown(view.taxonomy(),
          queryParser.parse(searched(view, request.query()).text(), view), request));
    });
  }

  /**
   * How many documents the search would find without its year range whose source has no year:
   * those a year range leaves out whatever its years (0 without a range).
   */
  public long undatedLeftOut(SearchRequest asked) {
    if (!asked.hasYearRange()) {
      return 0;
    }
    return whole(view -> {
      SearchRequest request = resolved(view, asked);
      SearchRequest allYears = new SearchRequest(request.query(), request.filters(), null, null,
          1, 1, request.sort(), request.lang());
      Query found = drillDown(view.taxonomy(),
          queryParser.parse(searched(view, request.query()).text(), view), allYears);
      return view.count(new BooleanQuery.Builder()
          .add(found, BooleanClause.Occur.FILTER)
          .add(IntPoint.newRangeQuery(IndexSchema.YEAR, Integer.MIN_VALUE, Integer.MAX_VALUE),
              BooleanClause.Occur.MUST_NOT)
          .build());
    });
  }

  /**
   * {@code request} with each selected place as the documents spell it: a place is matched
   * whatever its case ({@code rotterdam} selects Rotterdam). A place no document has is a 400
   * naming it, as an unknown concept is. Every search resolves its request so; a page resolves
   * it first too, so that its links name the places as the facet does.
   */
  public SearchRequest resolved(SearchRequest request) {
    return request.selected(IndexSchema.PLACE_DIM).isEmpty() ? request
        : index.withView(view -> resolved(view, request));
  }

  private static SearchRequest resolved(IndexView view, SearchRequest request)
      throws IOException {
    List<String> asked = request.selected(IndexSchema.PLACE_DIM);
    if (asked.isEmpty()) {
      return request;
    }
    List<String> spelled = view.places().spelled(asked);
    if (spelled.equals(asked)) {
      return request;
    }
    Map<String, List<String>> filters = new LinkedHashMap<>(request.filters());
    filters.put(IndexSchema.PLACE_DIM, spelled);
    return new SearchRequest(request.query(), filters, request.yearFrom(), request.yearTo(),
        request.page(), request.size(), request.sort(), request.lang(), request.explain());
  }

  /** The vocabulary of the index that is live now. */
  public Taxonomy taxonomy() {
    return index.withView(IndexView::taxonomy);
  }

  public int documentCount() {
    return index.withView(IndexView::documentCount);
  }

  /**
   * The documents most related to {@code doc}: shared concepts first, then similar text; of a
   * document and its translation, the one in {@code lang} once.
   */
  public List<CorpusDocument> related(CorpusDocument doc, String lang, int count) {
    return index.withView(view -> relatedDocuments.find(view, doc, lang, count));
  }

  /**
   * Titles, concepts and keywords with words starting with what was typed so far; a concept by
   * its label in {@code lang}, once, whichever of its labels or synonyms matched.
   */
  public List<Completion> complete(String typed, String lang, int count) {
    String composed = ComposedText.of(typed);
    return index.withView(view -> view.suggestions().lookup(composed, lang, count));
  }

  public Optional<CorpusDocument> document(String id) {
    return index.withView(view -> {
      TopDocs top = view.search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(record(view, top.scoreDocs[0].doc));
    });
  }

  /**
   * Document {@code id} as a reader of {@code lang} is shown it: its translation when the document
   * is in the other language and has one in {@code lang}, else the document itself.
   */
  public Optional<CorpusDocument> document(String id, String lang) {
    return document(id).map(doc -> lang.equals(doc.language()) || doc.translation() == null
        ? doc : document(doc.translation()).filter(t -> lang.equals(t.language())).orElse(doc));
  }

  private SearchResponse search(IndexView view, SearchRequest asked) throws IOException {
    SearchRequest request = resolved(view, asked);
    Taxonomy taxonomy = view.taxonomy();
    Searched searched = searched(view, request.query());
    List<String> unmatched = searched.unmatched();
    String text = searched.text();
    UserQueryParser.Memo parsed = new UserQueryParser.Memo();
    Query query = queryParser.parse(text, view, parsed);
    if (view.facetState() == null) {
      return new SearchResponse(request.query(), 0, request.page(), request.size(), List.of(),
          new FacetCounter(taxonomy, null, request).count(), null, List.of());
    }
    int wanted = Math.max(1, request.page() * request.size());
    int collected = LanguagePairs.collected(request.sort(), wanted);
    DrillSideways.DrillSidewaysResult result = query instanceof MatchAllDocsQuery
        ? SelectionSearch.search(view, drillDown(taxonomy, query, request),
            selectedDims(request), collected, sort(request))
        : SegmentDrillSideways.search(view, drillDown(taxonomy, query, request),
            List.copyOf(selectedDims(request)), collected, sort(request));

    ScoreDoc[] all = result.hits.scoreDocs;
    // the score each place was ranked by, before pairs change places: a hit that moves to its
    // translation's place is ranked by that place's score, which its explanation gives
    float[] placeScores = request.explain() ? scores(all, sort(request)) : null;
    Map<Integer, LanguagePairs.Swap> moved = LanguagePairs.order(view, all, request);
    float[] queryScores = request.explain() ? scores(all, sort(request)) : null;
    int from = Math.min(all.length, (request.page() - 1) * request.size());
    ScoreDoc[] page = java.util.Arrays.copyOfRange(all, from, Math.min(all.length, wanted));
    CorpusDocument[] docs = new CorpusDocument[page.length];
    Snippets.Result[] passages = new Snippets.Result[page.length];
    Snippets.Plan plan = page.length == 0 ? null : Snippets.plan(view,
        queryParser.forPassages(text, view, query, parsed), queryParser.loanwords(text, view),
        queryParser.passageWords(text, view));
    HitGroups.run(view, page, members -> {
      // one reader of the stored fields for the group's hits, in index order: its decompressed
      // block and buffers serve them all, where a reader per hit allocated its own
      StoredFields stored = view.storedFields();
      for (int i : members) {
        docs[i] = RecordCodec.read(stored.document(page[i].doc));
      }
      snippets.highlight(view, plan, members, page, docs, passages);
    });
    List<List<String>> missing = MissingWords.of(view, word -> queryParser.parse(word, view),
        text, page);
    List<Hit> hits = new ArrayList<>();
    Explainer.Queries explained = request.explain()
        ? queryParser.forExplain(text, view, query) : null;
    Explainer.Weights weights = explained != null ? new Explainer.Weights(view) : null;
    long explainUntil = System.nanoTime() + explainTime.toNanos();
    for (int i = 0; i < page.length; i++) {
      HitExplanation explanation = null;
      if (explained != null && System.nanoTime() - explainUntil < 0) {
        explanation = explainer.explain(view, explained, weights, text, request.lang(),
            page[i].doc, queryScores[from + i]);
      }
      LanguagePairs.Swap swap = moved.get(page[i].doc);
      if (explanation != null && swap != null) {
        explanation = explanation.changedPlaces(swap.translation(), swap.tookItsPlace(),
            placeScores[from + i], request.lang());
      }
      hits.add(hit(docs[i], passages[i], missing.get(i), explanation));
    }
    long total = result.hits.totalHits.value;
    return new SearchResponse(request.query(), total, request.page(), request.size(), hits,
        new FacetCounter(taxonomy, result.facets, request).count(),
        suggestion(view, request, total, unmatched),
        TextlessWords.asTyped(request.query(), unmatched))
        .excludingAll(total == 0 ? excludingAll(view, request) : List.of());
  }

  /**
   * The score the search gave each hit, or NaN where it kept none: a hit sorted by fields, the
   * score among them, keeps it among its sort values rather than as its score.
   */
  private static float[] scores(ScoreDoc[] hits, Sort sort) {
    int byScore = -1;
    SortField[] fields = sort.getSort();
    for (int i = 0; i < fields.length && byScore < 0; i++) {
      byScore = fields[i].getType() == SortField.Type.SCORE ? i : -1;
    }
    float[] scores = new float[hits.length];
    for (int i = 0; i < hits.length; i++) {
      scores[i] = hits[i].score;
      if (Float.isNaN(scores[i]) && byScore >= 0 && hits[i] instanceof FieldDoc sorted
          && sorted.fields[byScore] instanceof Float score) {
        scores[i] = score;
      }
    }
    return scores;
  }

  /**
   * The query's excluded items when they leave out everything the rest of it finds among the
   * documents selected ({@code jongeren -jeugd}: {@code jeugd} is another name of
   * {@code jongeren}, so every document found holds it), or none: an empty page then says why.
   */
  private List<String> excludingAll(IndexView view, SearchRequest request) throws IOException {
    Exclusions exclusions = Exclusions.of(request.query());
    if (exclusions.excluded().isEmpty()) {
      return List.of();
    }
    long found = countSelected(view, exclusions.wanted(), request);
    if (found == 0) {
      return List.of();
    }
    // Only the items that leave something out: -the and -xyzzy exclude nothing.
    List<String> excluding = new ArrayList<>();
    for (String item : exclusions.excluded()) {
      if (countSelected(view, exclusions.wanted() + " -" + item, request) < found) {
        excluding.add(item);
      }
    }
    return excluding;
  }

  /**
   * The words of {@code query} that nothing in the corpus matches: searched alone, with the
   * concepts they name and their translation, they find no document, and no text holds them;
   * not the words of a concept's name written in several words or of a glossary phrase, which
   * find it together. A prefix and a word with hyphens count as a word.
   */
  private List<String> unmatched(IndexView view, String query) throws IOException {
    if (query.isBlank()) {
      return List.of();
    }
    List<String> unmatched = new ArrayList<>(didYouMean.unmatched(query, view.getIndexReader(),
        word -> findsNothing(view, word), view.textlessWords()));
    // A prefix that starts no word (zebra*) finds nothing too, and was required beside the others
    Matcher prefix = PREFIX.matcher(Exclusions.of(query).wanted());
    while (prefix.find()) {
      String typed = prefix.group().toLowerCase(Locale.ROOT);
      if (!unmatched.contains(typed) && findsNothing(view, typed)) {
        unmatched.add(typed);
      }
    }
    // A word with hyphens that finds nothing (face-to-face: no text holds its parts together) was
    // required beside the others too, and found nothing at all, though each part is held
    Matcher hyphenated = HYPHENATED.matcher(
        Exclusions.of(query).wanted().replaceAll(QUOTED_PHRASE, " "));
    while (hyphenated.find()) {
      String typed = hyphenated.group().toLowerCase(Locale.ROOT);
      if (!unmatched.contains(typed) && QueryWords.searchedInAnyLanguage(typed, analyzer)
          && ConceptMatcher.words(typed).stream().noneMatch(unmatched::contains)
          && findsNothing(view, typed)) {
        unmatched.add(typed);
      }
    }
    if (unmatched.isEmpty()) {
      return unmatched;
    }
    String wanted = Exclusions.of(query).wanted();
    Set<String> inNames = new HashSet<>(ConceptMatcher.wordsOfLongerNames(
        view.concepts().find(wanted)));
    // the words of a glossary phrase find it together (shop owners: winkeliers)
    view.concepts().lexicon().units(wanted).stream().filter(unit -> unit.contains(" "))
        .forEach(phrase -> inNames.addAll(ConceptMatcher.words(phrase)));
    return unmatched.stream()
        .filter(word -> !inNames.containsAll(ConceptMatcher.words(word))).toList();
  }

  /**
   * Whether {@code word} (lower case), searched alone, with the concepts it names and its
   * translation, finds no document; worked out once per word and commit.
   */
  private boolean findsNothing(IndexView view, String word) throws IOException {
    return view.unmatchedWords().computeIfAbsent(word,
        w -> !view.matchesAny(queryParser.parse(w, view)));
  }

  /**
   * What is searched for {@code query}: the query without its words that find nothing, when
   * others are left ({@code police zebra} is searched as {@code police}, and the answer names
   * {@code zebra}), so that a misspelled or unknown word does not decide the order of what the
   * other words find. Exports, feeds and counts search the same.
   */
  private Searched searched(IndexView view, String query) throws IOException {
    // OR, AND and NOT as their signs from here on, so that every reading of the query (its
    // concepts, translations, passages) sees an operator and not the word "or"
    // a suspended compound completed, as the Dutch analysis reads texts: hang- en sluitwerk as
    // hangwerk en sluitwerk (the parser reads each word apart, so its analysis cannot)
    String subject = QuestionFrame.subject(UserQueryParser.translateOperatorWords(
        JoinedWords.apart(SuspendedCompounds.completed(
            UserQueryParser.withoutUnclosedQuote(query)))));
    // words as the texts write them: tipline as "tip line", whats app as whatsapp
    String typed = writtenForms == null ? subject : writtenForms.read(subject, view);
    List<String> unmatched = unmatched(view, typed);
    return new Searched(TextlessWords.without(typed, unmatched), unmatched);
  }

  /** The text searched for a query, and the query's words left out of it as finding nothing. */
  private record Searched(String text, List<String> unmatched) {}

  /**
   * A corrected query, with the same filters, for a query with a word that occurs nowhere in the
   * corpus, or null: offered only where it finds more or better. When the query finds few
   * documents, the correction must find more. When it finds many, only a word that finds nothing,
   * or a compound that no text field holds in any form, is corrected (misspelled,
   * {@code burgernett} still matches its part {@code burger} in every document), and each word
   * put in its place must find documents among those selected: then it counts in what is found
   * and in its order ({@code comunity policing} finds what {@code policing} alone does, 46
   * documents; {@code community policing} finds 46 too, the community-policing ones first). A
   * word that a search finds through an analysis only, of which a spelling one typing error away
   * is far more common ({@code neighbourhod}), is corrected too, where the correction finds more.
   */
  private SearchResponse.Suggestion suggestion(IndexView view, SearchRequest request, long total,
      List<String> unmatched) throws IOException {
    if (request.query().isBlank()) {
      return null;
    }
    boolean few = total < DidYouMean.FEW_HITS;
    List<String> listed = view.taxonomy().glossaryWords();
    DidYouMean.Correction correction = few
        ? didYouMean.correct(request.query(), view.getIndexReader(), listed, view.corrections())
        : didYouMean.correctUnmatched(request.query(), view.getIndexReader(), unmatched, listed,
            view.corrections(), word -> view.count(queryParser.parse(word, view)));
    if (correction != null) {
      long found = countSelected(view, correction.query(), request);
      boolean better = few || correction.ofFoundWord() ? found > total
          : found > 0 && eachFindsSelected(view, correction.corrections(), request);
      if (better) {
        return new SearchResponse.Suggestion(correction.query(), found,
            SuggestionLanguage.of(correction.query()));
      }
    }
    return total == 0 ? anyOfTheWords(view, request) : null;
  }

  /**
   * For plain words that find nothing together but each finds documents among those selected,
   * the search for any of them ({@code buurtvaders kosten}: no text holds both): said as such, so
   * that an empty page says why and where to go on.
   */
  private SearchResponse.Suggestion anyOfTheWords(IndexView view, SearchRequest request)
      throws IOException {
    List<String> words = AnyOfTheWords.of(QuestionFrame.subject(request.query()));
    if (words.size() < 2) {
      return null;
    }
    for (String word : words) {
      if (countSelected(view, word, request) == 0) {
        return null;
      }
    }
    String query = String.join(" OR ", words);
    long found = countSelected(view, query, request);
    return found == 0 ? null : new SearchResponse.Suggestion(query, found,
        SuggestionLanguage.of(String.join(" ", words)), SearchResponse.Suggestion.ANY_WORD);
  }

  /** Whether each of {@code words}, searched alone, finds documents among those selected. */
  private boolean eachFindsSelected(IndexView view, List<String> words, SearchRequest request)
      throws IOException {
    for (String word : words) {
      if (countSelected(view, word, request) == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * How many documents {@code query} finds with the filters of {@code request}, read as the
   * search for it reads it ({@link #searched}): what a suggestion says it finds is what it finds.
   */
  private long countSelected(IndexView view, String query, SearchRequest request)
      throws IOException {
    SearchRequest retry = new SearchRequest(query, request.filters(), request.yearFrom(),
        request.yearTo(), 1, 1, request.sort(), request.lang());
    return view.count(drillDown(view.taxonomy(),
        queryParser.parse(searched(view, query).text(), view), retry));
  }

  /** The query narrowed by the request's facet selections and year range. */
  private DrillDownQuery drillDown(Taxonomy taxonomy, Query query, SearchRequest request) {
    DrillDownQuery drillDown = new DrillDownQuery(facetsConfig, query);
    for (Map.Entry<String, List<String>> filter : request.filters().entrySet()) {
      String dim = filter.getKey();
      for (String value : filter.getValue()) {
        drillDown.add(dim, path(taxonomy, dim, value));
      }
    }
    if (request.hasYearRange()) {
      drillDown.add(IndexSchema.YEAR_DIM, IntPoint.newRangeQuery(IndexSchema.YEAR,
          request.yearFrom() == null ? Integer.MIN_VALUE : request.yearFrom(),
          request.yearTo() == null ? Integer.MAX_VALUE : request.yearTo()));
    }
    return drillDown;
  }

  /** The dimensions the request narrows: those of {@link #drillDown}. */
  private static Set<String> selectedDims(SearchRequest request) {
    Set<String> dims = new LinkedHashSet<>(request.filters().keySet());
    if (request.hasYearRange()) {
      dims.add(IndexSchema.YEAR_DIM);
    }
    return dims;
  }

  /** The facet path of a selected value; rejects values the facet does not have. */
  static String[] path(Taxonomy taxonomy, String dim, String value) {
    Optional<Facet> facet = taxonomy.facet(dim);
    if (facet.isEmpty()) {
      return new String[] {value};
    }
    if (!facet.get().contains(value)) {
      throw new InvalidRequestException(dim, "unknown_facet_value",
          "'" + value + "' is not a value of facet '" + dim + "'", value);
    }
    return facet.get().path(value).toArray(String[]::new);
  }

  /**
   * The order of {@code request}'s sort. By year, documents of the same year come in the page's
   * language first, so that of a document and its translation (which share their source's year)
   * the one the reader reads leads, as it does by relevance ({@link LanguagePairs}); then the most
   * relevant first.
   */
  private static Sort sort(SearchRequest request) {
    SortField byId = new SortField(IndexSchema.ID_SORT, SortField.Type.STRING);
    return switch (request.sort()) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, byId);
      case NEWEST -> new Sort(byYear(true), pageLanguageFirst(request.lang()),
          SortField.FIELD_SCORE, byId);
      case OLDEST -> new Sort(byYear(false), pageLanguageFirst(request.lang()),
          SortField.FIELD_SCORE, byId);
    };
  }

  /**
   * Documents in {@code lang} before those in the other language: the corpus has two, and
   * {@code en} sorts before {@code nl}, so the order of their codes is reversed for a Dutch page.
   */
  private static SortField pageLanguageFirst(String lang) {
    return new SortField(IndexSchema.LANG, SortField.Type.STRING, !"en".equals(lang));
  }

  /**
   * The source's year, newest or oldest first; a document whose source has no year comes after
   * every dated one either way, as it is neither new nor old research.
   */
  private static SortField byYear(boolean newestFirst) {
    SortField byYear = new SortField(IndexSchema.YEAR_SORT, SortField.Type.LONG, newestFirst);
    byYear.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    return byYear;
  }

  private static Hit hit(CorpusDocument doc, Snippets.Result passage, List<String> missing,
      HitExplanation explanation) {
    String snippet = passage.html() != null ? passage.html() : SnippetFormatter.escape(doc.summary());
    String section = passage.section() == null ? null : passage.section().heading();
    String anchor = passage.section() == null ? null : passage.section().anchor();
    return new Hit(doc.id(), doc.title(), doc.type(), doc.language(), doc.year(), doc.places(),
        doc.summary(), snippet, section, anchor, doc.forms(), doc.issues(), doc.benefits(),
        doc.conditions(), doc.policeTasks(), doc.evidence(), List.copyOf(missing), explanation);
  }

  private static CorpusDocument record(IndexView view, int docId) throws IOException {
    return RecordCodec.read(view.storedFields().document(docId));
  }

  /** Labels of a document's facet values, per facet, in the language asked for. */
  public static Map<String, Map<String, String>> labels(Taxonomy taxonomy, CorpusDocument doc,
      String lang) {
    Map<String, Map<String, String>> labels = new LinkedHashMap<>();
    doc.taxonomyValues().forEach((dim, ids) -> {
      Map<String, String> byId = new LinkedHashMap<>();
      Facet facet = taxonomy.require(dim);
      ids.forEach(id -> byId.put(id, facet.concept(id).map(c -> c.label().in(lang)).orElse(id)));
      labels.put(dim, byId);
    });
    return labels;
  }

  /**
   * When the live index was built: the ISO-8601 instant its commit records, or an empty string for
   * an index whose commit does not say.
   */
  public String builtAt() {
    return index.withView(v -> v.commitInfo().builtAt());
  }
}
