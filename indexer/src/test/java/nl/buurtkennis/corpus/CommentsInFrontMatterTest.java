package nl.buurtkennis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In YAML {@code " #"} starts a comment. In free text that silently cuts the value short, so it is
 * refused there; after an id, a year or a quoted value a comment loses nothing and is allowed.
 */
class CommentsInFrontMatterTest {
  @TempDir
  Path temp;

  @Test
  void aHashInAnUnquotedTitleIsReportedWithTheQuotedValue() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("buurt.md",
        TempCorpus.doc("buurt", "", "Tekst.\n").replace("title: Titel van buurt",
            "title: Buurt #1 bemiddeling"));

    assertEquals(List.of("3: ' #' starts a comment in YAML, so '#1 bemiddeling' was dropped from"
        + " 'title'; put the whole value between double quotes: title: \"Buurt #1 bemiddeling\""),
        problems(corpus));
  }

  @Test
  void aHashInAListItemIsReportedAtTheItem() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("buurt.md",
        TempCorpus.doc("buurt", "keywords:\n  - buurt\n  - wijk #3\n", "Tekst.\n"));

    assertEquals(List.of("11: ' #' starts a comment in YAML, so '#3' was dropped from an item of"
        + " 'keywords'; put the whole item between double quotes: \"wijk #3\""),
        problems(corpus));
  }

  @Test
  void aRequiredValueThatIsAllCommentIsReportedAsCut() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("buurt.md",
        TempCorpus.doc("buurt", "", "Tekst.\n").replace("title: Titel van buurt",
            "title: #1 buurt"));

    assertEquals(List.of("3: ' #' starts a comment in YAML, so '#1 buurt' was dropped from"
        + " 'title'; put the whole value between double quotes: title: \"#1 buurt\"",
        "3: field 'title' must not be empty"), problems(corpus));
  }

  @Test
  void commentsThatCutNothingAreAllowed() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("buurt.md", TempCorpus.doc("buurt",
        "# bron nog nakijken\nsource: \"Buurt #1\"  # het eerste deel\nplaces: # nog navragen\n"
            + "keywords: [buurt, wijk] # twee\n"
            + "url: https://example.org/buurt#deel-1  # de pagina\n", "Tekst.\n")
        .replace("year: 2014", "year: 2014  # jaar van uitgave")
        .replace("type: practice", "type: practice # geen rapport"));

    assertEquals(List.of(), problems(corpus));
  }

  private List<String> problems(TempCorpus corpus) throws IOException {
    return CorpusLoader.load(corpus.dir()).problems().stream()
        .map(p -> p.line() + ": " + p.message()).toList();
  }
}
