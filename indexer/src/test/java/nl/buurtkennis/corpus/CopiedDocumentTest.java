package nl.buurtkennis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy of a document's file, as a file manager or Word names it, holds the id of the file named
 * after that id: it is told to be a copy of that file (delete it, or give it an id of its own),
 * never to take that file's name, which would overwrite the original.
 */
class CopiedDocumentTest {
  @TempDir
  Path temp;

  @Test
  void aCopyIsToldItIsACopyOfTheFileNamedAfterTheIdAndNeverToTakeItsName() throws IOException {
    for (String copy : List.of("buurtschouw-kopie.md", "buurtschouw (1).md",
        "Kopie van buurtschouw.md")) {
      TempCorpus corpus = TempCorpus.create(temp.resolve(String.valueOf(copy.hashCode())))
          .document("practices/buurtschouw.md", TempCorpus.doc("buurtschouw", "", "Tekst.\n"))
          .document("practices/" + copy, TempCorpus.doc("buurtschouw", "", "Tekst.\n"));
      List<String> problems = CorpusLoader.load(corpus.dir()).problems().stream()
          .map(p -> corpus.dir().relativize(p.path()) + ":" + p.line() + ": " + p.message())
          .toList();
      assertEquals(List.of(
          "documents/practices/" + copy + ":2: this file holds id 'buurtschouw' of"
              + " documents/practices/buurtschouw.md, the file named after that id: it is a copy"
              + " of that document. Delete this file; or, if it is another document, give it an"
              + " id of its own and name the file after that id",
          "documents/practices/buurtschouw.md:2: id 'buurtschouw' is also in documents/practices/"
              + copy + ", a copy of this document: keep the id here, and delete the copy or give"
              + " it an id of its own").stream().sorted().toList(),
          problems.stream().sorted().toList(), copy);
    }
  }

  @Test
  void twoFilesBothNamedAfterTheIdAreEachToldOfTheOther() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("practices/buurtschouw.md", TempCorpus.doc("buurtschouw", "", "Tekst.\n"))
        .document("reports/buurtschouw.md", TempCorpus.doc("buurtschouw", "", "Tekst.\n"));
    List<String> keys = CorpusLoader.load(corpus.dir()).problems().stream()
        .map(p -> p.description().key()).toList();
    assertEquals(List.of("links.id.taken", "links.id.taken"), keys);
  }
}
