package nl.buurtkennis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.buurtkennis.testing.TempCorpus;
import nl.buurtkennis.validation.Problem;
import nl.buurtkennis.validation.ProblemMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every problem of the broken corpus ({@code src/test/resources/broken}) told in Dutch, as the
 * console shows it: translated, with the file's values as they are and no argument left out.
 */
class DutchProblemsTest {
  @TempDir
  Path temp;

  @Test
  void everyProblemOfTheBrokenCorpusReadsInDutch() throws IOException, URISyntaxException {
    TempCorpus corpus = TempCorpus.create(temp);
    Path broken = Path.of(DutchProblemsTest.class.getResource("/broken/documents").toURI());
    try (Stream<Path> files = Files.walk(broken)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        corpus.bytes(broken.relativize(file).toString(), Files.readAllBytes(file));
      }
    }
    corpus.bytes("latin1.md", TempCorpus.doc("latin1", "", "Co\u00f6rdinatie.\n")
            .getBytes(StandardCharsets.ISO_8859_1))
        .document("control-character.md", TempCorpus.doc("control-character", "", "Tekst.\n")
            .replace("title: Titel", "title: Ti\u0007tel"))
        .document("Buurt preventie.md", TempCorpus.doc("buurt-preventie", "", "Tekst.\n"))
        .document("Mijn Map/goed.md", TempCorpus.doc("goed", "", "Tekst.\n"));

    List<Problem> problems = CorpusLoader.load(corpus.dir()).problems();
    assertTrue(problems.size() > 60, "problems: " + problems.size());
    for (Problem problem : problems) {
      String dutch = problem.message(ProblemMessage.DUTCH);
      assertNotEquals(problem.message(), dutch, problem.toString());
      assertFalse(dutch.matches("(?s).*\\{\\d+}.*"), dutch);
      assertEquals(problem.message(), problem.message(ProblemMessage.ENGLISH));
    }

    assertEquals("'inbraak' in 'issues' staat niet in facet 'issue' van taxonomy.yml; "
        + "toegestaan: representation, institutionalisation, over-regulation, "
        + "unintended-consequences, social-exclusion, displacement, vigilantism, privacy, "
        + "stigmatisation, false-alarms, volunteer-dependence",
        dutch(problems, "unknown-concept.md"));
    assertEquals("het verplichte veld 'title' ontbreekt", dutch(problems, "missing-title.md"));
    assertEquals("het bestand is geen geldige UTF-8 (byte 0xF6); sla het op als UTF-8 (in de "
        + "meeste editors: Opslaan als, codering UTF-8)", dutch(problems, "latin1.md"));
    assertEquals("' #' begint in YAML commentaar, dus '#1 bemiddeling' is weggevallen uit "
        + "'title'; zet de hele waarde tussen dubbele aanhalingstekens: "
        + "title: \"Buurt #1 bemiddeling\"", dutch(problems, "title-cut-by-comment.md"));
    assertEquals("de waarde eindigt bij haar tweede ' en daarna volgt nog tekst; zet een waarde"
        + " met een apostrof helemaal tussen dubbele aanhalingstekens, bijvoorbeeld title: "
        + "\"Buurt's bemiddeling\"", dutch(problems, "yaml-apostrophe-in-quotes.md"));
  }

  /** The Dutch message of the one problem of a file. */
  private static String dutch(List<Problem> problems, String fileName) {
    List<String> messages = problems.stream()
        .filter(p -> p.path().getFileName().toString().equals(fileName))
        .map(p -> p.message(ProblemMessage.DUTCH)).toList();
    assertEquals(1, messages.size(), fileName + ": " + messages);
    return messages.get(0);
  }
}
