package nl.buurtkennis.export;

import java.util.Arrays;
import java.util.Optional;

/**
 * The character between the cells of a CSV export. A comma by default, as RFC 4180 has it and as
 * scripts expect; a semicolon for a spreadsheet whose regional settings write a decimal comma
 * (Dutch Excel), which opens a comma-separated file with every row in one column.
 */
public enum CsvDelimiter {
  COMMA("comma", ','),
  SEMICOLON("semicolon", ';');

  private final String id;
  private final char character;

  CsvDelimiter(String id, char character) {
    this.id = id;
    this.character = character;
  }

  /** The value of the {@code delimiter} parameter that asks for this delimiter. */
  public String id() {
    return id;
  }

  char character() {
    return character;
  }

  /** The delimiter whose {@link #id()} is {@code id}; empty for anything else. */
  public static Optional<CsvDelimiter> of(String id) {
    return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
  }
}
