package nl.buurtkennis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value that starts with {@code &} or {@code *} is read by YAML as an anchor or an alias, and an
 * anchor silently takes the value's first word: {@code title: &Buurt preventie} gives the title
 * {@code preventie}. Each is refused at its line, with the advice to quote the value.
 */
class AnchorsInFrontMatterTest {
  private static final String QUOTE = "a value cannot start with '*' or '&', which YAML uses to"
      + " repeat values; put the whole value between double quotes";

  @TempDir
  Path temp;

  @Test
  void everyAnchorIsReportedAtItsLine() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("buurt.md", TempCorpus.doc("buurt",
        "keywords: [&a buurt, b]\nsource: &src Bron\n", "Tekst.\n")
        .replace("title: Titel van buurt", "title: &Buurt preventie"));

    assertEquals(List.of("3: " + QUOTE, "9: " + QUOTE, "10: " + QUOTE), problems(corpus));
  }

  @Test
  void aValueStartingWithAStarIsToldToBeQuotedNotWrittenOut() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("buurt.md",
        TempCorpus.doc("buurt", "", "Tekst.\n").replace("title: Titel van buurt",
            "title: *Buurt preventie"));

    assertEquals(List.of("3: " + QUOTE), problems(corpus));
  }

  @Test
  void anAliasOfAnAnchorInTheFileIsToldAsRepeatingIt() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("buurt.md",
        TempCorpus.doc("buurt", "places: &p [Utrecht]\norganisations: *p\n", "Tekst.\n"));

    assertEquals(List.of("9: " + QUOTE, "10: '*p' repeats another value (a YAML alias); aliases"
        + " are not allowed in the corpus: write the value out"), problems(corpus));
  }

  private List<String> problems(TempCorpus corpus) throws IOException {
    return CorpusLoader.load(corpus.dir()).problems().stream()
        .map(p -> p.line() + ": " + p.message()).toList();
  }
}
