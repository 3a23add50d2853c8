package nl.buurtkennis.web;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message of the interface with what a user typed in it: each typed word in a {@code <bdi>} of
 * its own, so that a right-to-left word ({@code مرحبا}) neither reorders the Dutch or English text
 * around it nor the other words of a list. Written into a template as {@code ${text}}: the text
 * itself is escaped by jte as every value is; only the {@code <bdi>} tags are markup. For a body of
 * text only, not an attribute.
 */
public final class TypedText implements Content {
  /** Stands for argument {@code n} while the message is formatted: noncharacters, never in one. */
  private static final Pattern SLOT = Pattern.compile("\uFDD0(\\d+)\uFDD1");

  private record Part(String text, boolean typed) {}

  private final List<Part> parts;

  private TypedText(List<Part> parts) {
    this.parts = List.copyOf(parts);
  }

  /** What a user typed, to be isolated as a whole. */
  public record Typed(String text) {}

  /** Words a user typed, each isolated, listed with {@code ", "}. */
  public record TypedWords(List<String> words) {}

  /**
   * The message {@code pattern} ({@link MessageFormat}) with {@code args}; those that are
   * {@link Typed} or {@link TypedWords} are isolated, the others formatted as usual.
   */
  static TypedText format(String pattern, Locale locale, Object... args) {
    Object[] slotted = args.clone();
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof Typed || args[i] instanceof TypedWords) {
        slotted[i] = "\uFDD0" + i + "\uFDD1";
      }
    }
    String formatted = new MessageFormat(pattern, locale).format(slotted);
    List<Part> parts = new ArrayList<>();
    Matcher slot = SLOT.matcher(formatted);
    int at = 0;
    while (slot.find()) {
      plain(parts, formatted.substring(at, slot.start()));
      Object arg = args[Integer.parseInt(slot.group(1))];
      if (arg instanceof Typed typed) {
        parts.add(new Part(typed.text(), true));
      } else {
        List<String> words = ((TypedWords) arg).words();
        for (int w = 0; w < words.size(); w++) {
          plain(parts, w == 0 ? "" : ", ");
          parts.add(new Part(words.get(w), true));
        }
      }
      at = slot.end();
    }
    plain(parts, formatted.substring(at));
    return new TypedText(parts);
  }

  private static void plain(List<Part> parts, String text) {
    if (!text.isEmpty()) {
      parts.add(new Part(text, false));
    }
  }

  @Override
  public void writeTo(TemplateOutput output) {
    for (Part part : parts) {
      if (part.typed()) {
        output.writeContent("<bdi>");
        output.writeUserContent(part.text());
        output.writeContent("</bdi>");
      } else {
        output.writeUserContent(part.text());
      }
    }
  }

  /**
   * {@code typed} for plain text, where no {@code <bdi>} can go (a page's {@code <title>}): between
   * Unicode's first-strong isolate and pop directional isolate (U+2068, U+2069) when it holds
   * right-to-left letters or directional controls, which would otherwise reorder the text around
   * it; as it is otherwise.
   */
  public static String inPlainText(String typed) {
    return typed.codePoints().anyMatch(TypedText::turnsDirection)
        ? "\u2068" + typed + "\u2069" : typed;
  }

  private static boolean turnsDirection(int codePoint) {
    return switch (Character.getDirectionality(codePoint)) {
      case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
          Character.DIRECTIONALITY_ARABIC_NUMBER,
          Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING,
          Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE,
          Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
          Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
          Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT,
          Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE,
          Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE,
          Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE,
          Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE -> true;
      default -> false;
    };
  }

  /** The text without its markup, as a title or a test reads it. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    parts.forEach(part -> text.append(part.text()));
    return text.toString();
  }
}
