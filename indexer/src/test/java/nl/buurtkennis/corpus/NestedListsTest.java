package nl.buurtkennis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.buurtkennis.corpus.Block.Kind;
import org.junit.jupiter.api.Test;

/** A list nested in an item stays a list of its own, under that item, and its text is searched. */
class NestedListsTest {
  @Test
  void aNestedListIsKeptUnderItsItem() {
    Section section = MarkdownSections.split("- Een\n  - Een a\n  - Een b\n- Twee\n\n"
        + "1. Stap een\n   1. Deel a\n      - Detail\n2. Stap twee\n").get(0);

    Block bullets = new Block(Kind.BULLET_LIST, List.of("Een", "Twee"),
        List.of(List.of(new Block(Kind.BULLET_LIST, List.of("Een a", "Een b"))), List.of()));
    Block numbers = new Block(Kind.ORDERED_LIST, List.of("Stap een", "Stap twee"),
        List.of(List.of(new Block(Kind.ORDERED_LIST, List.of("Deel a"),
            List.of(List.of(new Block(Kind.BULLET_LIST, List.of("Detail")))))), List.of()));
    assertEquals(List.of(bullets, numbers), section.blocks());
    assertEquals("Een\nEen a\nEen b\nTwee\nStap een\nDeel a\nDetail\nStap twee", section.text());
  }

  @Test
  void aFlatListHasNoSublists() {
    Block list = MarkdownSections.split("- een\n- twee\n").get(0).blocks().get(0);

    assertEquals(new Block(Kind.BULLET_LIST, List.of("een", "twee")), list);
    assertEquals(List.of(), list.sublists());
  }
}
