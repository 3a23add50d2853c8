package nl.buurtkennis.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.buurtkennis.validation.ProblemMessage;

/**
 * The rule for names in {@code documents/}: lower-case letters a-z, digits and '-', and a
 * document's file is named after its id, {@code <id>.md}. Spaces break command lines and web
 * addresses; capitals and accents make the same name differ between Windows, macOS (which stores
 * accents decomposed) and Linux, so a corpus copied between them would change its fingerprint or
 * collide.
 */
public final class FileNames {
  public static final Pattern DOCUMENT = Pattern.compile("[a-z0-9][a-z0-9-]*\\.md");
  public static final Pattern FOLDER = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-z0-9]+");

  private FileNames() {}

  /** A problem message when {@code name} is not an allowed document file name. */
  public static Optional<ProblemMessage> checkDocument(String name) {
    return checkDocument(name, Optional.empty());
  }

  /**
   * As {@link #checkDocument(String)}, naming {@code <id>.md} as the name to give the file when
   * the document's {@code id} is known: a name made of the old one would need renaming again.
   */
  public static Optional<ProblemMessage> checkDocument(String name, Optional<String> id) {
    if (DOCUMENT.matcher(name).matches()) {
      return Optional.empty();
    }
    if (id.isPresent()) {
      return Optional.of(ProblemMessage.of("files.document.name.id", name, id.get()));
    }
    String stem = name.substring(0, name.length() - 3);
    return Optional.of(ProblemMessage.of("files.document.name", name, suggest(stem, "document")));
  }

  /**
   * A problem message when the allowed document file name {@code name} is not {@code <id>.md}: the
   * name is how the console, the admin API and the librarians find a document by its id.
   */
  public static Optional<ProblemMessage> checkNamedAfterId(String name, String id) {
    if (name.equals(id + ".md") || !DOCUMENT.matcher(name).matches()) {
      return Optional.empty(); // a name that is not allowed at all has a problem of its own
    }
    return Optional.of(ProblemMessage.of("files.document.notid", name, id));
  }

  /** A problem message when {@code name} is not an allowed folder name. */
  public static Optional<ProblemMessage> checkFolder(String name) {
    if (FOLDER.matcher(name).matches()) {
      return Optional.empty();
    }
    return Optional.of(ProblemMessage.of("files.folder.name", name, suggest(name, "folder")));
  }

  /** {@code Café Overleg} → {@code cafe-overleg}. */
  static String suggest(String name, String fallback) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
    String suggestion = NOT_ALLOWED.matcher(plain).replaceAll("-").replaceAll("^-+|-+$", "");
    return suggestion.isEmpty() ? fallback : suggestion;
  }

  /**
   * Why a file could not be read, in words rather than an exception name; the system's own
   * words, untranslated, when there is no more to say.
   */
  static ProblemMessage reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return ProblemMessage.of("files.reason.denied");
    }
    if (e instanceof NoSuchFileException) {
      return ProblemMessage.of("files.reason.gone");
    }
    if (e instanceof FileSystemLoopException) {
      return ProblemMessage.of("files.reason.loop");
    }
    return e.getMessage() == null ? ProblemMessage.of("files.reason.unknown")
        : ProblemMessage.of("files.reason.system", e.getMessage());
  }
}
