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
 * text is alike (Lucene's {@link MoreLikeThis} over its title and body, in both languages). Its
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
    if (hit.language().equals(lang)) {
      return hit;
    }
    CorpusDocument other = translationOf(view, hit);
    return other != null && other.language().equals(lang) ? other : hit;
  }

  /**
   * The documents whose text is like {@code doc}'s, in each language: its own text among the
   * texts of its language, and among those of the other its translation's, or, where it has none,
   * its own with the lexicon's translations of its words ({@link TaxonomyLexicon}). Each document
   * has its text in one language: compared in its own language alone, an English document found
   * only the 14 English ones, 13 of them translations, so a Dutch document with a translation
   * gained what a Dutch one without could not.
   */
  private Query alike(IndexView view, CorpusDocument doc) throws IOException {
    String other = doc.language().equals("nl") ? "en" : "nl";
    CorpusDocument translation = translationOf(view, doc);
    String otherText = translation != null && translation.language().equals(other)
        ? textOf(translation) : withTranslatedWords(textOf(doc), other, view);
    return new BooleanQuery.Builder()
        .add(alikeIn(view, doc.language(), textOf(doc)), BooleanClause.Occur.SHOULD)
        .add(alikeIn(view, other, otherText), BooleanClause.Occur.SHOULD)
        .build();
  }

  private Query alikeIn(IndexView view, String language, String text) throws IOException {
    String body = IndexSchema.field(IndexSchema.BODY, language);
    MoreLikeThis mlt = new MoreLikeThis(view.getIndexReader());
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(new String[] {body});
    mlt.setMinTermFreq(2);
    mlt.setMinDocFreq(2);
    mlt.setMaxQueryTerms(25);
    return mlt.like(body, new StringReader(text));
  }

  private static String textOf(CorpusDocument doc) {
    return doc.title() + "\n" + doc.bodyText();
  }

  /**
   * {@code text} and, each time one of its words occurs, that word's translations into
   * {@code language}: as often as the word, as the likeness counts a word by its uses. Its words
   * of that language (a Dutch name in an English text) count as they are.
   */
  private static String withTranslatedWords(String text, String language, IndexView view) {
    TaxonomyLexicon lexicon = view.concepts().lexicon();
    StringBuilder translated = new StringBuilder(text);
    for (String word : ConceptMatcher.words(text)) {
      for (String translation : lexicon.translate(word, language)) {
        translated.append(' ').append(translation);
      }
    }
    return translated.toString();
  }

  private static CorpusDocument translationOf(IndexView view, CorpusDocument doc)
      throws IOException {
    if (doc.translation() == null) {
      return null;
    }
    TopDocs found = view.search(new TermQuery(new Term(IndexSchema.ID, doc.translation())), 1);
    return found.scoreDocs.length == 0
        ? null : RecordCodec.read(view.storedFields().document(found.scoreDocs[0].doc));
  }
}
