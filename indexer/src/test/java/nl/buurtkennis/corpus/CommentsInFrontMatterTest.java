package nl.buurtkennis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.buurtkennis.testing.TempCorpus;
import nl.buurtkennis.validation.ProblemMessage;
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
  void aRequiredFieldWithOnlyACommentIsEmptyWithNoAdviceToQuoteIt() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("buurt.md",
        TempCorpus.doc("buurt", "", "Tekst.\n").replace("title: Titel van buurt",
            "title:  # nog bedenken").replace("summary: Een korte samenvatting.",
            "summary: # later invullen"));

    assertEquals(List.of("3: field 'title' must not be empty; the text after ' #' is a comment",
        "7: field 'summary' must not be empty; the text after ' #' is a comment"),
        problems(corpus));
  }

  @Test
  void theSuggestedLineNamesTheFieldByItsKeyWhereMessagesNameItByLabel() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("buurt.md",
        TempCorpus.doc("buurt", "", "Tekst.\n").replace("title: Titel van buurt",
            "title: Buurt #1 bemiddeling"));

    String dutch = CorpusLoader.load(corpus.dir()).problems().get(0).description()
        .in(ProblemMessage.DUTCH, field -> field.equals("title") ? "Titel" : field);
    assertEquals("' #' begint in YAML commentaar, dus '#1 bemiddeling' is weggevallen uit"
        + " 'Titel'; zet de hele waarde tussen dubbele aanhalingstekens:"
        + " title: \"Buurt #1 bemiddeling\"", dutch);
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
