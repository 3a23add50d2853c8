package nl.buurtkennis.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.index.RecordCodec;
import nl.buurtkennis.taxonomy.Taxonomy;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Documents related to a document: those that share its concepts (in any language) and those whose
 * text is alike (Lucene's {@link MoreLikeThis} over its language's title and body). Its
 * translation is not among them: the page links to it on its own. A document and its translation
 * count as one: the version in the reader's language is listed, in the better of their two
 * places, so that the list names as many different documents as it has places.
 */
final class RelatedDocuments {
  private static final float CONCEPT_WEIGHT = 1.0f;
  private static final float TEXT_WEIGHT = 0.5f;

  private final Analyzer analyzer;
  private final FacetsConfig facetsConfig;

  RelatedDocuments(Analyzer analyzer, FacetsConfig facetsConfig) {
    this.analyzer = analyzer;
    this.facetsConfig = facetsConfig;
  }

  /** The {@code count} documents most related to {@code doc}, each pair in {@code lang}. */
  List<CorpusDocument> find(IndexView view, CorpusDocument doc, String lang, int count)
      throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    Taxonomy taxonomy = view.taxonomy();
    // In a fixed order: the order of the clauses decides the last bits of the scores.
    Map<String, List<String>> concepts = new LinkedHashMap<>();
    concepts.put("form", doc.forms());
    concepts.put("issue", doc.issues());
    concepts.put("benefit", doc.benefits());
    concepts.put("condition", doc.conditions());
    int documents = view.getIndexReader().numDocs();
    for (Map.Entry<String, List<String>> facet : concepts.entrySet()) {
      for (String id : facet.getValue()) {
        Term term = DrillDownQuery.term(facetsConfig.getDimConfig(facet.getKey()).indexFieldName,
            facet.getKey(), taxonomy.require(facet.getKey()).path(id).toArray(String[]::new));
        query.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(term)),
            CONCEPT_WEIGHT * rarity(view.getIndexReader().docFreq(term), documents)),
            BooleanClause.Occur.SHOULD);
      }
    }
    query.add(new BoostQuery(alike(view, doc), TEXT_WEIGHT), BooleanClause.Occur.SHOULD);
    query.add(new TermQuery(new Term(IndexSchema.ID, doc.id())), BooleanClause.Occur.MUST_NOT);
    if (doc.translation() != null) {
      query.add(new TermQuery(new Term(IndexSchema.ID, doc.translation())),
          BooleanClause.Occur.MUST_NOT);
    }
    Sort byScoreThenId = new Sort(SortField.FIELD_SCORE,
        new SortField(IndexSchema.ID_SORT, SortField.Type.STRING));
    // A pair takes at most two hits, so twice as many hold count documents where there are any.
    ScoreDoc[] hits = view.search(query.build(), 2 * count, byScoreThenId).scoreDocs;
    List<CorpusDocument> related = new ArrayList<>();
    Set<String> listed = new HashSet<>(); // only asked whether it holds a document, never walked
    for (int i = 0; i < hits.length && related.size() < count; i++) {
      CorpusDocument hit = RecordCodec.read(view.storedFields().document(hits[i].doc));
      if (listed.add(hit.id()) && (hit.translation() == null || listed.add(hit.translation()))) {
        related.add(inLanguage(view, hit, lang));
      }
    }
    return related;
  }

  /**
   * What sharing a concept that {@code holders} of the {@code documents} have says: 1 for a
   * concept only the two share, falling to 0 for one every document has, as BM25 weighs a word.
   */
  static float rarity(int holders, int documents) {
    if (documents < 3 || holders < 2) {
      return 1f;
    }
    return (float) (Math.log((double) documents / holders) / Math.log(documents / 2.0));
  }

  /** {@code hit}, or its translation where that is in {@code lang}. */
  private static CorpusDocument inLanguage(IndexView view, CorpusDocument hit, String lang)
      throws IOException {
    if (hit.translation() == null || hit.language().equals(lang)) {
      return hit;
    }
    TopDocs translation = view.search(
        new TermQuery(new Term(IndexSchema.ID, hit.translation())), 1);
    if (translation.scoreDocs.length == 0) {
      return hit;
    }
    CorpusDocument other = RecordCodec.read(
        view.storedFields().document(translation.scoreDocs[0].doc));
    return other.language().equals(lang) ? other : hit;
  }

  private Query alike(IndexView view, CorpusDocument doc) throws IOException {
    String body = IndexSchema.field(IndexSchema.BODY, doc.language());
    MoreLikeThis mlt = new MoreLikeThis(view.getIndexReader());
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(new String[] {body});
    mlt.setMinTermFreq(2);
    mlt.setMinDocFreq(2);
    mlt.setMaxQueryTerms(25);
    return mlt.like(body, new StringReader(doc.title() + "\n" + doc.bodyText()));
  }
}
