package nl.buurtkennis.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;

/**
 * Reads a Dutch past participle as its infinitive, before stemming, as
 * {@link DutchPresentTenseFilter} reads a present tense: {@code gestigmatiseerd} →
 * {@code stigmatiseren}, {@code geregistreerd} → {@code registreren}, {@code aangemeld} →
 * {@code aanmelden}, {@code bemiddeld} (no {@code ge-} after {@code be-}) → {@code bemiddelen},
 * and of strong and irregular verbs, from {@link #IRREGULAR_PARTICIPLES}: {@code uitgesloten} →
 * {@code uitsluiten}, {@code aangehouden} → {@code aanhouden}, {@code onderzocht} →
 * {@code onderzoeken}. A participle used as an adjective takes an {@code -e}
 * ({@code geregistreerde criminaliteit}) and is read the same. Porter's stemmer leaves these
 * forms apart from the verb and its noun ({@code uitgesloten} stays {@code uitgeslot},
 * {@code uitsluiting} and {@code uitsluiten} are {@code uitsluit}), so a search for the
 * participle found nothing.
 *
 * <p>OpenTaal's word list marks no word class, so a form is read as a participle only when the
 * list holds it, the infinitive's present participle ({@code registrerende}) and, for a weak
 * verb, its past tense ({@code registreerde}), which a strong verb has not: {@code gebied} is no
 * participle of {@code bieden} ({@code geboden}), nor {@code gevecht} of {@code vechten}. Words
 * that pass and yet mean something else before they are a participle are
 * {@link #NOT_PARTICIPLES} ({@code gezond}, {@code bekend}, {@code gevallen}, {@code geleden}).
 */
public final class DutchPastParticipleFilter extends WordReplacingFilter {
  private static final int MIN_LENGTH = 5;
  private static final String VOWELS = "aeiouy";
  private static final List<String> LONG_VOWELS = List.of("aa", "ee", "oo", "uu");
  /**
   * Prefixes after which a verb takes no {@code ge-} ({@code bemiddeld}, {@code verminderd},
   * {@code gebeurd}, {@code erkend}, {@code overtuigd}), also behind a separable prefix
   * ({@code voorbereid}).
   */
  private static final List<String> INSEPARABLE_PREFIXES =
      List.of("be", "ge", "ver", "ont", "her", "er", "onder", "over", "door", "mis", "om", "vol");
  /** Prefixes that an inseparable prefix may follow ({@code voorbereid}, {@code aanbesteed}). */
  private static final Set<String> SEPARABLE_PREFIXES = Set.of("aan", "af", "bij", "door", "in",
      "mee", "na", "om", "op", "over", "toe", "uit", "voor", "weg", "terug", "samen", "tegen");
  /**
   * The past participles of common strong and irregular verbs without {@code ge-} and what they
   * are a form of; read with any prefix ({@code uitgesloten}, {@code besloten},
   * {@code deelgenomen}, {@code bewezen}, {@code vergeleken}).
   */
  static final Map<String, String> IRREGULAR_PARTICIPLES = Map.ofEntries(
      Map.entry("sloten", "sluiten"), Map.entry("houden", "houden"), Map.entry("zien", "zien"),
      Map.entry("bleken", "blijken"), Map.entry("leken", "lijken"), Map.entry("keken", "kijken"),
      Map.entry("nomen", "nemen"), Map.entry("schreven", "schrijven"),
      Map.entry("bleven", "blijven"), Map.entry("kregen", "krijgen"), Map.entry("komen", "komen"),
      Map.entry("sproken", "spreken"), Map.entry("broken", "breken"),
      Map.entry("wezen", "wijzen"), Map.entry("kozen", "kiezen"),
      Map.entry("holpen", "helpen"), Map.entry("worven", "werven"),
      Map.entry("trokken", "trekken"), Map.entry("gonnen", "ginnen"),
      Map.entry("wonnen", "winnen"), Map.entry("vonden", "vinden"),
      Map.entry("bonden", "binden"), Map.entry("dreven", "drijven"),
      Map.entry("schoten", "schieten"), Map.entry("boden", "bieden"),
      Map.entry("dwongen", "dwingen"), Map.entry("stegen", "stijgen"),
      Map.entry("grepen", "grijpen"), Map.entry("streden", "strijden"),
      Map.entry("meden", "mijden"), Map.entry("dwenen", "dwijnen"),
      Map.entry("schenen", "schijnen"), Map.entry("loren", "liezen"),
      Map.entry("wogen", "wegen"), Map.entry("volen", "velen"), Map.entry("lopen", "lopen"),
      Map.entry("roepen", "roepen"), Map.entry("vangen", "vangen"),
      Map.entry("dragen", "dragen"), Map.entry("slagen", "slaan"), Map.entry("gaan", "gaan"),
      Map.entry("staan", "staan"), Map.entry("laten", "laten"), Map.entry("lezen", "lezen"),
      Map.entry("zocht", "zoeken"), Map.entry("bracht", "brengen"),
      Map.entry("dacht", "denken"), Map.entry("kocht", "kopen"), Map.entry("geven", "geven"),
      Map.entry("meten", "meten"));
  /**
   * Words that pass the rule but are, before all, no participle of the verb it finds.
   * Adjectives of their own: {@code gezond} (healthy, not sunbathed), {@code bekend} (known, not
   * confessed), {@code geschikt} (suitable), {@code gemiddeld} (average), {@code bepaalde}
   * (certain), {@code bereid} (willing), {@code afgelopen} (last), {@code verkeerd} (wrong),
   * {@code gewend} (used to), {@code bezorgd} (worried), {@code beroerd} (lousy). Nouns and
   * adverbs: {@code gevallen} (cases), {@code geleden} and {@code verleden} (ago, the past),
   * {@code gegeven} (a given), {@code geweten} (conscience), {@code gedachte} (a thought),
   * {@code gedicht} (a poem), {@code geslacht} (sex, family), {@code geduld} (patience),
   * {@code verband} (connection), {@code aangezien} (since). Verbs that Porter stems as another
   * word: {@code geboden} would read as {@code gebieden}, stemmed {@code gebied} (area),
   * {@code geslaagd} as {@code slagen}, stemmed {@code slag} ("aan de slag"), {@code geregeld}
   * (also: regularly) as {@code regelen}, stemmed {@code regel} (rule); and {@code gestolen}
   * is left out of the table, as {@code stelen} is stemmed {@code stel}, as {@code stellen}
   * is. And one whose noun Porter already joins: {@code verdachte} with {@code verdachten}
   * (suspects). ({@code betrokken} is read as {@code betrekken}, and {@code betrokkenheid}, which
   * Porter joined with it, likewise: {@link DutchTextAnalyzer}'s overrides.)
   */
  static final Set<String> NOT_PARTICIPLES = Set.of("gezond", "bekend", "geschikt",
      "gemiddeld", "bepaald", "bereid", "afgelopen", "verkeerd", "gewend", "bezorgd", "beroerd",
      "gevallen", "geleden", "verleden", "gegeven", "geweten", "gedachte", "gedicht",
      "geslacht", "geduld", "verband", "geboden", "geslaagd", "geregeld", "aangezien",
      "verdacht");

  DutchPastParticipleFilter(TokenStream input) {
    super(input);
  }

  @Override
  String replacement(String word) {
    char last = word.isEmpty() ? ' ' : word.charAt(word.length() - 1);
    boolean mayBeParticiple = word.length() >= MIN_LENGTH
        && (last == 'd' || last == 't' || last == 'n' || last == 'e');
    return mayBeParticiple ? infinitive(word) : null;
  }

  /** The infinitive whose past participle {@code word} is, or null when it is none. */
  public static String infinitive(String word) {
    if (word.length() < MIN_LENGTH || NOT_PARTICIPLES.contains(word) || !isWord(word)
        || DutchStopWords.SET.contains(word)) {
      return null;
    }
    if (word.endsWith("de") || word.endsWith("te")) {
      String uninflected = word.substring(0, word.length() - 1);
      return isWord(uninflected) ? infinitive(uninflected) : null; // geregistreerde
    }
    String irregular = irregularInfinitive(word);
    if (irregular != null) {
      return irregular;
    }
    char last = word.charAt(word.length() - 1);
    return last == 'd' || last == 't' ? weakInfinitive(word) : null;
  }

  private static String irregularInfinitive(String word) {
    for (Map.Entry<String, String> verb : IRREGULAR_PARTICIPLES.entrySet()) {
      if (!word.endsWith(verb.getKey())) {
        continue;
      }
      String before = word.substring(0, word.length() - verb.getKey().length());
      List<String> prefixes = new ArrayList<>(2);
      if (before.endsWith("ge")) {
        prefixes.add(before.substring(0, before.length() - 2)); // uitgesloten
      }
      if (INSEPARABLE_PREFIXES.stream().anyMatch(before::endsWith)) {
        prefixes.add(before); // besloten, vergeleken
      }
      for (String prefix : prefixes) {
        String infinitive = prefix + verb.getValue();
        if (!infinitive.equals(word) && isWord(infinitive)
            && !DutchStopWords.SET.contains(infinitive)) {
          return infinitive;
        }
      }
    }
    return null;
  }

  /**
   * The infinitive of a weak verb's participle: {@code ge} after any separable prefix, or an
   * inseparable prefix, then the stem and {@code -d} or {@code -t}, which a stem in {@code d} or
   * {@code t} does not add ({@code gemeld}, {@code gericht}). Where the {@code ge} may also
   * belong to the verb, it is read so only when the verb without it fails the proof
   * ({@code geleid} is of {@code leiden}, {@code gebeurd} of {@code gebeuren}).
   */
  private static String weakInfinitive(String word) {
    for (int at = 0; at < word.length() - 2; at++) {
      boolean afterPrefix = at == 0 || SEPARABLE_PREFIXES.contains(word.substring(0, at));
      for (String prefix : INSEPARABLE_PREFIXES) {
        if (word.startsWith(prefix, at) && (afterPrefix || prefix.equals("ge"))
            && !splitsAVowel(word, at + prefix.length())) {
          int end = at + prefix.length();
          String infinitive = prefix.equals("ge")
              ? weakInfinitive(word.substring(0, at), word.substring(end)) : null;
          if (infinitive == null && afterPrefix) {
            infinitive = weakInfinitive(word.substring(0, end), word.substring(end));
          }
          if (infinitive != null) {
            return infinitive;
          }
        }
      }
    }
    return null;
  }

  /** Whether a prefix ending before {@code at} would split a long vowel ({@code be|eld}). */
  private static boolean splitsAVowel(String word, int at) {
    return at < word.length() && word.charAt(at) == word.charAt(at - 1);
  }

  /** The infinitive {@code prefix} and the participle's {@code rest} are of, or null. */
  private static String weakInfinitive(String prefix, String rest) {
    if (rest.length() < 3) {
      return null;
    }
    char ending = rest.charAt(rest.length() - 1);
    String pastEnding = ending == 'd' ? "de" : "te";
    String stem = rest.substring(0, rest.length() - 1);
    for (String candidate : DutchPresentTenseFilter.candidates(stem + "t")) {
      if (isVerb(prefix + candidate) && isPastTense(prefix, stem + pastEnding)) {
        return prefix + candidate; // gemaakt, geleefd, gestopt
      }
    }
    String withOwnEnding = stemInDOrT(rest);
    if (withOwnEnding != null && isVerb(prefix + withOwnEnding)
        && isPastTense(prefix, rest + pastEnding)) {
      return prefix + withOwnEnding; // gemeld, gericht
    }
    return null;
  }

  /** The infinitive of a stem that ends in {@code d} or {@code t} itself ({@code wacht}). */
  private static String stemInDOrT(String stem) {
    String before = stem.substring(0, stem.length() - 1);
    char last = stem.charAt(stem.length() - 1);
    if (!before.chars().anyMatch(c -> VOWELS.indexOf(c) >= 0)) {
      return null;
    }
    if (LONG_VOWELS.stream().anyMatch(before::endsWith)) {
      return before.substring(0, before.length() - 1) + last + "en"; // gepraat
    }
    int n = before.length();
    boolean shortVowel = VOWELS.indexOf(before.charAt(n - 1)) >= 0
        && (n < 2 || VOWELS.indexOf(before.charAt(n - 2)) < 0);
    return shortVowel ? stem + last + "en" : stem + "en"; // gezet, gemeld
  }

  /** Whether the list holds the past tense, with or without a separable prefix. */
  private static boolean isPastTense(String prefix, String past) {
    return isWord(prefix + past) || isWord(past);
  }

  /** Whether {@code infinitive} is a verb: the list holds its present participle. */
  private static boolean isVerb(String infinitive) {
    return !DutchStopWords.SET.contains(infinitive)
        && (isWord(infinitive + "d") || isWord(infinitive + "de"));
  }

  private static boolean isWord(String word) {
    return DutchCompounds.isDutchWord(word);
  }
}
