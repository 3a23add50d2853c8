package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Opening a document of the real corpus in the edit form and saving it unchanged keeps every field
 * and the whole text: the form loses nothing a valid document can hold.
 */
class EditRoundTripTest {
  @Test
  void everyCorpusDocumentSurvivesTheFormUnchanged() throws Exception {
    Path documents = corpusDir().resolve("documents");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(documents)) {
      files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    assertTrue(files.size() > 10, files.toString());
    for (Path file : files) {
      FrontMatter original = FrontMatter.read(Files.readAllBytes(file));
      DraftForm form = DraftForm.fromMarkdown(original);
      assertEquals(List.of(), form.droppedFields(), file.toString());
      String saved = DraftForm.fromParams(posted(form)).toMarkdown().markdown();
      FrontMatter again = FrontMatter.read(saved);
      assertEquals(plain(original.fields()), plain(again.fields()), file.toString());
      assertEquals(original.body().strip(), again.body().strip(), file.toString());
    }
  }

  /** The form's fields as a browser posts them back. */
  private static Map<String, List<String>> posted(DraftForm form) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    DraftForm.SCALARS.forEach(f -> params.put(f, List.of(form.value(f))));
    DraftForm.CONCEPT_LISTS.forEach(f -> params.put(f, form.values(f)));
    DraftForm.TEXT_LISTS.forEach(f -> params.put(f, List.of(form.lines(f))));
    params.put(DraftForm.BODY, List.of(form.body()));
    return params;
  }

  /** Values as text, lists as lists of text; empty lists and texts left out, as the form does. */
  private static Map<String, Object> plain(Map<String, Object> fields) {
    Map<String, Object> plain = new java.util.TreeMap<>();
    fields.forEach((key, value) -> {
      Object text = value instanceof List<?> list
          ? list.stream().map(String::valueOf).toList() : String.valueOf(value);
      if (!(text instanceof List<?> l && l.isEmpty() && !key.equals("forms"))
          && !"".equals(text)) {
        plain.put(key, text);
      }
    });
    return plain;
  }

  private static Path corpusDir() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("corpus/taxonomy.yml"))) {
        return dir.resolve("corpus");
      }
    }
    throw new AssertionError("no corpus/ above " + Path.of("").toAbsolutePath());
  }
}
