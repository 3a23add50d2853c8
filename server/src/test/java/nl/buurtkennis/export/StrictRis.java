package nl.buurtkennis.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict RIS reader for tests: every line ends with CRLF and is empty or {@code XX  - value},
 * every record starts with {@code TY} and ends with {@code ER}, nothing stands between records but
 * empty lines. Any deviation fails the test.
 */
public final class StrictRis {
  private static final Pattern LINE = Pattern.compile("^([A-Z][A-Z0-9])  - (.*)$");

  private StrictRis() {}

  /** The records of {@code ris}, each its tags in order with their values. */
  public static List<Map<String, List<String>>> parse(String ris) {
    assertFalse(ris.replace("\r\n", "").contains("\n"), "a line ends with LF alone");
    assertFalse(ris.replace("\r\n", "").contains("\r"), "a line ends with CR alone");
    assertTrue(ris.isEmpty() || ris.endsWith("\r\n"), "the last line is not ended");
    List<Map<String, List<String>>> records = new ArrayList<>();
    Map<String, List<String>> record = null;
    int number = 0;
    for (String line : ris.split("\r\n", -1)) {
      number++;
      if (line.isEmpty()) {
        assertNull(record, "line " + number + ": empty line inside a record");
        continue;
      }
      Matcher tagged = LINE.matcher(line);
      assertTrue(tagged.matches(), "line " + number + " is not 'XX  - value': " + line);
      String tag = tagged.group(1);
      if (record == null) {
        assertEquals("TY", tag, "line " + number + ": a record must start with TY");
        record = new LinkedHashMap<>();
      } else {
        assertFalse(tag.equals("TY"), "line " + number + ": TY inside a record");
      }
      if (tag.equals("ER")) {
        assertEquals("", tagged.group(2), "line " + number + ": ER takes no value");
        records.add(record);
        record = null;
      } else {
        assertFalse(tagged.group(2).isBlank(), "line " + number + ": empty value for " + tag);
        record.computeIfAbsent(tag, t -> new ArrayList<>()).add(tagged.group(2));
      }
    }
    assertNull(record, "the last record does not end with ER");
    return records;
  }
}
