package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.buurtkennis.search.SearchResponse.Hit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The passage shown is the one where the words as typed match best: a compound's parts are marked
 * only where they stand together, and a concept's names count for less than the typed words.
 */
class PassageChoiceTest {
  private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");

  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();
  private static SearchService service;

  @BeforeAll
  static void open() {
    service = UnhurriedSearch.of(shipped.index());
  }

  @Test
  void aCompoundsPartsAreMarkedOnlyWhereTheyStandTogether() {
    assertPartsApartOnlyAlone("burgernet", "net", "burger", "burgers", "burgerparticipatie");
    assertPartsApartOnlyAlone("opbrengsten veiligheidspanels", "veiligheid", "panelleden");
    List<String> marks = marks(hit("whatsappgroep", "burgers-in-veiligheid"));
    assertTrue(marks.contains("WhatsApp") && marks.contains("groepen"), marks.toString());
  }

  @Test
  void aHitFoundOnlyThroughACompoundsPartsApartShowsThem() {
    // Not burgernet any more: a name (OpenTaal's Burgernet) is not read as burger and a rest.
    List<String> marks = marks(hit("wijkveiligheid", "buurtvaders"));
    assertFalse(marks.isEmpty(), "buurtvaders holds wijk and veiligheid only apart");
    assertTrue(marks.stream().map(mark -> mark.toLowerCase(Locale.ROOT))
        .allMatch(mark -> mark.startsWith("wijk") || mark.startsWith("veilig")), marks.toString());
    Hit hondenuitlaters = hit("hondenuitlaters", "waaks");
    assertTrue(marks(hondenuitlaters).stream().anyMatch(mark -> mark.equalsIgnoreCase("hond")),
        hondenuitlaters.snippet());
  }

  /**
   * A concept's other name found only as a part before the last of a longer compound names
   * something else: {@code preventie}, a name of the concept {@code inbraakpreventie} names, marked
   * "buurtpreventieteams" (a kind of team) beside the typed word, and chose a passage where the
   * name stood in such words. A compound's last part says what it is: "buurtpreventie" still
   * counts for {@code preventie}.
   */
  @Test
  void anotherNameIsNotMarkedAsAPartBeforeTheLastOfALongerCompound() {
    Hit burenhulp = hit("inbraakpreventie", "burenhulp-bij-inbraakpreventie");
    assertEquals(List.of("inbraakpreventie"), marks(burenhulp), burenhulp.snippet());
    for (Hit hit : hits("inbraakpreventie").subList(0, 10)) {
      assertTrue(marks(hit).stream().map(m -> m.toLowerCase(Locale.ROOT))
          .noneMatch(m -> m.contains("preventieteam") || m.contains("preventiegroep")),
          hit.id() + ": " + hit.snippet());
    }
    Hit buurtpreventie = hit("buurtpreventie", "buurtcoordinatoren");
    assertTrue(marks(buurtpreventie).stream().anyMatch(m -> m.contains("buurtpreventieteam")),
        "the typed compound's parts together in a longer one still count: "
            + buurtpreventie.snippet());
    Hit buurtschouw = hit("bewonersvereniging", "buurtschouw");
    assertTrue(marks(buurtschouw).contains("buurtvereniging"),
        "a last part whose stem is much shorter than it (vereniging: veren) still counts: "
            + buurtschouw.snippet());
  }

  @Test
  void aCompoundIsShownWhereItStandsNotWhereOneOfItsPartsDoes() {
    Hit hit = hit("burgernet", "sms-alert");
    assertEquals("Wie doen mee", hit.section(), hit.snippet());
    assertEquals(List.of("Burgernet", "Burgernet"), marks(hit), hit.snippet());
  }

  /**
   * Not the section "Opbrengsten" any more: every Dutch text has one, so that {@code opbrengsten}
   * weighs as little as the {@code werkt} of "Hoe het werkt"; the compound, typed, is shown.
   */
  @Test
  void theTypedCompoundIsShownBeforeItsPartsApart() {
    Hit hit = hit("opbrengsten veiligheidspanels", "veiligheidspanels");
    List<String> marks = marks(hit).stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
    assertTrue(marks.stream().anyMatch(m -> m.startsWith("veiligheidspanel")
        || m.equals("opbrengsten")), hit.snippet());
    assertFalse(marks.contains("veiligheid"), hit.snippet());
    assertFalse(marks.contains("panelleden"), hit.snippet());
  }

  /**
   * The passage holds a typed word, not the names alone. Not the section "Knelpunten" with
   * {@code risico} any more: {@code risico}, in many texts, weighs less than the rarer names of
   * the concept {@code burgerwacht} names, which stand beside the typed {@code burgerwachten}.
   */
  @Test
  void aPassageWithATypedWordIsShownBeforeOneWithTheNamesAlone() {
    Hit hit = hit("risico burgerwacht", "burgerwacht");
    List<String> marks = marks(hit).stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
    assertTrue(marks.stream().anyMatch(m -> m.startsWith("burgerwacht") || m.startsWith("risico")),
        hit.snippet());
  }

  /**
   * Of the typed words the rarest chooses: {@code politie}, in nearly every Dutch text, no longer
   * brings the section "Opbrengsten" before a shorter passage on buurtpreventie.
   */
  @Test
  void aPassageWithTheRarestTypedWordIsShown() {
    Hit hit = hit("effect buurtpreventie op vertrouwen in de politie", "buurtpreventie");
    assertTrue(marks(hit).contains("buurtpreventie"), hit.snippet());
  }

  @Test
  void aWordThatNearlyEveryTextHoldsDoesNotChooseThePassage() {
    Hit burenhulp = hit("wat werkt tegen woninginbraak", "burenhulp-bij-inbraakpreventie");
    assertEquals(List.of("minder woninginbraken"), marks(burenhulp), burenhulp.snippet());
    // whatsapp-buurtpreventie holds neither woninginbraak nor a name of it: its body's werkt
    // alone ("Hoe het werkt") says less than its summary, which is shown instead, marked where
    // it matched (its "werken": werkt is read as its infinitive).
    List<Hit> top = hits("wat werkt tegen woninginbraak").subList(0, 10);
    assertTrue(top.stream().noneMatch(PassageChoiceTest::marksWerkenAloneInTheBody),
        top.stream().map(Hit::snippet).toList().toString());
    Hit whatsapp = hit("wat werkt tegen woninginbraak", "whatsapp-buurtpreventie");
    assertNull(whatsapp.section(), whatsapp.snippet());
    assertTrue(SnippetFormatter.escape(whatsapp.summary())
        .contains(whatsapp.snippet().replaceAll("</?mark>", "")), whatsapp.snippet());
    for (Hit hit : hits("werkt cameratoezicht").subList(0, 10)) {
      assertFalse(marksWerkenAloneInTheBody(hit), hit.id() + ": " + hit.snippet());
    }
  }

  /**
   * A body whose best passage marks only a common word, and a summary that marks nothing, are
   * read again with the compound's parts apart: buurtvaders' summary says "jongeren" but not
   * "jongerenoverlast", and was shown unmarked; its section on young people causing nuisance is
   * the answer.
   */
  @Test
  void aCompoundsPartsApartAreSoughtWhereOnlyACommonWordMatched() {
    Hit hit = hit("wat werkt tegen jongerenoverlast", "buurtvaders");
    List<String> marks = marks(hit).stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
    assertTrue(marks.contains("jongeren") && marks.contains("overlast"), hit.snippet());
  }

  /**
   * A concept's name of one word among stop words ("te veel sturing", "te veel regels", names of
   * over-regulation) no longer counts as a use in the index, but still marks the passage that
   * says it: without it, {@code red tape} showed the top hits' summaries unmarked.
   */
  @Test
  void aNameOfOneWordAmongStopWordsStillMarksItsPassage() {
    Hit hit = hit("red tape", "bewonersinitiatieven-veiligheid", "en");
    List<String> marks = marks(hit).stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
    assertTrue(marks.contains("regels") || marks.contains("sturing"), hit.snippet());
  }

  /** Whether {@code hit} shows a passage of its body that marks only forms of werken. */
  private static boolean marksWerkenAloneInTheBody(Hit hit) {
    List<String> marks = marks(hit);
    return hit.section() != null && !marks.isEmpty()
        && marks.stream().allMatch(mark -> mark.toLowerCase(Locale.ROOT).startsWith("werk"));
  }

  @Test
  void anEnglishWordInADutchTextWeighsNoMoreThanItsTranslation() {
    Hit trust = hit("trust in the police", "burgers-in-veiligheid");
    List<String> marks = marks(trust).stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
    assertTrue(marks.stream().anyMatch(m -> m.startsWith("vertrouwen")), trust.snippet());
    assertFalse(marks.contains("policing"), trust.snippet());
    Hit watch = hit("neighbourhood watch", "burgers-in-veiligheid");
    assertEquals("Toezicht", watch.section(), watch.snippet());
  }

  /**
   * A passage that holds more of the query's words is shown: before, the one word {@code know}
   * chose the section "How it works" of burgernet-citizen-alert-network, and a passage on
   * WhatsApp groups alone the one of whatsapp-buurtpreventie for a question on their risks.
   */
  @Test
  void aPassageWithMoreOfTheQuerysWordsIsShown() {
    Hit trust = hit("what do we know about trust in the police",
        "burgernet-citizen-alert-network");
    List<String> marks = marks(trust).stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
    assertTrue(marks.stream().anyMatch(m -> m.startsWith("trust")), trust.snippet());
    assertFalse(marks.contains("know"), trust.snippet());
    Hit risks = hit("welke risico's hebben WhatsApp-groepen voor buurtpreventie",
        "whatsapp-buurtpreventie");
    marks = marks(risks).stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
    assertTrue(marks.stream().anyMatch(m -> m.startsWith("risico")), risks.snippet());
    assertTrue(marks.stream().anyMatch(m -> m.startsWith("whatsapp")), risks.snippet());
  }

  /**
   * The title "WhatsApp neighbourhood prevention groups" shows {@code WhatsApp}: the snippet shows
   * the privacy paragraph, no longer "What it is" with WhatsApp twice (no passage of the text
   * holds both words).
   */
  @Test
  void theSnippetShowsTheWordsTheTitleDoesNot() {
    Hit hit = hit("WhatsApp privacy", "whatsapp-neighbourhood-prevention");
    List<String> marks = marks(hit).stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
    assertTrue(marks.contains("privacy"), hit.snippet());
  }

  /**
   * With two words of the title asked, "What it is" held each twice and still came first: a
   * word the title shows weighs less where the query asks for more.
   */
  @Test
  void theSnippetShowsTheWordsTheTitleDoesNotBesideSeveralItDoes() {
    for (String query : List.of("WhatsApp neighbourhood privacy",
        "WhatsApp neighbourhood groups privacy")) {
      Hit hit = hit(query, "whatsapp-neighbourhood-prevention", "en");
      List<String> marks = marks(hit).stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
      assertTrue(marks.contains("privacy"), query + ": " + hit.snippet());
    }
  }

  /**
   * A query the title shows whole shows the passage that introduces the subject: before, a short
   * closing sentence that names it once to say its effect is not known won on its shortness ("Een
   * afname van het aantal woninginbraken door buurtpreventie is … niet aangetoond"), or one that
   * names it twice for the same.
   */
  @Test
  void aQueryTheTitleShowsWholeShowsWhereTheTextIntroducesItsSubject() {
    for (String query : List.of("buurtpreventie", "Burgernet", "bewonersbudget")) {
      Hit hit = hit(query, query.toLowerCase(Locale.ROOT));
      assertEquals("Wat het is", hit.section(), query + ": " + hit.snippet());
      assertTrue(marks(hit).stream().anyMatch(mark -> mark.equalsIgnoreCase(query)),
          hit.snippet());
    }
  }

  /**
   * A question on the effect of a practice, or on an issue, shows the passage that answers it,
   * though an earlier passage holds as many of its words: a short passage is not outweighed for
   * its shortness by a longer one that mentions the words in passing.
   */
  @Test
  void aQuestionOnAnEffectOrAnIssueShowsThePassageThatAnswersIt() {
    assertEquals("Wat bekend is over de werking",
        hit("effect van buurtpreventie op inbraken", "buurtpreventie").section());
    assertEquals("Knelpunten", hit("afhankelijkheid van vrijwilligers", "buurtbemiddeling")
        .section());
    assertEquals("Onbedoelde gevolgen",
        hit("sociale uitsluiting", "burgers-in-veiligheid").section());
    assertEquals("Issues", hit("sms-alert privacy", "text-alert").section());
  }

  /**
   * A question on an effect shows, in the text and in its translation, the passage on the effect:
   * "What it is" held only the title's words, each twice.
   */
  @Test
  void aQuestionOnAnEffectShowsThePassageOnTheEffect() {
    String query = "does whatsapp neighbourhood prevention reduce burglaries?";
    Hit english = hit(query, "whatsapp-neighbourhood-prevention", "en");
    assertEquals("What is known about its effect", english.section(), english.snippet());
    Hit dutch = hit(query, "whatsapp-buurtpreventie", "en");
    assertEquals("Wat bekend is over de werking", dutch.section(), dutch.snippet());
  }

  /**
   * A passage with a concept's whole name holds every word of the query that names it, though a
   * word of the name alone outweighs the name where they overlap: {@code ruimte} is "space" in
   * the English texts, and {@code alarm} "melding" in the Dutch ones.
   */
  @Test
  void aPassageWithAConceptsWholeNameComesBeforeOneWithAWordOfIt() {
    Hit space = hit("professionele ruimte", "citizens-in-security");
    assertEquals("Professional discretionary space", space.section(), space.snippet());
    Hit alarm = hit("vals alarm", "sms-alert");
    assertEquals("Knelpunten", alarm.section(), alarm.snippet());
    assertTrue(marks(alarm).contains("onterechte meldingen"), alarm.snippet());
  }

  /** The English names of over-regulation say what the English texts say: too much steering. */
  @Test
  void theEnglishTextsOnOverRegulationAreMarked() {
    for (String id : List.of("buurt-bestuurt-neighbourhood-governs",
        "opzoomeren-street-improvement")) {
      Hit hit = hit("over-regulation", id, "en");
      assertEquals("Issues", hit.section(), hit.snippet());
      assertTrue(marks(hit).stream().anyMatch(mark -> mark.endsWith("steering")), hit.snippet());
    }
  }

  /**
   * The English names of representation say what the English texts say for afspiegeling, "a fair
   * cross-section": the rare "legitimacy" in another sense, under "Benefits", was shown before.
   */
  @Test
  void theEnglishTextOnRepresentationIsShownForAfspiegeling() {
    Hit hit = hit("afspiegeling", "citizens-in-security");
    assertEquals("Representation", hit.section(), hit.snippet());
  }

  /** "Older person" is an English name of ouderen, the Dutch word for elderly. */
  @Test
  void theEnglishFormsOfATranslatedWordAreMarked() {
    Hit hit = hit("elderly", "burgernet-citizen-alert-network", "en");
    assertTrue(marks(hit).contains("older person"), hit.snippet());
  }

  /**
   * Names of citizen surveillance, which {@code burgerwacht} names: "toezicht" further on, or,
   * as the title "WAAKS" is one of them, the passage that introduces WAAKS as a form of
   * "buurtpreventie".
   */
  @Test
  void theNamesOfAConceptStillShowAPassageWhereNoTypedWordIsFound() {
    Hit hit = hit("burgerwacht", "waaks");
    assertNotNull(hit.section(), hit.snippet());
    List<String> marks = marks(hit).stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
    assertTrue(marks.contains("toezicht") || marks.contains("buurtpreventie"), hit.snippet());
  }

  /**
   * A typed word's forms recur in a text as one word: buurtvaders says {@code jongeren} in a
   * dozen sentences and {@code jeugdoverlast} once, and that one compound, holding {@code jeugd},
   * another name of {@code jongeren}, was shown for every search on young people, as if the text
   * rarely named them.
   */
  @Test
  void aTypedWordIsShownBeforeTheOneCompoundThatHoldsAnotherNameOfIt() {
    for (String query : List.of("jongeren", "hoe betrek je jongeren bij veiligheid")) {
      Hit hit = hit(query, "buurtvaders");
      List<String> marks = marks(hit).stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
      assertTrue(marks.contains("jongeren"), query + ": " + hit.snippet());
      assertFalse(marks.contains("jeugdoverlast"), query + ": " + hit.snippet());
    }
  }

  /**
   * The {@code parts} of the query's compound are marked apart only in a hit that has no other
   * mark, one found through them alone.
   */
  private static void assertPartsApartOnlyAlone(String query, String... parts) {
    Set<String> apart = Stream.of(parts).collect(Collectors.toSet());
    for (Hit hit : hits(query)) {
      List<String> marks = marks(hit).stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
      if (marks.stream().anyMatch(apart::contains)) {
        assertTrue(apart.containsAll(marks), query + ", " + hit.id() + ": " + hit.snippet());
      }
    }
  }

  /**
   * A suspended word ({@code hang-} of "hang- en sluitwerk") is marked only for the query's own
   * compound: the part {@code werk} of {@code werkgebied} marked "hang", and {@code wijkschouw},
   * through its concept's name bewonersbudget, marked "bewoners" of "bewoners- of wijkbudget".
   */
  @Test
  void aSuspendedWordIsMarkedOnlyForTheQuerysOwnCompound() {
    Hit burenhulp = hit("woon- of werkgebied", "burenhulp-bij-inbraakpreventie");
    assertFalse(burenhulp.snippet().contains("<mark>hang</mark>"), burenhulp.snippet());
    Hit initiatives = hit("wijkschouw", "bewonersinitiatieven-veiligheid");
    assertFalse(marks(initiatives).contains("bewoners"), initiatives.snippet());
    assertTrue(marks(initiatives).contains("wijkbudget"), initiatives.snippet());
    List<String> smsAlert = marks(hit("woon- of werkgebied", "sms-alert"));
    assertTrue(smsAlert.contains("woon") && smsAlert.contains("werkgebied"), smsAlert.toString());
    // taak of politietaak is said by "handhavingstaak", not by "opsporings-" that it completes
    List<String> anonymous = marks(hit("Politietaak", "meld-misdaad-anoniem"));
    assertTrue(anonymous.contains("handhavingstaak") && !anonymous.contains("opsporings"),
        anonymous.toString());
  }

  /**
   * A concept's name that is the typed words as typed weighs as they do together: "objective
   * benefits … act more effectively" was shown before "such objective effects".
   */
  @Test
  void theTypedWordsStandingTogetherAsTypedAreShown() {
    List<String> marks = marks(hit("objective effects", "citizens-in-security", "en"));
    assertTrue(marks.contains("objective effects"), marks.toString());
    List<String> contacts = marks(hit("Social contacts", "police-kids-contact", "en"));
    assertTrue(contacts.contains("social contacts"), contacts.toString());
  }

  /**
   * A short part found apart weighs its share of the compound's letters: {@code app} of
   * {@code buurtpreventieapp}, rarer than buurtpreventie, showed "<mark>App</mark>: meld daarna"
   * of SAAR in the text on WhatsApp-buurtpreventie.
   */
  @Test
  void aShortPartFoundApartDoesNotChooseThePassageAlone() {
    Hit whatsapp = hit("buurtpreventieapp", "whatsapp-buurtpreventie");
    assertTrue(marks(whatsapp).contains("buurtpreventie"), whatsapp.snippet());
  }

  /** A compound's part found apart is no verb's form: {@code hangjongeren} marked "hangt". */
  @Test
  void aPartFoundApartIsNotMarkedInAVerbsForm() {
    for (Hit hit : hits("hangjongeren")) {
      assertFalse(marks(hit).stream().anyMatch(mark -> mark.equalsIgnoreCase("hangt")),
          hit.id() + ": " + hit.snippet());
    }
    assertTrue(marks(hit("hangjongeren", "buurtschouw")).contains("Jongeren"));
    // a noun that is also a verb's form is marked where it is written as the part itself
    assertTrue(marks(hit("nieuwsbericht", "sms-alert")).contains("bericht"),
        hit("nieuwsbericht", "sms-alert").snippet());
  }

  private static Hit hit(String query, String id) {
    return hit(query, id, "nl");
  }

  private static Hit hit(String query, String id, String lang) {
    return hits(query, lang).stream().filter(hit -> hit.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError(id + " not found for " + query));
  }

  private static List<Hit> hits(String query) {
    return hits(query, "nl");
  }

  private static List<Hit> hits(String query, String lang) {
    return service.search(new SearchRequest(query, Map.of(), null, null, 1, 20,
        SortOrder.RELEVANCE, lang)).hits();
  }

  private static List<String> marks(Hit hit) {
    List<String> marks = new ArrayList<>();
    Matcher matcher = MARK.matcher(hit.snippet() == null ? "" : hit.snippet());
    while (matcher.find()) {
      marks.add(matcher.group(1));
    }
    return marks;
  }
}
