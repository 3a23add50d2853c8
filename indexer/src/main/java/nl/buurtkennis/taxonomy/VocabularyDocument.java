package nl.buurtkennis.taxonomy;

import java.util.Optional;

/**
 * The vocabulary as Markdown for the librarians' guide (corpus/README.md), generated from the
 * taxonomy so that the guide cannot drift from it. The generated part stands between two marker
 * lines; everything else in the guide is written by hand.
 */
public final class VocabularyDocument {
  public static final String START = "<!-- vocabulary:start (generated from taxonomy.yml by"
      + " `indexer vocabulary`; do not edit by hand) -->";
  public static final String END = "<!-- vocabulary:end -->";

  private VocabularyDocument() {}

  public static String markdown(Taxonomy taxonomy) {
    StringBuilder md = new StringBuilder();
    for (Facet facet : taxonomy.facets()) {
      md.append("\n### ").append(facet.label().nl()).append(" / ").append(facet.label().en())
          .append(" — `").append(fieldName(facet.id())).append("`\n\n");
      if (!facet.definition().nl().isBlank()) {
        md.append(facet.definition().nl()).append(" *").append(facet.definition().en())
            .append("*\n\n");
      }
      md.append("| id | Nederlands | English | Betekenis / meaning |\n|---|---|---|---|\n");
      for (Concept concept : facet.concepts()) {
        String indent = "↳ ".repeat(facet.depth(concept.id()));
        md.append("| ").append(indent).append('`').append(concept.id()).append("` | ")
            .append(cell(concept.label().nl())).append(" | ").append(cell(concept.label().en()))
            .append(" | ").append(cell(concept.definition().nl()));
        if (!concept.definition().en().isBlank()) {
          md.append(" <br>*").append(cell(concept.definition().en())).append('*');
        }
        md.append(" |\n");
      }
    }
    if (!taxonomy.glossary().isEmpty()) {
      md.append("\n### Vertaallijst / Glossary — `glossary`\n\n")
          .append("| Nederlands | English |\n|---|---|\n");
      for (GlossaryEntry entry : taxonomy.glossary()) {
        md.append("| ").append(cell(String.join(", ", entry.nl()))).append(" | ")
            .append(cell(String.join(", ", entry.en()))).append(" |\n");
      }
    }
    return md.toString();
  }

  /**
   * Why {@code guide} has no place for the vocabulary, as {@code line: message} for the guide's
   * path to be put before; empty when both marker lines are there, the start before the end.
   */
  public static Optional<String> missingPlace(String guide) {
    int start = guide.indexOf(START);
    int end = guide.indexOf(END);
    String fix = "; put the line " + START + " where the vocabulary tables belong and the line "
        + END + " after it (run vocabulary again to fill in the tables between them)";
    if (start < 0 && end < 0) {
      return Optional.of("1: the guide has neither marker line of the vocabulary" + fix);
    }
    if (start < 0) {
      return Optional.of(lineOf(guide, end) + ": the guide has the end marker but no start"
          + " marker of the vocabulary (the line must read exactly as below)" + fix);
    }
    if (end < 0) {
      return Optional.of(lineOf(guide, start) + ": the guide has the start marker but no end"
          + " marker of the vocabulary" + fix);
    }
    if (end < start) {
      return Optional.of(lineOf(guide, end) + ": the end marker of the vocabulary comes before"
          + " its start marker (line " + lineOf(guide, start) + ")" + fix);
    }
    return Optional.empty();
  }

  private static int lineOf(String text, int offset) {
    return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }

  /**
   * Replaces the generated part of {@code guide} with the vocabulary of {@code taxonomy}; the guide
   * must have its place ({@link #missingPlace}).
   */
  public static String updateGuide(String guide, Taxonomy taxonomy) {
    int start = guide.indexOf(START);
    int end = guide.indexOf(END);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("the guide has no lines " + START + " and " + END);
    }
    return guide.substring(0, start + START.length()) + "\n" + markdown(taxonomy) + "\n"
        + guide.substring(end);
  }

  /** The front matter field that holds ids of {@code facetId}. */
  static String fieldName(String facetId) {
    return switch (facetId) {
      case "form", "issue", "benefit", "condition", "police_task" -> facetId + "s";
      default -> facetId;
    };
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
