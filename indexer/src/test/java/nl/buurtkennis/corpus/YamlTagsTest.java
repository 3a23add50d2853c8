package nl.buurtkennis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guide says YAML tags are not allowed: none is, the standard ones included. */
class YamlTagsTest {
  @TempDir
  Path temp;

  @Test
  void everyTagIsRefusedAtItsLineTheStandardOnesToo() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("str.md", TempCorpus.doc("str", "source: !!str Gemeente\n", "Tekst.\n"))
        .document("seq.md", TempCorpus.doc("seq", "places: !!seq [Utrecht]\n", "Tekst.\n"))
        .document("bare.md", TempCorpus.doc("bare", "source: ! Gemeente\n", "Tekst.\n"))
        .document("plain.md", TempCorpus.doc("plain", "source: \"!!str en ! los\"\n",
            "Tekst.\n"));

    List<String> problems = CorpusLoader.load(corpus.dir()).problems().stream()
        .map(p -> corpus.dir().resolve("documents").relativize(p.path()) + ":" + p.line() + ": "
            + p.message())
        .toList();

    assertEquals(List.of(
        "bare.md:9: the YAML tag '!' is not allowed; write a plain value without '!'",
        "seq.md:9: the YAML tag '!!seq' is not allowed; write a plain value without '!'",
        "str.md:9: the YAML tag '!!str' is not allowed; write a plain value without '!'"),
        problems);
  }
}
