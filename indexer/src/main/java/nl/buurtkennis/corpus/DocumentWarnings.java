package nl.buurtkennis.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.buurtkennis.analysis.LanguageCheck;
import nl.buurtkennis.taxonomy.Taxonomy;
import nl.buurtkennis.taxonomy.VocabularyDocument;
import nl.buurtkennis.validation.Problem;
import nl.buurtkennis.validation.ProblemMessage;

/**
 * What is probably wrong with a valid document without keeping it from being indexed, as
 * {@code validate} warns and the console and the admin API tell of a saved document: a text that
 * reads clearly as the other language than its {@code language}, which decides how it is
 * searched, and a field on which it and its translation are tagged differently
 * ({@link TranslationTags}). Each at the line of the field it is about.
 */
public final class DocumentWarnings {
  private DocumentWarnings() {}

  /** Every warning about {@code document} in {@code corpus}, told from its side of a pair. */
  public static List<Problem> of(Path corpusDir, Corpus corpus, CorpusDocument document)
      throws IOException {
    List<Problem> warnings = new ArrayList<>();
    language(corpusDir, document).ifPresent(warnings::add);
    Optional<CorpusDocument> translation = corpus.translation(document);
    if (translation.isPresent()) {
      warnings.addAll(translationTags(corpusDir,
          TranslationTags.differences(document, translation.get())));
    }
    return warnings;
  }

  /**
   * The warning when the vocabulary tables of the corpus guide ({@code README.md}, made by the
   * command {@code vocabulary}) differ from {@code taxonomy}, at the first line that differs: a
   * concept added to taxonomy.yml is valid at once, and the guide would go on without it. None
   * when the guide or its place for the tables is missing: {@code vocabulary} tells of that.
   *
   * @param vocabularyCommand the command line that rewrites the tables, which the warning names
   */
  public static Optional<Problem> vocabularyTables(Path corpusDir, Taxonomy taxonomy,
      String vocabularyCommand) throws IOException {
    Path guide = corpusDir.resolve(CorpusLoader.GUIDE_FILE);
    if (!Files.isRegularFile(guide)) {
      return Optional.empty();
    }
    String current = Files.readString(guide, StandardCharsets.UTF_8);
    if (VocabularyDocument.missingPlace(current).isPresent()) {
      return Optional.empty();
    }
    String updated = VocabularyDocument.updateGuide(current, taxonomy);
    if (current.equals(updated)) {
      return Optional.empty();
    }
    return Optional.of(new Problem(guide, firstDifferentLine(current, updated),
        "warning.vocabulary.outdated", vocabularyCommand));
  }

  /** The first line, counted from 1, on which two texts differ. */
  public static int firstDifferentLine(String current, String updated) {
    String[] have = current.split("\n", -1);
    String[] want = updated.split("\n", -1);
    int line = 0;
    while (line < have.length && line < want.length && have[line].equals(want[line])) {
      line++;
    }
    return line + 1;
  }

  /** The warning when the text reads clearly as the other language than {@code language}. */
  public static Optional<Problem> language(Path corpusDir, CorpusDocument document)
      throws IOException {
    Optional<String> other = LanguageCheck.otherLanguage(document.language(),
        document.bodyText());
    if (other.isEmpty()) {
      return Optional.empty();
    }
    Path file = corpusDir.resolve(document.path());
    return Optional.of(new Problem(file, lineOf(file, "language", 1), "warning.language",
        ProblemMessage.of("en".equals(other.get()) ? "warning.language.en"
            : "warning.language.nl"),
        document.language(), other.get(),
        ProblemMessage.field("language")));
  }

  /**
   * A warning for each difference, in the file of its {@code document}, at the line of its field
   * (the {@code translation} line when only the translation has the field).
   */
  public static List<Problem> translationTags(Path corpusDir,
      List<TranslationTags.Difference> differences) throws IOException {
    List<Problem> warnings = new ArrayList<>();
    for (TranslationTags.Difference difference : differences) {
      Path file = corpusDir.resolve(difference.document().path());
      int line = lineOf(file, difference.field(), lineOf(file, "translation", 1));
      warnings.add(new Problem(file, line, "warning.translation.tags",
          ProblemMessage.field(difference.field()),
          corpusDir.resolve(difference.translation().path()).toString(),
          listed(difference.onlyInDocument()), listed(difference.onlyInTranslation())));
    }
    return warnings;
  }

  private static Object listed(List<String> values) {
    return values.isEmpty() ? ProblemMessage.of("warning.values.none") : String.join(", ", values);
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
