package nl.buurtkennis.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.testing.TempCorpus;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DenseNormsTest {
  private static final List<String> SCORED = List.of(IndexSchema.TITLE, IndexSchema.SUMMARY,
      IndexSchema.BODY, IndexSchema.KEYWORDS, IndexSchema.TRANSLATION,
      IndexSchema.TRANSLATION_BODY);

  @TempDir
  Path temp;

  @Test
  void everyDocumentHasANormForEveryScoredFieldYetOnlyItsOwnTextCountsForScoring()
      throws IOException {
    CorpusLoader.Result loaded = CorpusLoader.load(TempCorpus.shippedCorpus());
    Corpus corpus = loaded.corpus().orElseThrow(() -> new AssertionError(loaded.problems()));
    IndexBuilder.build(corpus, temp.resolve("index"));
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(temp.resolve("index")))) {
      for (String language : IndexSchema.LANGUAGES) {
        for (String name : SCORED) {
          String field = IndexSchema.field(name, language);
          int withNorm = 0;
          for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues norms = leaf.reader().getNormValues(field);
            assertNotNull(norms, field + " has norms in every segment");
            while (norms.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
              withNorm++;
            }
          }
          assertEquals(reader.maxDoc(), withNorm, field + ": a norm for every document");
        }
        long inLanguage = corpus.documents().stream()
            .filter(doc -> doc.language().equals(language)).count();
        assertEquals(inLanguage, reader.getDocCount(IndexSchema.field(IndexSchema.BODY, language)),
            "the empty fields hold no terms, so BM25 counts only the documents with text");
        long translated = corpus.documents().stream()
            .map(corpus::translation)
            .filter(other -> other.map(CorpusDocument::language).orElse("").equals(language))
            .count();
        assertEquals(translated, reader.getDocCount(
            IndexSchema.field(IndexSchema.TRANSLATION_BODY, language)));
      }
    }
  }
}
