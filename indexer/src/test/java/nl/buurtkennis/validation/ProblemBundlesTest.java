package nl.buurtkennis.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The two bundles of problem messages: the same keys, each message rendering in both languages
 * with all its arguments and every apostrophe, and every key the code names in them.
 */
class ProblemBundlesTest {
  private static final List<Locale> LANGUAGES = List.of(ProblemMessage.ENGLISH,
      ProblemMessage.DUTCH);
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");
  /** A quoted key in the code: "yaml.field.missing". */
  private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-z0-9]+)+)\"");
  /** The packages whose code reports problems. */
  private static final List<String> REPORTING_PACKAGES = List.of("corpus", "taxonomy", "yaml");
  /** Quoted texts in their code that look like keys and are not. */
  private static final Set<String> NOT_KEYS = Set.of("taxonomy.yml", "thumbs.db", "desktop.ini");

  @Test
  void bothLanguagesHaveTheSameKeysEachOnce() throws IOException {
    Set<String> english = keys(ProblemMessage.ENGLISH);
    Set<String> dutch = keys(ProblemMessage.DUTCH);
    assertEquals(english, dutch);
    assertTrue(english.size() > 60, english.toString());
    for (String lang : List.of("en", "nl")) {
      // a key written twice silently keeps the last text only
      List<String> written = writtenKeys("problems_" + lang + ".properties");
      assertEquals(new HashSet<>(written).size(), written.size(), lang + ": " + written);
    }
  }

  @Test
  void everyMessageRendersWithItsArgumentsAndApostrophesInBothLanguages() {
    for (String key : keys(ProblemMessage.ENGLISH)) {
      Set<Integer> englishArguments = arguments(pattern(ProblemMessage.ENGLISH, key));
      for (Locale language : LANGUAGES) {
        String pattern = pattern(language, key);
        assertEquals(englishArguments, arguments(pattern), language + " " + key);
        List<Object> values = new ArrayList<>();
        for (int i = 0; i <= englishArguments.stream().mapToInt(n -> n).max().orElse(-1); i++) {
          values.add("<" + i + ">");
        }
        String rendered = new ProblemMessage(key, values).in(language);
        // what a reader expects from the properties: '' is one apostrophe, {n} the argument
        String expected = ARGUMENT.matcher(pattern).replaceAll("<$1>").replace("''", "'");
        assertEquals(expected, rendered, language + " " + key + " (a lone ' or a { { ?)");
        assertFalse(rendered.contains("{") || rendered.contains("}"), language + " " + key);
        assertFalse(rendered.isBlank(), language + " " + key);
      }
    }
  }

  @Test
  void dutchIsATranslationNotACopy() {
    for (String key : keys(ProblemMessage.ENGLISH)) {
      String english = pattern(ProblemMessage.ENGLISH, key);
      if (!ARGUMENT.matcher(english).replaceAll("").isBlank()) {
        assertNotEquals(english, pattern(ProblemMessage.DUTCH, key), key);
      }
    }
  }

  @Test
  void everyKeyTheCodeNamesIsInTheBundlesAndEveryKeyIsUsed() throws IOException {
    Set<String> named = new TreeSet<>();
    for (String reporting : REPORTING_PACKAGES) {
      try (Stream<Path> files = Files.walk(Path.of("src/main/java/nl/buurtkennis", reporting))) {
        for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))
            ::iterator) {
          Matcher literal = KEY_LITERAL.matcher(Files.readString(file));
          while (literal.find()) {
            named.add(literal.group(1));
          }
        }
      }
    }
    named.removeAll(NOT_KEYS);
    Set<String> keys = keys(ProblemMessage.ENGLISH);
    Set<String> missing = new TreeSet<>(named);
    missing.removeAll(keys);
    assertEquals(Set.of(), missing, "named in the code but not in the bundles");
    Set<String> unused = new TreeSet<>(keys);
    unused.removeAll(named);
    // the admin API's own problem is reported by the server
    unused.remove("document.id.notaddress");
    // and the console's refusal to write through a symbolic link
    unused.remove("document.link.unwritable");
    unused.remove("document.link.folder.unwritable");
    assertEquals(Set.of(), unused, "in the bundles but named nowhere in the code");
  }

  @Test
  void argumentsAreShownAsWrittenAndNestedMessagesInTheSameLanguage() {
    ProblemMessage unknown = ProblemMessage.of("document.concept.unknown", "inbraak",
        ProblemMessage.field("issues"), "issue", "privacy, overlast");
    assertEquals("'inbraak' in 'issues' is not in facet 'issue' of taxonomy.yml; allowed: "
        + "privacy, overlast", unknown.english());
    assertEquals("'inbraak' in 'issues' staat niet in facet 'issue' van taxonomy.yml; "
        + "toegestaan: privacy, overlast", unknown.in(ProblemMessage.DUTCH));
    assertEquals("issues", unknown.field().orElseThrow());

    ProblemMessage year = ProblemMessage.of("document.year.invalid", ProblemMessage.field("year"),
        1950, 2026, "12345");
    assertEquals("veld 'year' moet een jaartal van 1950 tot en met 2026 zijn, niet '12345'",
        year.in(Locale.forLanguageTag("nl-BE")));
    assertEquals("field 'year' must be a year from 1950 to 2026, not '12345'",
        year.in(Locale.GERMAN));

    ProblemMessage notScalar = ProblemMessage.of("yaml.field.notscalar",
        ProblemMessage.field("title"), ProblemMessage.of("yaml.kind.list"));
    assertEquals("veld 'title' moet één tekstwaarde zijn, geen lijst",
        notScalar.in(ProblemMessage.DUTCH));
    assertEquals("field 'title' must be a single text value, not a list", notScalar.toString());

    ProblemMessage detail = ProblemMessage.of("corpus.file.unreadable",
        ProblemMessage.of("files.reason.system", "/tmp/copy/x.md: I/O error"));
    assertEquals("dit bestand kan niet worden gelezen (/corpus/x.md: I/O error)",
        detail.mapText(t -> t.replace("/tmp/copy", "/corpus")).in(ProblemMessage.DUTCH));
    assertTrue(detail.field().isEmpty());
  }

  @Test
  void anUnknownKeyIsRefusedWhenTheMessageIsMade() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> ProblemMessage.of("no.such.key"));
    assertTrue(e.getMessage().contains("no.such.key"));
  }

  /** The keys as written in a bundle file, in order, repeats included. */
  private static List<String> writtenKeys(String file) throws IOException {
    try (InputStream in = ProblemMessage.class.getResourceAsStream(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.substring(0, line.indexOf('='))).toList();
    }
  }

  private static Set<String> keys(Locale language) {
    return new TreeSet<>(bundle(language).keySet());
  }

  private static String pattern(Locale language, String key) {
    return bundle(language).getString(key);
  }

  private static ResourceBundle bundle(Locale language) {
    return ProblemMessage.bundle(language);
  }

  private static Set<Integer> arguments(String pattern) {
    Set<Integer> found = new HashSet<>();
    Matcher argument = ARGUMENT.matcher(pattern);
    while (argument.find()) {
      found.add(Integer.parseInt(argument.group(1)));
    }
    return found;
  }
}
