package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Suggestions on the shipped corpus, where keywords spell the same as titles and labels: the
 * title and the label are what is suggested.
 */
class SuggestionsTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void aTitleOrALabelIsNotHiddenByAKeywordOfTheSameText() {
    assertTrue(shipped.service().complete("Buurtbem", "nl", 10).contains(
        new Completion("Buurtbemiddeling", Completion.Kind.DOCUMENT, "buurtbemiddeling", "nl")),
        shipped.service().complete("Buurtbem", "nl", 10).toString());
    assertTrue(shipped.service().complete("Toezi", "nl", 10).stream().anyMatch(c ->
        c.text().equals("Toezicht") && c.kind() == Completion.Kind.CONCEPT),
        shipped.service().complete("Toezi", "nl", 10).toString());
  }

  /**
   * A concept is suggested through a synonym (wijkagent, of "Contactbevordering"), which hides
   * no keyword of that text: the keyword searches the word, the concept selects the value.
   */
  @Test
  void aSynonymSuggestsItsConceptByItsLabelAndLeavesTheKeywordOfItsText() {
    List<Completion> dutch = shipped.service().complete("wijkag", "nl", 10);
    assertTrue(dutch.contains(new Completion("wijkagent", Completion.Kind.KEYWORD, "wijkagent",
        "nl")),
        dutch.toString());
    assertTrue(dutch.contains(
        new Completion("Contactbevordering", Completion.Kind.CONCEPT, "form/contact", "nl")),
        dutch.toString());
    List<Completion> english = shipped.service().complete("wijkag", "en", 10);
    assertTrue(english.contains(
        new Completion("Stimulating contact", Completion.Kind.CONCEPT, "form/contact", "en")),
        english.toString());
    assertEquals(1, english.stream().filter(c -> c.target().equals("form/contact")).count(),
        english.toString());
  }

  /**
   * A glossary entry that no text holds in either language (slachtoffer, victim) finds nothing,
   * so its words are not suggested: the page led to "no documents". An entry a text holds is.
   */
  @Test
  void glossaryWordsThatFindNothingAreNotSuggested() {
    for (String[] typed : new String[][] {{"slach", "nl"}, {"victi", "en"}, {"eenzaam", "nl"}}) {
      List<Completion> offered = shipped.service().complete(typed[0], typed[1], 10);
      for (Completion completion : offered) {
        assertTrue(shipped.service().count(new SearchRequest(completion.text(),
            Map.of(), null, null, 1, 10, SortOrder.RELEVANCE, typed[1])) > 0,
            completion + " finds nothing");
      }
    }
    assertTrue(shipped.service().complete("elder", "en", 10).stream()
        .anyMatch(c -> c.text().equals("elderly")), "elderly finds the texts on ouderen");
  }

  /** Of keywords that are forms of one word, the first takes a place: burglary, not burglaries. */
  @Test
  void formsOfOneKeywordTakeOnePlace() {
    List<String> english = shipped.service().complete("burgl", "en", 10).stream()
        .filter(c -> c.kind() == Completion.Kind.KEYWORD).map(Completion::text).toList();
    assertEquals(List.of("burglar", "burglary"), english);
    List<String> dutch = shipped.service().complete("inbra", "nl", 10).stream()
        .filter(c -> c.kind() == Completion.Kind.KEYWORD).map(Completion::text).toList();
    assertTrue(dutch.contains("inbraak") && !dutch.contains("inbraken"), dutch.toString());
  }

  @Test
  void diacriticsAreIgnored() {
    assertTrue(shipped.service().complete("beleidsbeinv", "nl", 10).stream().anyMatch(c ->
        c.text().equals("Beleidsbeïnvloeding")),
        shipped.service().complete("beleidsbeinv", "nl", 10).toString());
  }

  @Test
  void theGlossarysWordsAreSuggestedForTheDocumentsTheirTranslationsFind() {
    assertTrue(shipped.service().complete("elder", "nl", 10).contains(
        new Completion("elderly", Completion.Kind.KEYWORD, "elderly", "en")),
        shipped.service().complete("elder", "nl", 10).toString());
    assertTrue(shipped.service().complete("cannab", "nl", 10).contains(
        new Completion("cannabis", Completion.Kind.KEYWORD, "cannabis", "en")),
        shipped.service().complete("cannab", "nl", 10).toString());
  }

  /**
   * A document's keyword is in the language its words are in, not its document's: English
   * documents list Dutch terms (wijkagent, overlast, which only English documents hold). A name,
   * whose words tell no language, is read in the language asked for (112, WhatsApp). Never none.
   */
  @Test
  void aKeywordSaysTheLanguageOfItsWords() {
    for (String lang : List.of("nl", "en")) {
      assertTrue(keywords("wijkag", lang).contains(
          new Completion("wijkagent", Completion.Kind.KEYWORD, "wijkagent", "nl")),
          keywords("wijkag", lang).toString());
      assertTrue(keywords("overl", lang).contains(
          new Completion("overlast", Completion.Kind.KEYWORD, "overlast", "nl")),
          keywords("overl", lang).toString());
      assertTrue(keywords("neighbourhood w", lang).contains(new Completion(
          "neighbourhood watch", Completion.Kind.KEYWORD, "neighbourhood watch", "en")),
          keywords("neighbourhood w", lang).toString());
      assertTrue(keywords("112", lang).contains(
          new Completion("112", Completion.Kind.KEYWORD, "112", lang)),
          keywords("112", lang).toString());
      assertTrue(keywords("whats", lang).contains(
          new Completion("WhatsApp", Completion.Kind.KEYWORD, "WhatsApp", lang)),
          "a brand's name, in both languages' texts: " + keywords("whats", lang));
      for (String typed : List.of("bu", "po", "ve", "co", "op", "so", "wh", "re", "ne")) {
        keywords(typed, lang).forEach(keyword -> assertTrue(
            "nl".equals(keyword.lang()) || "en".equals(keyword.lang()), keyword.toString()));
      }
    }
  }

  private static List<Completion> keywords(String typed, String lang) {
    return shipped.service().complete(typed, lang, 40).stream()
        .filter(c -> c.kind() == Completion.Kind.KEYWORD).toList();
  }

  /**
   * Each suggestion says the language of its text, so that a page marks one in its other
   * language: a title in its document's, a concept's label in the language asked for.
   */
  @Test
  void aSuggestionSaysTheLanguageOfItsText() {
    List<Completion> found = shipped.service().complete("buurt bestuurt", "nl", 10);
    assertTrue(found.contains(new Completion("Buurt Bestuurt (the neighbourhood governs)",
        Completion.Kind.DOCUMENT, "buurt-bestuurt-neighbourhood-governs", "en")), found.toString());
    assertTrue(found.stream().anyMatch(c -> c.kind() == Completion.Kind.DOCUMENT
        && "nl".equals(c.lang())), found.toString());
    assertTrue(shipped.service().complete("Toezi", "en", 10).stream()
        .filter(c -> c.kind() == Completion.Kind.CONCEPT)
        .allMatch(c -> "en".equals(c.lang())));
  }

  /** Of titles, those in the page's language first, then those that start with what was typed. */
  @Test
  void titlesInThePagesLanguageAndStartingWithWhatWasTypedComeFirst() {
    List<Completion> dutch = titles("buurtp", "nl");
    assertEquals("Buurtpreventie en buurtwachten", dutch.get(0).text(), dutch.toString());
    assertEquals("en", dutch.get(dutch.size() - 1).lang(), dutch.toString());
    List<Completion> politie = titles("pol", "nl");
    assertEquals(List.of("nl", "nl", "nl", "en"),
        politie.stream().map(Completion::lang).toList(), politie.toString());
    assertEquals(List.of("Police Kids", "Politievrijwilligers", "De politie-app",
        "Police app (politie-app)"), politie.stream().map(Completion::text).toList());
    List<Completion> police = titles("pol", "en");
    assertEquals(List.of("en", "en", "nl", "nl"),
        police.stream().map(Completion::lang).toList(), police.toString());
  }

  /**
   * Police Kids is the title of a Dutch document and of its English translation: each page offers
   * the one in its language. Which one was offered hung on the order the index was built in.
   */
  @Test
  void aTitleSharedByADocumentAndItsTranslationLeadsToTheOneInThePagesLanguage() {
    assertEquals("police-kids", target(titles("police k", "nl"), "Police Kids"));
    assertEquals("police-kids-contact", target(titles("police k", "en"), "Police Kids"));
  }

  private static String target(List<Completion> completions, String text) {
    return completions.stream().filter(c -> c.text().equals(text)).findFirst().orElseThrow()
        .target();
  }

  private static List<Completion> titles(String typed, String lang) {
    return shipped.service().complete(typed, lang, 10).stream()
        .filter(c -> c.kind() == Completion.Kind.DOCUMENT).toList();
  }

  /**
   * A stop word, or the start of one, in the page's language suggests a text only where it
   * starts with it or was found by a word that goes on from it and is no stop word: "the"
   * matched hidden synonyms ("Trust in the police" and other concepts), "you" the Vigilantism of
   * "take the law into your own hands"; "al" must still find "Text alert" and "de b" "Rolmodellen
   * in de buurt", which a regression tester found lost when only the start counted.
   */
  @Test
  void aStopWordSuggestsOnlyTextsThatStartWithItOrGoOnFromIt() {
    List<Completion> the = shipped.service().complete("the", "en", 10);
    assertTrue(the.stream().noneMatch(c -> c.text().equals("Trust in the police")), the.toString());
    assertTrue(the.stream().anyMatch(c -> c.text().equals("theft")), the.toString());
    List<Completion> you = shipped.service().complete("you", "en", 10);
    assertTrue(you.stream().noneMatch(c -> c.target().equals("issue/vigilantism")), you.toString());
    assertTrue(you.stream().anyMatch(c -> c.text().equals("youth")), you.toString());
    assertTrue(shipped.service().complete("De pol", "nl", 10).stream()
        .anyMatch(c -> c.text().equals("De politie-app")), "a title that starts with it");
    List<Completion> vigilant = shipped.service().complete("the law", "en", 10);
    assertTrue(vigilant.stream().anyMatch(c -> c.target().equals("issue/vigilantism")),
        "with a word that is none, a synonym still suggests: " + vigilant);
    for (String[] typed : new String[][] {{"al", "en", "Text alert (SMS-alert)"},
        {"de b", "nl", "Rolmodellen in de buurt"}, {"over", "nl", "Vermindering van overlast"},
        {"the n", "en", "Commitment to the neighbourhood"}}) {
      List<Completion> offered = shipped.service().complete(typed[0], typed[1], 10);
      assertTrue(offered.stream().anyMatch(c -> c.text().equals(typed[2])),
          typed[0] + " offered " + offered);
    }
  }

  @Test
  void aStopWordIsToldInThePagesLanguageOnly() {
    assertTrue(StopWordPrefix.isOne("the", "en"));
    assertTrue(StopWordPrefix.isOne("th", "en"));
    assertTrue(StopWordPrefix.isOne("in de", "nl"));
    assertTrue(!StopWordPrefix.isOne("the", "nl"));
    assertTrue(!StopWordPrefix.isOne("thef", "en"));
    assertTrue(!StopWordPrefix.isOne("trust in the", "en"));
  }
}
