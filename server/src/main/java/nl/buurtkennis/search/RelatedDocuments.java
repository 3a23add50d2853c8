package nl.buurtkennis.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Documents related to a document: those that share its concepts (in any language) and those whose
 * text is alike (Lucene's {@link MoreLikeThis} over its language's title and body). Its
 * translation is not among them: the page links to it on its own.
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

  List<CorpusDocument> find(IndexView view, CorpusDocument doc, int count) throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    Taxonomy taxonomy = view.taxonomy();
    // In a fixed order: the order of the clauses decides the last bits of the scores.
    Map<String, List<String>> concepts = new LinkedHashMap<>();
    concepts.put("form", doc.forms());
    concepts.put("issue", doc.issues());
    concepts.put("benefit", doc.benefits());
    concepts.put("condition", doc.conditions());
    concepts.forEach((facet, ids) -> ids.forEach(id -> query.add(new BoostQuery(
        new ConstantScoreQuery(new TermQuery(DrillDownQuery.term(
            facetsConfig.getDimConfig(facet).indexFieldName, facet,
            taxonomy.require(facet).path(id).toArray(String[]::new)))), CONCEPT_WEIGHT),
        BooleanClause.Occur.SHOULD)));
    query.add(new BoostQuery(alike(view, doc), TEXT_WEIGHT), BooleanClause.Occur.SHOULD);
    query.add(new TermQuery(new Term(IndexSchema.ID, doc.id())), BooleanClause.Occur.MUST_NOT);
    if (doc.translation() != null) {
      query.add(new TermQuery(new Term(IndexSchema.ID, doc.translation())),
          BooleanClause.Occur.MUST_NOT);
    }
    List<CorpusDocument> related = new ArrayList<>();
    Sort byScoreThenId = new Sort(SortField.FIELD_SCORE,
        new SortField(IndexSchema.ID_SORT, SortField.Type.STRING));
    for (ScoreDoc hit : view.search(query.build(), count, byScoreThenId).scoreDocs) {
      related.add(RecordCodec.read(view.storedFields().document(hit.doc)));
    }
    return related;
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
