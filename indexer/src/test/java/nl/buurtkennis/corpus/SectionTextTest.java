package nl.buurtkennis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A section's text appended to a body's builder is its text as a string of its own was: a body is
 * built in one builder, and must stay the same character for character.
 */
class SectionTextTest {

  /** The text as {@link Section#text()} made it before it appended to a builder. */
  private static String asBefore(Section section) {
    StringBuilder text = new StringBuilder().append(
        section.heading() == null ? "" : section.heading());
    for (Block block : section.blocks()) {
      for (String line : block.allLines()) {
        text.append(text.isEmpty() ? "" : "\n").append(line);
      }
    }
    return text.toString();
  }

  @Test
  void appendedTextIsTheSectionsOwn() {
    List<Section> sections = new ArrayList<>();
    for (String heading : Arrays.asList(null, "", "Kop")) {
      for (List<String> lines : List.of(List.<String>of(), List.of(""), List.of("", "a"),
          List.of("één", "", "twee"))) {
        Block list = new Block(Block.Kind.BULLET_LIST, List.of("punt", ""),
            List.of(List.of(new Block(Block.Kind.BULLET_LIST, List.of("", "sub"))), List.of()));
        sections.add(new Section(heading, null, List.of(new Block(Block.Kind.PARAGRAPH, lines))));
        sections.add(new Section(heading, null, List.of(new Block(Block.Kind.PARAGRAPH, lines),
            list)));
      }
    }
    for (Section section : sections) {
      assertEquals(asBefore(section), section.text());
      for (String before : List.of("", "tekst\n\n")) {
        assertEquals(before + asBefore(section),
            section.appendText(new StringBuilder(before)).toString());
      }
    }
  }
}
