package nl.buurtkennis.export;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether an author of the front matter is an organisation, which the corpus guide allows
 * ({@code authors}: persons, or an organisation) without a field of its own to say so. An author
 * is an organisation when the document also names it under {@code organisations}, when it is one
 * word ({@code CCV}, {@code Politie}), or when it holds a word in lower case that no personal name
 * holds: not a name particle ({@code van}, {@code de}, {@code ter} …), as in {@code Centrum voor
 * Criminaliteitspreventie en Veiligheid}. A name written {@code Last, First} is a person's.
 */
final class AuthorKind {
  /** Lower-case words of personal names: Dutch tussenvoegsels and their kin in other languages. */
  private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "des",
      "het", "'t", "ten", "ter", "te", "in", "op", "d'", "du", "da", "di", "dos", "das", "del",
      "della", "la", "le", "el", "al", "bin", "ibn", "zu", "vom", "y", "'s");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private AuthorKind() {}

  static boolean isOrganisation(String author, List<String> organisations) {
    String name = author.strip();
    if (organisations.stream().anyMatch(o -> o.strip().equalsIgnoreCase(name))) {
      return true;
    }
    if (name.contains(",")) {
      return false;
    }
    String[] words = SPACES.split(name);
    if (words.length == 1) {
      return true;
    }
    for (String word : words) {
      boolean lowerCase = Character.isLowerCase(word.codePointAt(0));
      if (lowerCase && !PARTICLES.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
