package nl.buurtkennis.search;

import java.nio.file.Path;
import java.util.List;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.index.IndexBuilder;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.testing.TempCorpus;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

/**
 * Six hand-made documents (src/test/resources/fixture) indexed in a temporary folder. Their tags,
 * counted by hand:
 *
 * <pre>
 * id              lang year forms                         issues                        benefits                              places
 * nl-preventie    nl   2014 citizen-surveillance          privacy                       feeling-safer, trust-police           Rotterdam
 * nl-bemiddeling  nl   2016 mediation                     representation                trust-residents                       Utrecht
 * nl-budget       nl   2020 public-space, policy-influence social-exclusion, displacement attractive-public-space, nuisance-reduction  Rotterdam, Den Haag
 * en-watch        en   2018 citizen-surveillance          vigilantism                   crime-reduction, feeling-safer        -
 * en-report       en   2014 contact, information          -                             trust-police                          -
 * xss             nl   2022 investigation                 -                             -                                     &lt;b&gt;Plaats&lt;/b&gt;
 * </pre>
 */
public final class FixtureIndex {
  public static final String[] DOCUMENTS = {"nl-preventie.md", "nl-bemiddeling.md", "nl-budget.md",
      "en-watch.md", "en-report.md", "xss.md"};

  private FixtureIndex() {}

  /** Builds the fixture corpus into {@code temp}/index and opens it. */
  public static SearchIndex open(Path temp) throws Exception {
    return open(TempCorpus.create(temp).resources("/fixture", DOCUMENTS).dir(), temp);
  }

  /** Builds the repository's own corpus into {@code temp}/index and opens it. */
  public static SearchIndex shipped(Path temp) throws Exception {
    return open(TempCorpus.shippedCorpus(), temp);
  }

  /**
   * Builds the repository's own corpus into {@code temp}/index, deletes the documents
   * {@code ids} from it in a commit of their own (their segment keeps them, marked deleted), and
   * opens it.
   */
  public static SearchIndex shippedWithDeletions(Path temp, List<String> ids) throws Exception {
    shipped(temp).close();
    Path indexDir = temp.resolve("index");
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(indexDir),
        new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      for (String id : ids) {
        writer.deleteDocuments(new Term(IndexSchema.ID, id));
      }
      writer.commit();
    }
    return SearchIndex.open(indexDir);
  }

  /** Builds the corpus in {@code corpusDir} into {@code temp}/index and opens it. */
  public static SearchIndex open(Path corpusDir, Path temp) throws Exception {
    Path indexDir = temp.resolve("index");
    IndexBuilder.build(CorpusLoader.load(corpusDir).orThrow(), indexDir);
    return SearchIndex.open(indexDir);
  }
}
