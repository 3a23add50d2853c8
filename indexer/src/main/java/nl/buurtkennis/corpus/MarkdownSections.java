package nl.buurtkennis.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** Splits a Markdown body into sections at its level-2 headings, with CommonMark's parser. */
final class MarkdownSections {
  private static final Parser PARSER = Parser.builder().build();
  private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

  private MarkdownSections() {}

  static List<Section> split(String markdown) {
    List<Section> sections = new ArrayList<>();
    Set<String> anchors = new HashSet<>();
    String heading = null;
    List<Block> blocks = new ArrayList<>();
    for (Node node = PARSER.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading h && h.getLevel() <= 2) {
        addSection(sections, anchors, heading, blocks);
        heading = plain(node);
        blocks = new ArrayList<>();
      } else {
        toBlock(node).ifPresentOrElse(blocks::add, () -> { });
      }
    }
    addSection(sections, anchors, heading, blocks);
    return sections;
  }

  private static void addSection(List<Section> sections, Set<String> anchors, String heading,
      List<Block> blocks) {
    if (heading == null && blocks.isEmpty()) {
      return;
    }
    String anchor = heading == null ? null : uniqueAnchor(heading, anchors);
    sections.add(new Section(heading, anchor, blocks));
  }

  private static java.util.Optional<Block> toBlock(Node node) {
    if (node instanceof Heading) {
      return java.util.Optional.of(new Block(Block.Kind.HEADING, List.of(plain(node))));
    }
    if (isList(node)) {
      return java.util.Optional.of(list(node));
    }
    String text = plain(node);
    if (text.isBlank()) {
      return java.util.Optional.empty();
    }
    Block.Kind kind = node instanceof BlockQuote ? Block.Kind.QUOTE : Block.Kind.PARAGRAPH;
    return java.util.Optional.of(new Block(kind, List.of(text)));
  }

  private static boolean isList(Node node) {
    return node instanceof BulletList || node instanceof OrderedList;
  }

  /** A list: each item's own text, and the lists nested in it as lists of their own. */
  private static Block list(Node node) {
    List<String> items = new ArrayList<>();
    List<List<Block>> sublists = new ArrayList<>();
    for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
      if (item instanceof ListItem) {
        StringBuilder text = new StringBuilder();
        List<Block> nested = new ArrayList<>();
        for (Node part = item.getFirstChild(); part != null; part = part.getNext()) {
          if (isList(part)) {
            nested.add(list(part));
          } else {
            text.append(text.isEmpty() ? "" : " ").append(plain(part));
          }
        }
        items.add(text.toString().strip());
        sublists.add(nested);
      }
    }
    Block.Kind kind = node instanceof BulletList ? Block.Kind.BULLET_LIST : Block.Kind.ORDERED_LIST;
    return new Block(kind, items, sublists);
  }

  private static String plain(Node node) {
    return TEXT.render(node).replaceAll("\\s+", " ").strip();
  }

  private static String uniqueAnchor(String heading, Set<String> taken) {
    String base = Normalizer.normalize(heading, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-+|-+$)", "");
    if (base.isEmpty()) {
      base = "sectie";
    }
    String anchor = base;
    for (int n = 2; !taken.add(anchor); n++) {
      anchor = base + "-" + n;
    }
    return anchor;
  }
}
