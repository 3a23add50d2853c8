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
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.CorpusLoader;
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
        lines.add(line(file, lineOf(file, "language", 1), "the text reads as "
            + NAMES.get(other.get()) + ", but 'language' is '" + doc.language() + "'; the"
            + " language decides how the text is searched, so if the text is "
            + NAMES.get(other.get()) + " write language: " + other.get()));
      }
    }
    if (result.corpus().isPresent()) {
      lines.addAll(translationTags(corpus, result.corpus().get()));
    }
    return lines;
  }

  /**
   * A warning for every field on which a document and its translation differ
   * ({@link TranslationTags}), at that field's line (the {@code translation} line when only the
   * translation has the field), once per pair.
   */
  private static List<String> translationTags(Path corpusDir, Corpus corpus) throws IOException {
    List<String> lines = new ArrayList<>();
    for (TranslationTags.Difference difference : TranslationTags.differences(corpus)) {
      Path file = corpusDir.resolve(difference.document().path());
      int line = lineOf(file, difference.field(), lineOf(file, "translation", 1));
      lines.add(line(file, line, "'" + difference.field() + "' differs from the translation "
          + corpusDir.resolve(difference.translation().path()) + ": only here: "
          + listed(difference.onlyInDocument()) + "; only in the translation: "
          + listed(difference.onlyInTranslation()) + "; a translation is the same document,"
          + " so give both the same values"));
    }
    return lines;
  }

  private static String listed(List<String> values) {
    return values.isEmpty() ? "none" : String.join(", ", values);
  }

  /** "1 warning", "2 warnings". */
  static String count(int warnings) {
    return EnglishCount.of(warnings, "warning");
  }

  private static String line(Path file, int line, String message) {
    return file + ":" + line + ": warning: " + message;
  }

  /** The line of {@code key} in a document file's front matter, or {@code fallback}. */
  private static int lineOf(Path file, String key, int fallback) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
      if (lines.get(i).startsWith(key + ":")) {
        return i + 1;
      }
    }
    return fallback;
  }
}
