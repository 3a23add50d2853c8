package nl.buurtkennis.search;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words with which a question asks what is known of its subject, or how to set something
 * up, and which say nothing of the subject itself: {@code what do we know about}, {@code wat
 * weten we over}, {@code hoe zet ik … op}. Searched, they ranked by the wrong words: {@code know}
 * is rarer in the English texts than {@code trust}, so {@code what do we know about trust in the
 * police} showed a passage saying "know" over the one on trust in the police, and {@code zet}
 * (of {@code opzetten}) was required beside {@code whatsappgroep}, which left out the document
 * on WhatsApp groups; {@code bewijs} of {@code is er bewijs dat buurtvaders overlast
 * verminderen}, held by few texts, was needed beside the subject's words, so the text on
 * buurtvaders, which does not say "bewijs", came fifth. A query is searched without them where
 * words are left.
 *
 * <p>So are the words that ask what kinds of a thing there are, wherever they stand
 * ({@code what kind of}, {@code the kind of}, {@code kinds of}, {@code welk soort},
 * {@code wat voor}): the English {@code kind} is the Dutch word for child, which the texts on
 * missing children hold (and its glossary pair {@code child}), so {@code what kind of
 * initiatives work} ranked the AMBER Alert texts first.
 */
final class QuestionFrame {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String WE = "(?:we|wij|je|jij|u|men|jullie)";
  private static final String I = "(?:ik|je|jij|we|wij|u|men)";

  /** Frames that open a question and are followed by its subject. */
  private static final List<Pattern> OPENINGS = Stream.of(
          "wat (?:weten|weet) " + WE + " (?:over|van)",
          "wat is (?:er )?bekend (?:over|van)",
          "wat (?:zegt|zeggen) (?:het )?onderzoek(?:en)? (?:over|van)",
          "what do (?:we|you|they) know about",
          "what is known about",
          "what does (?:the )?research (?:say|tell us) about",
          "(?:is|zijn) er (?:enig |ook )?(?:bewijs|aanwijzingen) (?:dat|voor|van)",
          "wat is (?:het|er aan) bewijs (?:dat|voor|van)",
          "is there (?:any )?evidence (?:that|for|of)",
          "what is the evidence (?:that|for|on|about)",
          "what evidence is there (?:that|for|on|about)")
      .map(frame -> Pattern.compile("^\\s*" + frame + "\\s+(?=\\S)", FLAGS))
      .toList();

  /** Words asking for the kinds of what follows them. */
  private static final Pattern ASKING_FOR_KINDS = Pattern.compile(
      "(?<!\\S)(?:(?:what|which|this|that|these|those|the|any|all|other|different|various)"
          + " (?:kinds?|sorts?|types?) of"
          + "|(?:kinds|sorts|types) of"
          + "|welke? (?:soort|soorten|type|typen|types)(?: van)?"
          + "|wat voor(?: (?:soort|soorten|type|typen|types)(?: van)?)?(?: een)?)(?!\\S)\\s*",
      FLAGS);

  /** A Dutch separable verb of setting up around its object: hoe zet ik een buurtapp op. */
  private static final Pattern SETTING_UP = Pattern.compile(
      "^\\s*hoe (?:zet|zetten|richt|richten) " + I + " (.*\\S)\\s+op\\s*([?.!]*)\\s*$", FLAGS);

  private QuestionFrame() {}

  /**
   * {@code query} without its question's frame; {@code query} itself when it has none, or when
   * no word it asks for would be left but stop words ({@code what is known about it}) or what it
   * excludes ({@code wat weten we over -burgernet}).
   */
  static String subject(String query) {
    if (query == null) {
      return null;
    }
    String subject = query;
    for (Pattern opening : OPENINGS) {
      Matcher matcher = opening.matcher(query);
      if (matcher.find()) {
        subject = query.substring(matcher.end());
        break;
      }
    }
    Matcher settingUp = SETTING_UP.matcher(subject);
    if (subject.equals(query) && settingUp.matches()) {
      subject = settingUp.group(1) + settingUp.group(2);
    }
    if (!asksForAWord(subject)) {
      return query;
    }
    Matcher kinds = ASKING_FOR_KINDS.matcher(subject);
    if (!kinds.find()) {
      return subject;
    }
    String withoutKinds = kinds.replaceAll("").strip();
    return asksForAWord(withoutKinds) ? withoutKinds : subject;
  }

  private static boolean asksForAWord(String subject) {
    return ConceptMatcher.words(Exclusions.of(subject).wanted()).stream()
        .anyMatch(word -> !ConceptMatcher.isStopWord(word));
  }
}
