package nl.buurtkennis.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.buurtkennis.analysis.LanguageCheck;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.index.EnglishCount;
import nl.buurtkennis.validation.Problem;

/**
 * What {@code validate}, {@code build} and {@code update} print as {@code path:line: warning: ...}:
 * what the corpus reading found probably wrong without refusing it, and every document whose text
 * reads clearly as the other language than its {@code language}, which decides how it is analysed
 * for search (a notice only, as a document may quote the other language).
 */
final class CorpusWarnings {
  private static final Map<String, String> NAMES = Map.of("nl", "Dutch", "en", "English");

  private CorpusWarnings() {}

  /** Every warning for the corpus read into {@code result}, as lines to print, in file order. */
  static List<String> of(Path corpus, CorpusLoader.Result result) throws IOException {
    List<Problem> warnings = new ArrayList<>(result.warnings());
    List<String> lines = new ArrayList<>();
    warnings.forEach(w -> lines.add(line(w.path(), w.line(), w.message())));
    for (CorpusDocument doc : result.corpus().map(c -> c.documents()).orElse(List.of())) {
      Optional<String> other = LanguageCheck.otherLanguage(doc.language(), doc.bodyText());
      if (other.isPresent()) {
        Path file = corpus.resolve(doc.path());
        lines.add(line(file, languageLine(file), "the text reads as "
            + NAMES.get(other.get()) + ", but 'language' is '" + doc.language() + "'; the"
            + " language decides how the text is searched, so if the text is "
            + NAMES.get(other.get()) + " write language: " + other.get()));
      }
    }
    return lines;
  }

  /** "1 warning", "2 warnings". */
  static String count(int warnings) {
    return EnglishCount.of(warnings, "warning");
  }

  private static String line(Path file, int line, String message) {
    return file + ":" + line + ": warning: " + message;
  }

  /** The line of the {@code language} key in a document file, or 1 when it is not found. */
  private static int languageLine(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
      if (lines.get(i).startsWith("language:")) {
        return i + 1;
      }
    }
    return 1;
  }
}
