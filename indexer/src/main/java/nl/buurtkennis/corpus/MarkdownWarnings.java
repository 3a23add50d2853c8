package nl.buurtkennis.corpus;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import nl.buurtkennis.validation.Problem;

/**
 * Warns of the Markdown a document page does not show as written: the body is shown as headings,
 * paragraphs, quotes and lists of plain text (the corpus guide says so), so a table runs into one
 * paragraph, an image and a code block become plain text, a heading without the space after its
 * {@code #} signs stays a line of its paragraph, and a link is its text and its address
 * in brackets; a link to a file or document that does not exist is worth a warning besides, as
 * its address then names nothing.
 */
final class MarkdownWarnings {
  private static final Parser PARSER = Parser.builder()
      .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
  /** The row under a table's header: {@code |---|:--:|}, which no sentence looks like. */
  private static final Pattern TABLE_DELIMITER =
      Pattern.compile("\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)+\\|?\\s*");
  /**
   * A line meant as a heading whose {@code #} signs lack the space that makes it one: followed by
   * a letter, as {@code #1} starts a sentence about a number.
   */
  private static final Pattern HEADING_WITHOUT_SPACE = Pattern.compile(" {0,3}(#{1,6})\\p{L}.*");
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");
  private static final String SITE_DOCUMENTS = "/documents/";

  private MarkdownWarnings() {}

  /**
   * @param file the document's file, whose folder a relative link starts from
   * @param bodyLine the line of the file the body starts at
   * @param knownId whether a document of this id is in the corpus, for links to its page
   */
  static List<Problem> of(Path file, String body, int bodyLine, Predicate<String> knownId) {
    List<Problem> warnings = new ArrayList<>();
    String[] lines = body.split("\n", -1);
    PARSER.parse(body).accept(new AbstractVisitor() {
      @Override
      public void visit(Paragraph paragraph) {
        for (SourceSpan span : paragraph.getSourceSpans()) {
          int index = span.getLineIndex();
          if (index < lines.length && TABLE_DELIMITER.matcher(lines[index]).matches()) {
            warn(paragraph, "markdown.table");
            break;
          }
        }
        for (SourceSpan span : paragraph.getSourceSpans()) {
          int index = span.getLineIndex();
          Matcher heading = index < lines.length
              ? HEADING_WITHOUT_SPACE.matcher(lines[index]) : null;
          if (heading != null && heading.matches()) {
            warnings.add(new Problem(file, bodyLine + index, "markdown.heading.space",
                heading.group(1)));
          }
        }
        visitChildren(paragraph);
      }

      @Override
      public void visit(Image image) {
        warn(image, "markdown.image");
      }

      @Override
      public void visit(FencedCodeBlock code) {
        warn(code, "markdown.code");
      }

      @Override
      public void visit(IndentedCodeBlock code) {
        warn(code, "markdown.code");
      }

      @Override
      public void visit(Link link) {
        if (!leadsSomewhere(file, link.getDestination(), knownId)) {
          warn(link, "markdown.link.missing", link.getDestination());
        }
        visitChildren(link);
      }

      private void warn(Node node, String key, Object... arguments) {
        int index = node.getSourceSpans().isEmpty() ? 0
            : node.getSourceSpans().get(0).getLineIndex();
        warnings.add(new Problem(file, bodyLine + index, key, arguments));
      }
    });
    return warnings;
  }

  /**
   * Whether a link's address names something: a web address or other scheme, an anchor and a
   * site path other than a document's are taken on trust; a document's page
   * ({@code /documents/<id>}) must be a document of the corpus, and a relative path a file.
   */
  private static boolean leadsSomewhere(Path file, String destination,
      Predicate<String> knownId) {
    String target = destination.replaceAll("[?#].*", "");
    if (target.isEmpty() || SCHEME.matcher(destination).matches()
        || destination.startsWith("//")) {
      return true;
    }
    target = URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
    if (target.startsWith(SITE_DOCUMENTS)) {
      return knownId.test(target.substring(SITE_DOCUMENTS.length()).replaceAll("/+$", ""));
    }
    if (target.startsWith("/")) {
      return true;
    }
    try {
      Path folder = file.toAbsolutePath().getParent();
      return folder != null && Files.exists(folder.resolve(target).normalize());
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
