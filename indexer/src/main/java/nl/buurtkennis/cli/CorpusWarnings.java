package nl.buurtkennis.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.corpus.DocumentWarnings;
import nl.buurtkennis.corpus.TranslationTags;
import nl.buurtkennis.index.EnglishCount;
import nl.buurtkennis.validation.Problem;

/**
 * What {@code validate}, {@code build} and {@code update} print as {@code path:line: warning: ...}:
 * what the corpus reading found probably wrong without refusing it, and every document whose text
 * reads clearly as the other language than its {@code language}, which decides how it is analysed
 * for search (a notice only, as a document may quote the other language), and every field on
 * which a document and its translation are tagged differently.
 */
final class CorpusWarnings {
  private CorpusWarnings() {}

  /**
   * Every warning for the corpus read into {@code result}, as lines to print, in file order: of
   * the valid documents also when other files have problems, so that one broken file does not
   * hide the warnings of the rest.
   */
  static List<String> of(Path corpus, CorpusLoader.Result result) throws IOException {
    List<Problem> warnings = new ArrayList<>(result.warnings());
    for (CorpusDocument doc : result.readable().map(c -> c.documents()).orElse(List.of())) {
      DocumentWarnings.language(corpus, doc).ifPresent(warnings::add);
    }
    if (result.readable().isPresent()) {
      // once per pair, in the file that names the translation
      warnings.addAll(DocumentWarnings.translationTags(corpus,
          TranslationTags.differences(result.readable().get())));
      DocumentWarnings.vocabularyTables(corpus, result.readable().get().taxonomy(),
              IndexerCommand.on("vocabulary", corpus))
          .ifPresent(warnings::add);
    }
    return warnings.stream().map(w -> w.path() + ":" + w.line() + ": warning: " + w.message())
        .toList();
  }

  /** "1 warning", "2 warnings". */
  static String count(int warnings) {
    return EnglishCount.of(warnings, "warning");
  }
}
