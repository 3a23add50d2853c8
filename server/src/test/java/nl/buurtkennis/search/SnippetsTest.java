package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.index.RecordCodec;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A page's hits, highlighted in groups side by side, get the snippets each gets alone. */
class SnippetsTest {
  private static final List<String> QUERIES = List.of("buurtpreventie", "vertrouwen in de politie",
      "neighbourhood watch", "whatsapp", "veiligheid", "burgers als opsporers");

  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void eachHitGetsTheSnippetItGetsAlone() {
    UserQueryParser parser =
        new UserQueryParser(IndexSchema.queryAnalyzer(), SearchSettings.DEFAULT);
    Snippets snippets = new Snippets(IndexSchema.queryAnalyzer());
    int shown = shipped.index().withView(view -> {
      int withSnippet = 0;
      for (String text : QUERIES) {
        Query query = parser.parse(text, view);
        Snippets.Plan passages = Snippets.plan(view, parser.forPassages(text, view, query),
            parser.loanwords(text, view), parser.passageWords(text, view));
        ScoreDoc[] hits = view.search(query, 20).scoreDocs;
        CorpusDocument[] docs = new CorpusDocument[hits.length];
        for (int i = 0; i < hits.length; i++) {
          docs[i] = RecordCodec.read(view.storedFields().document(hits[i].doc));
        }
        Snippets.Result[] page = new Snippets.Result[hits.length];
        HitGroups.run(view, hits,
            members -> snippets.highlight(view, passages, members, hits, docs, page));
        for (int i = 0; i < hits.length; i++) {
          Snippets.Result[] alone = new Snippets.Result[hits.length];
          snippets.highlight(view, passages, new int[] {i}, hits, docs, alone);
          assertEquals(alone[i], page[i], "'" + text + "', hit " + i + ": " + docs[i].id());
          if (alone[i].html() != null) {
            withSnippet++;
          }
        }
      }
      return withSnippet;
    });
    assertTrue(shown > 50, "the hits have snippets to compare: " + shown);
  }
}
