package nl.buurtkennis.admin;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.corpus.LeftoverFiles;

/**
 * The files an editor or the system left in the corpus' {@code documents/} ({@link LeftoverFiles}:
 * {@code Thumbs.db}, {@code name~}, {@code name.swp}, ...), which {@code validate} warns of, and
 * their removal from the console. Only a path that is such a file at the moment of removal is
 * deleted: never a document ({@code .md}), a folder, a link, or anything outside {@code
 * documents/}, whatever a form posts.
 */
public final class LeftoverRemoval {
  /**
   * One leftover file.
   *
   * @param path relative to the corpus folder, with '/' separators
   * @param warning what {@code validate} says of it, in the page's language
   */
  public record Leftover(String path, String warning) {
    /** The file's name, without its folders. */
    public String name() {
      return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The confirmation of its removal, in the language of {@code lq} ("" or "?lang=en"). */
    public String deleteUrl(String lq) {
      return "/admin/leftovers/delete?path=" + URLEncoder.encode(path, StandardCharsets.UTF_8)
          + (lq.isEmpty() ? "" : "&" + lq.substring(1));
    }
  }

  private final Path corpusDir;

  LeftoverRemoval(Path corpusDir) {
    this.corpusDir = corpusDir;
  }

  /** Every leftover file now, in path order, with the validator's warning in {@code locale}. */
  List<Leftover> list(Locale locale) throws IOException {
    return LeftoverFiles.under(corpusDir).stream().map(path -> leftover(path, locale)).toList();
  }

  /** The leftover file at {@code path}, when there is one now. */
  Optional<Leftover> find(String path, Locale locale) throws IOException {
    return path == null || !LeftoverFiles.under(corpusDir).contains(path) ? Optional.empty()
        : Optional.of(leftover(path, locale));
  }

  /**
   * Deletes the file at {@code path} when it is a leftover file now; false when it is not (or no
   * longer) one, and then nothing is deleted.
   */
  boolean remove(String path) throws IOException {
    if (find(path, Locale.ROOT).isEmpty()) {
      return false;
    }
    Path file = corpusDir.resolve(path).normalize();
    // The listing follows no link; a folder swapped for a link since is caught here.
    Path documents = corpusDir.resolve(CorpusLoader.DOCUMENTS_DIR).toRealPath();
    if (!file.getParent().toRealPath().startsWith(documents)
        || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    return Files.deleteIfExists(file);
  }

  private static Leftover leftover(String path, Locale locale) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return new Leftover(path, LeftoverFiles.warning(name).orElseThrow().in(locale));
  }
}
