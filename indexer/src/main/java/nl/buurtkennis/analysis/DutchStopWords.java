package nl.buurtkennis.analysis;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.nl.DutchAnalyzer;

/**
 * Snowball's Dutch stop words (101, as {@code DutchAnalyzer} uses them), with the other forms of
 * the verbs it lists and the question words it lacks. Snowball's list holds {@code doen},
 * {@code kan}, {@code wil} and {@code moet} but not {@code doet}, {@code kunt}, {@code wilt} or
 * {@code moeten}, {@code ik} and {@code zij} but not {@code we}, and {@code wat}, {@code hoe}
 * and {@code wie} but not {@code welke}, {@code waarom} or {@code wanneer}; its English
 * counterpart holds every form ({@code do}, {@code does}, {@code did}), {@code we}, and every
 * question word ({@code which}, {@code why}, {@code when}).
 * Without them a question such as "wat doet een wijkagent" must match {@code doet}.
 */
public final class DutchStopWords {
  static final List<String> ADDED = List.of(
      // doen
      "doe", "doet", "deed", "deden", "gedaan",
      // kunnen, willen, zullen, moeten
      "kun", "kunt", "konden", "wilt", "willen", "wilde", "wilden", "zult", "zullen", "zouden",
      "moeten", "moest", "moesten",
      // hebben, zijn, worden
      "hadden", "gehad", "bent", "werden", "geworden",
      // personal pronouns (the list holds ik, je, u, hij, zij, ze)
      "we", "wij", "jij", "jullie",
      // question words
      "welk", "welke", "waarom", "wanneer", "waar", "hoeveel");

  public static final CharArraySet SET = load();

  private DutchStopWords() {}

  private static CharArraySet load() {
    CharArraySet set = new CharArraySet(DutchAnalyzer.getDefaultStopSet(), false);
    set.addAll(ADDED);
    return CharArraySet.unmodifiableSet(set);
  }
}
