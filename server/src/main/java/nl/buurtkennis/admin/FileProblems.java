package nl.buurtkennis.admin;

import java.util.List;
import java.util.Optional;
import nl.buurtkennis.corpus.FileNames;
import nl.buurtkennis.validation.ProblemMessage;

/**
 * The problems of a document's file as a whole, which no field of the edit form shows or fixes:
 * its name, and its bytes (not UTF-8, control or replacement characters). The edit form tells
 * them when it opens, not only once a save is refused.
 */
final class FileProblems {
  /** The keys of the problems with a file's bytes ({@code CorpusText}). */
  private static final String TEXT = "text.";

  private FileProblems() {}

  /**
   * Why the file's name keeps every save from passing the corpus check: not an allowed name, or
   * not the document's id followed by .md. The console cannot rename a file.
   */
  static Optional<ProblemMessage> name(DocumentStore.Source source) {
    String name = source.path().substring(source.path().lastIndexOf('/') + 1);
    return FileNames.checkDocument(name, Optional.of(source.id()))
        .or(() -> FileNames.checkNamedAfterId(name, source.id()));
  }

  /** Of the file's problems, those with its bytes. */
  static List<DocumentProblem> ofText(List<DocumentProblem> problems) {
    return problems.stream().filter(p -> p.description().key().startsWith(TEXT)).toList();
  }
}
