package nl.buurtkennis.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;

/**
 * Reads a Dutch verb's present tense in {@code -t} or {@code -dt} as its infinitive, before
 * stemming: {@code levert} → {@code leveren}, {@code helpt} → {@code helpen}, {@code meldt} →
 * {@code melden}, {@code vermindert} → {@code verminderen}, with the spelling changes of the
 * stem: {@code maakt} → {@code maken}, {@code leest} → {@code lezen}, {@code geeft} →
 * {@code geven}, {@code stopt} → {@code stoppen}, {@code groeit} → {@code groeien}, and
 * {@code gaat}, {@code ziet} in compounds ({@code bestaat} → {@code bestaan}). Porter's stemmer
 * leaves these forms apart ({@code levert} stays {@code levert}, {@code leveren} is
 * {@code lever}).
 *
 * <p>Most Dutch words in {@code -t} are no verb form ({@code markt}, {@code buurt},
 * {@code staart}), and OpenTaal's word list marks no word class, so a form is read as a verb
 * only when the list holds the infinitive's present participle ({@code leverend} or
 * {@code leverende}), which a plural such as {@code buren} or {@code karen} has not. It is left
 * alone when it is a verb's stem itself ({@code start}: {@code startend}), when the list holds
 * it with the plural {@code -en} of a noun that a verb form cannot have ({@code staarten},
 * {@code sporten}), when it is a past participle ({@code geraakt}, of {@code raken}), and when
 * it is one of the {@link #NOT_VERB_FORMS}. Where the list lacks the participle the verb is
 * missed ({@code merkt}, {@code publiceert}): a verb missed costs a document, a noun read as a
 * verb costs every search for it.
 */
public final class DutchPresentTenseFilter extends WordReplacingFilter {
  private static final int MIN_LENGTH = 4;
  private static final String VOWELS = "aeiouy";
  private static final List<String> LONG_VOWELS = List.of("aa", "ee", "oo", "uu");
  private static final List<String> TWO_LETTER_VOWELS =
      List.of("ij", "ei", "ui", "ou", "au", "eu", "oe", "ie");
  private static final List<String> VOWEL_STEMS_IN_I = List.of("aai", "ooi", "oei");
  /** Verbs whose stem ends in a vowel, in compounds ({@code bestaat}, {@code voldoet}). */
  private static final Map<String, String> SHORT_VERBS =
      Map.of("gaat", "gaan", "slaat", "slaan", "staat", "staan", "ziet", "zien", "doet", "doen");
  /**
   * Words that pass the rule but are no verb form, or mostly none: {@code naast} is no form of
   * {@code nazen}, nor {@code vorst} of {@code vorsen}; {@code last}, {@code kust} and
   * {@code mist} are nouns before they are forms of {@code lassen}, {@code kussen} and
   * {@code missen}; {@code staat} is the state.
   */
  static final Set<String> NOT_VERB_FORMS = Set.of("naast", "naakt", "last", "kust", "gist",
      "mist", "host", "lest", "halt", "rijst", "vorst", "staat");
  /** Verb forms that are also a rare noun with a plural in {@code -en} (stilts, belts). */
  private static final Set<String> VERB_FORMS_BEFORE_NOUNS = Set.of("stelt", "belt");

  DutchPresentTenseFilter(TokenStream input) {
    super(input);
  }

  @Override
  String replacement(String word) {
    return infinitive(word);
  }

  /** The infinitive whose present tense {@code word} is, or null when it is none. */
  public static String infinitive(String word) {
    return infinitive(word, true);
  }

  private static String infinitive(String word, boolean mayBeParticiple) {
    int n = word.length();
    if (n < MIN_LENGTH || word.charAt(n - 1) != 't' || NOT_VERB_FORMS.contains(word)
        || DutchStopWords.SET.contains(word) || isWord(word + "end")) {
      return null;
    }
    boolean voiced = isVoiced(word.substring(0, n - 1));
    if (voiced && isWord(word + "en") && !isWord(word + "e")
        && !VERB_FORMS_BEFORE_NOUNS.contains(word)) {
      return null; // a noun's plural (staarten); droogten is droogte's
    }
    if (mayBeParticiple && !voiced && isWord(word + "e") && isParticiple(word)) {
      return null;
    }
    for (String candidate : candidates(word)) {
      if (isWord(candidate + "d") || isWord(candidate + "de")) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * Whether {@code word} is the past participle of another verb: {@code ge} and that verb's
   * present tense ({@code geraakt}, {@code uitgerekt}).
   */
  private static boolean isParticiple(String word) {
    for (int at = word.indexOf("ge"); at >= 0; at = word.indexOf("ge", at + 1)) {
      if (infinitive(word.substring(at + 2), false) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The infinitives {@code word} may be the present tense of, most likely first; also how a past
   * participle's stem is read ({@link DutchPastParticipleFilter}).
   */
  static List<String> candidates(String word) {
    for (Map.Entry<String, String> verb : SHORT_VERBS.entrySet()) {
      if (word.endsWith(verb.getKey())) {
        return List.of(word.substring(0, word.length() - verb.getKey().length()) + verb.getValue());
      }
    }
    String stem = word.substring(0, word.length() - 1);
    if (VOWEL_STEMS_IN_I.stream().anyMatch(stem::endsWith)) {
      return List.of(stem + "en"); // groeit, draait
    }
    char last = stem.charAt(stem.length() - 1);
    if (isVowel(last) || last == 't' || !Character.isLetter(last)) {
      return List.of(); // wacht, zit: the stem itself, which Porter reads
    }
    String before = stem.substring(0, stem.length() - 1);
    char voicedLast = last == 'f' ? 'v' : last == 's' ? 'z' : last;
    List<String> result = new ArrayList<>(2);
    if (LONG_VOWELS.stream().anyMatch(before::endsWith)) {
      result.add(before.substring(0, before.length() - 1) + voicedLast + "en"); // maakt, leest
    } else if (TWO_LETTER_VOWELS.stream().anyMatch(before::endsWith)
        || before.endsWith("l") || before.endsWith("r") || before.endsWith("n")) {
      result.add(stem + "en"); // noemt, helpt
      if (voicedLast != last) {
        result.add(before + voicedLast + "en"); // schrijft, reist, durft
      }
    } else if (isShortVowelBefore(before) && "wjx".indexOf(last) < 0) {
      result.add(stem + last + "en"); // stopt, legt, vertelt
      if (before.endsWith("e") || before.endsWith("i") || stem.endsWith("kom")) {
        result.add(stem + "en"); // levert, bezuinigt, komt
      }
    } else {
      result.add(stem + "en"); // werkt, meldt
    }
    return result;
  }

  /** Whether {@code before} ends in one vowel letter, written alone. */
  private static boolean isShortVowelBefore(String before) {
    int n = before.length();
    return isVowel(before.charAt(n - 1)) && (n < 2 || !isVowel(before.charAt(n - 2)));
  }

  /** Whether a past tense of {@code stem} would take {@code -de} rather than {@code -te}. */
  private static boolean isVoiced(String stem) {
    char last = stem.charAt(stem.length() - 1);
    return "tkfsp".indexOf(last) < 0 && !stem.endsWith("ch");
  }

  private static boolean isVowel(char c) {
    return VOWELS.indexOf(c) >= 0;
  }

  private static boolean isWord(String word) {
    return DutchCompounds.isDutchWord(word);
  }
}
