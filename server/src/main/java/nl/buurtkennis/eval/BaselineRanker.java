package nl.buurtkennis.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.corpus.CorpusDocument;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * A stock baseline: one analyzer for every document, BM25 over title, summary and body with equal
 * weights, words OR-ed, as a user would get from Lucene or Solr out of the box.
 */
final class BaselineRanker implements Ranker {
  /** Sorted: the order of the fields is the order of the query's clauses, and of its sums. */
  private static final Map<String, Float> FIELDS =
      new TreeMap<>(Map.of("title", 1f, "summary", 1f, "body", 1f));

  private final String name;
  private final Analyzer analyzer;
  private final IndexSearcher searcher;

  BaselineRanker(String name, Analyzer analyzer, Corpus corpus) throws IOException {
    this.name = name;
    this.analyzer = analyzer;
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (CorpusDocument doc : corpus.documents()) {
        Document lucene = new Document();
        lucene.add(new StringField("id", doc.id(), Field.Store.YES));
        lucene.add(new SortedDocValuesField("id_sort", new BytesRef(doc.id())));
        lucene.add(new TextField("title", doc.title(), Field.Store.NO));
        lucene.add(new TextField("summary", doc.summary(), Field.Store.NO));
        lucene.add(new TextField("body", doc.bodyText(), Field.Store.NO));
        writer.addDocument(lucene);
      }
    }
    this.searcher = new IndexSearcher(DirectoryReader.open(directory));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> rank(String text, int depth) throws IOException {
    Query query = new SimpleQueryParser(analyzer, FIELDS).parse(text);
    if (query == null) {
      query = new MatchNoDocsQuery();
    }
    Sort byScoreThenId = new Sort(SortField.FIELD_SCORE,
        new SortField("id_sort", SortField.Type.STRING));
    TopFieldDocs top = searcher.search(query, depth, byScoreThenId, true);
    List<String> ids = new ArrayList<>();
    for (ScoreDoc hit : top.scoreDocs) {
      ids.add(searcher.storedFields().document(hit.doc).get("id"));
    }
    return ids;
  }
}
