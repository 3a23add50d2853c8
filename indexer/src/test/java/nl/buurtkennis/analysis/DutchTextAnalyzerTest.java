package nl.buurtkennis.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class DutchTextAnalyzerTest {
  private final Analyzer analyzer = LanguageAnalyzer.forIndexing();

  /**
   * An English word that the Dutch stemmer cut into a Dutch word of another meaning stays as it
   * is ({@code evening} found the Dutch texts saying "even", {@code kneels} "knelpunten"); a
   * cognate that both stemmers cut alike or that English reads as its Dutch stem ({@code
   * experimenting}), or a Dutch word, is stemmed as before, in queries as at indexing.
   */
  @Test
  void anEnglishWordIsNotCutIntoADutchWordOfAnotherMeaning() throws IOException {
    for (Analyzer chain : List.of(analyzer, LanguageAnalyzer.forQueries())) {
      assertEquals(List.of("evening"), Tokens.terms(chain.tokenStream("body_nl", "evening")));
      assertEquals(List.of("evenings"), Tokens.terms(chain.tokenStream("body_nl", "Evenings")));
      assertEquals(List.of("broken"), Tokens.terms(chain.tokenStream("body_nl", "broken")));
      assertEquals(List.of("even"), Tokens.terms(chain.tokenStream("body_nl", "even")));
      assertEquals(List.of("contact"), Tokens.terms(chain.tokenStream("body_nl", "contacts")));
      assertEquals(List.of("proces"), Tokens.terms(chain.tokenStream("body_nl", "process")));
      assertEquals(Tokens.terms(chain.tokenStream("body_nl", "experiment")),
          Tokens.terms(chain.tokenStream("body_nl", "experimenting")));
      assertEquals(List.of("kneels"), Tokens.terms(chain.tokenStream("body_nl", "kneels")));
    }
    assertEquals(terms("body_nl", "avond"), terms("body_nl", "avonden"));
  }

  @Test
  void pluralAndSingularShareOneTerm() throws IOException {
    assertEquals(terms("body_nl", "bewoner"), terms("body_nl", "bewoners"));
    assertEquals(terms("body_nl", "wijkagent"), terms("body_nl", "wijkagenten"));
    assertEquals(terms("body_nl", "gemeente"), terms("body_nl", "gemeenten"));
    assertEquals(terms("body_nl", "kind"), terms("body_nl", "kinderen"));
  }

  @Test
  void diacriticsFold() throws IOException {
    assertEquals(terms("body_nl", "coordinatie"), terms("body_nl", "coördinatie"));
    assertEquals(terms("body_nl", "beleidsbeinvloeding"), terms("body_nl", "beleidsbeïnvloeding"));
  }

  @Test
  void ligatureIjIsReadAsIj() throws IOException {
    assertEquals(terms("body_nl", "wijk"), terms("body_nl", "w\u0133k"));
  }

  @Test
  void dutchStopWordsAreDropped() throws IOException {
    assertEquals(List.of("vertrouw", "politie"), terms("body_nl", "vertrouwen in de politie"));
  }

  @Test
  void englishStopWordsAreDroppedButThoseThatAreDutchWords() throws IOException {
    // The stemmer would read same as samen, some as soms, won't as wonen.
    assertEquals(List.of(), terms("body_nl", "the same some won't all were"));
    assertEquals(terms("body_nl", "been most"), terms("body_nl", "been the most"));
    assertEquals(2, terms("body_nl", "been most").size());
  }

  @Test
  void theOtherFormsOfStopVerbsAndQuestionWordsAreDroppedToo() throws IOException {
    assertEquals(terms("body_nl", "wijkagent"), terms("body_nl", "wat doet een wijkagent"));
    assertEquals(terms("body_nl", "wijkagent"), terms("body_nl", "wat doen wijkagenten"));
    assertEquals(List.of("risico", "ken", "buurtpreventie", "buurt", "preventie"),
        terms("body_nl", "welke risico's moeten we kennen bij buurtpreventie"));
    assertEquals(List.of(), terms("body_nl", "waarom wanneer waar hoeveel wij jullie"));
  }

  @Test
  void aWordThatChangesItsLastConsonantBeforeAnEndingHasOneStem() throws IOException {
    for (String[] forms : new String[][] {{"collectief", "collectieve"},
        {"preventief", "preventieve"}, {"initiatief", "initiatieven"}, {"huis", "huizen"},
        {"protocol", "protocollen"}, {"rolmodel", "rolmodellen"}, {"bus", "bussen"}}) {
      assertEquals(terms("body_nl", forms[0]), terms("body_nl", forms[1]), forms[1]);
    }
    assertEquals(List.of("kinder"), terms("body_nl", "kinderen"), "the overrides stay");
    assertEquals(List.of("les"), terms("body_nl", "les"));
  }

  @Test
  void compoundsYieldTheirPartsAtIndexTimeWithoutOverSplitting() throws IOException {
    List<String> terms = terms("body_nl", "buurtpreventie");
    assertEquals(List.of("buurtpreventie", "buurt", "preventie"), terms);
    assertTrue(terms("body_nl", "veiligheidsbeleving").containsAll(List.of("veilig", "belef")));
    assertEquals(List.of("gemeent"), terms("body_nl", "gemeente"));
    assertEquals(List.of("vertrouw"), terms("body_nl", "vertrouwen"));
  }

  @Test
  void aPartStartingWithAVowelIsFoundThoughHyphenationRunsAcrossIt() throws IOException {
    assertEquals(List.of("jeugdagent", "jeugd", "agent"), terms("body_nl", "jeugdagent"));
    assertEquals(List.of("amberalert", "amber", "alert"), terms("body_nl", "amberalert"));
  }

  @Test
  void partsOfPartsAreIndexedButStopWordsAreNoParts() throws IOException {
    assertEquals(List.of("buurtinformatieavond", "buurt", "informatieavond", "informatie",
        "avond"), terms("body_nl", "buurtinformatieavond"));
    assertEquals(List.of("overlast"), terms("body_nl", "overlast"));
  }

  /**
   * A word that begins compounds as a prefix does ({@code mede}: co-) joins them but is no part
   * of them: indexed as one, the {@code med} of {@code medewerkers} and {@code medebewoners} made
   * each find the other.
   */
  @Test
  void aWordThatBeginsCompoundsAsAPrefixDoesIsNoPartOfThem() throws IOException {
    assertEquals(List.of("medebewoner", "bewoner"), terms("body_nl", "medebewoners"));
    assertEquals(List.of("medewerker", "werker"), terms("body_nl", "medewerkers"));
    assertEquals(List.of("samenwerk", "werking"), terms("body_nl", "samenwerking"));
    assertEquals(List.of("burgerparticipatie", "burger", "participatie"),
        terms("body_nl", "burgerparticipatie"), "a noun stays a part");
    assertTrue(DutchCompounds.isBound("mede"));
    assertFalse(DutchCompounds.isBound("buurt"));
  }

  /**
   * A sentence's or a line's end puts the next word {@link SentenceEnds#GAP} positions further:
   * "burgerparticipatie zegt. ## Contact tussen bewoners" held {@code participatie} and
   * {@code bewoner} three words apart, as a text that says {@code bewonersparticipatie} does.
   * The full stop inside a web address is no end.
   */
  @Test
  void aSentenceEndKeepsTheWordsOnEitherSideApart() throws IOException {
    String text = "deze vorm van burgerparticipatie zegt.\n\n## Contact tussen bewoners,"
        + " zie burgernet.nl voor meer";
    List<String> positions = Tokens.withPositions(analyzer.tokenStream("body_nl", text));
    int participatie = at(positions, "participatie");
    int zegt = at(positions, "zeg");
    int contact = at(positions, "contact");
    int bewoner = at(positions, "bewoner");
    assertEquals(1, zegt - participatie);
    assertEquals(SentenceEnds.GAP + 1, contact - zegt, "" + positions);
    assertEquals(2, bewoner - contact, "a comma is no end");
    assertEquals(1, at(positions, "nl") - at(positions, "burgernet"), "burgernet.nl");
    assertTrue(SentenceEnds.endsBetween("a. b", 1, 3));
    assertTrue(SentenceEnds.endsBetween("a\nb", 1, 2));
    assertFalse(SentenceEnds.endsBetween("a.b", 1, 2));
    assertFalse(SentenceEnds.endsBetween("a, b", 1, 3));
  }

  private static int at(List<String> positions, String term) {
    return positions.stream().filter(p -> p.endsWith(":" + term))
        .mapToInt(p -> Integer.parseInt(p.substring(0, p.indexOf(':')))).findFirst()
        .orElseThrow(() -> new AssertionError(term + " in " + positions));
  }

  @Test
  void apostropheSAndPluralsInIesMeetTheirSingular() throws IOException {
    assertEquals(List.of("privacyrisico", "privacy", "risico"),
        terms("body_nl", "privacyrisico's"));
    assertEquals(terms("body_nl", "risico"), terms("body_nl", "risico’s"));
    assertEquals(terms("body_nl", "ruzie"), terms("body_nl", "ruzies"));
    assertEquals(terms("body_nl", "organisatie"), terms("body_nl", "organisaties"));
  }

  @Test
  void aPluralInSAfterAVowelMeetsItsSingularWhereTheListHoldsIt() throws IOException {
    for (String[] pair : new String[][] {{"boete", "boetes"}, {"ronde", "rondes"},
        {"zone", "zones"}, {"camera", "cameras"}, {"foto", "fotos"}, {"bureau", "bureaus"}}) {
      assertEquals(terms("body_nl", pair[0]), terms("body_nl", pair[1]), pair[1]);
    }
    assertEquals(List.of("avondrond", "avond", "rond"), terms("body_nl", "avondrondes"));
    for (String[] apart : new String[][] {{"chao", "chaos"}, {"proce", "proces"}}) {
      assertNotEquals(terms("body_nl", apart[0]), terms("body_nl", apart[1]), apart[1]);
    }
  }

  @Test
  void aLoanwordsPluralInEsMeetsItsSingular() throws IOException {
    for (String[] pair : new String[][] {{"coach", "coaches"}, {"sportcoach", "sportcoaches"},
        {"flash", "flashes"}, {"sketch", "sketches"}}) {
      assertEquals(terms("body_nl", pair[0]), terms("body_nl", pair[1]), pair[1]);
    }
    for (String[] apart : new String[][] {{"zanger", "zangeres"}, {"prins", "prinses"},
        {"leraar", "lerares"}}) {
      assertNotEquals(terms("body_nl", apart[0]), terms("body_nl", apart[1]), apart[1]);
    }
  }

  @Test
  void aDiminutiveMeetsTheWordItIsMadeFrom() throws IOException {
    for (String[] forms : new String[][] {{"hond", "hondje"}, {"buurt", "buurtjes"},
        {"bier", "biertje"}, {"bloem", "bloempje"}, {"bal", "balletje"}, {"kring", "kringetje"},
        {"koning", "koninkje"}, {"glas", "glaasje"}, {"auto", "autootje"},
        {"rij", "rijtjes"}, {"huis", "huisje"}, {"honden", "hondjes"}, {"tuin", "tuintje"},
        {"zeil", "zeiltjes"}, {"sleutel", "sleuteltje"}, {"app", "appje"}}) {
      assertEquals(terms("body_nl", forms[0]), terms("body_nl", forms[1]), forms[1]);
    }
    assertEquals(List.of("rijtjeshuis", "rij", "huis"), terms("body_nl", "rijtjeshuis"),
        "a diminutive inside a compound too");
    assertEquals(terms("body_nl", "buurt"), terms("body_nl", "buurtje"), "not buur");
  }

  @Test
  void aQueryReadsADiminutiveAsItsWordBeforeSplittingIt() {
    assertEquals(List.of(), DutchCompounds.segments("teampje"), "not team + pje");
    assertEquals(List.of("wijk", "agent"), DutchCompounds.segments("wijkagentje"));
  }

  @Test
  void aWordThatOnlyEndsLikeADiminutiveIsLeftAlone() {
    assertEquals(null, DutchDiminutiveFilter.base("oranje"));
    assertEquals(null, DutchDiminutiveFilter.base("beetje"), "a bit, not a small bite");
    assertEquals(null, DutchDiminutiveFilter.base("uitje"), "uit is a stop word");
    assertEquals(null, DutchDiminutiveFilter.base("meisje"));
    assertEquals(null, DutchDiminutiveFilter.base("je"));
  }

  @Test
  void queriesAreNotDecompoundedByTheAnalyzer() throws IOException {
    assertEquals(List.of("buurtpreventie"), terms(LanguageAnalyzer.forQueries(), "body_nl",
        "buurtpreventie"));
  }

  @Test
  void aCompoundSplitsIntoPartsThatMakeItUp() {
    assertEquals(List.of("whatsapp", "groep"), DutchCompounds.segments("whatsappgroep"));
    assertEquals(List.of("veiligheid", "gevoel"), DutchCompounds.segments("veiligheidsgevoel"));
    assertEquals(List.of(), DutchCompounds.segments("gemeente"));
    assertEquals(List.of("amateur", "speurders"), DutchCompounds.segments("amateurspeurders"));
    assertEquals(List.of("privacy", "risico"), DutchCompounds.segments("Privacyrisico's"));
    assertEquals(List.of(), DutchCompounds.segments("bewoners~2"), "punctuation is no part");
    assertEquals(List.of("woning", "inbraken"), DutchCompounds.segments("woninginbraken?"));
    assertEquals(List.of("whatsapp", "groepen"), DutchCompounds.segments("WhatsApp-groepen"));
  }

  @Test
  void anUnknownCompoundIsReadAsItsKnownPartAndTheRest() {
    assertEquals(List.of("politie", "app"), DutchCompounds.segments("politieapp"));
    assertEquals(List.of("honden", "uitlaters"), DutchCompounds.segments("hondenuitlaters"));
    assertEquals(List.of(), DutchCompounds.segments("wijkagnet"), "a misspelling, not a compound");
  }

  /**
   * A compound the list holds whole but cannot cover ({@code app} is shorter than any listed
   * part) has no parts of its own, but read as unlisted it has those its plural has; a known
   * part's linking {@code s} belongs to neither part.
   */
  @Test
  void aListedCompoundWithAShortPartIsReadAsUnlistedOnRequest() {
    assertEquals(List.of(), DutchCompounds.segments("appgroep"));
    assertEquals(List.of("app", "groepen"), DutchCompounds.segments("appgroepen"));
    assertEquals(List.of("app", "groep"), DutchCompounds.segmentsAsUnlisted("appgroep"));
    assertEquals(List.of("app", "groep"), DutchCompounds.segmentsAsUnlisted("appgroepje"));
    assertEquals(List.of("groep", "app"), DutchCompounds.segmentsAsUnlisted("groepsapp"));
    assertEquals(List.of(), DutchCompounds.segmentsAsUnlisted("whatsappgroep"), "covered");
    assertEquals(List.of(), DutchCompounds.segmentsAsUnlisted("politieapp"), "not listed");
    assertEquals(List.of("veiligheid", "app"), DutchCompounds.segments("veiligheidsapp"));
    assertEquals(List.of("buurt", "sms"), DutchCompounds.segments("buurtsms"), "no rest 'ms'");
  }

  /**
   * A place name is no known part and an unknown rest: {@code Utrecht} found the texts saying
   * "echt" through utr + echt, {@code Dordrecht} those saying "recht".
   */
  @Test
  void aNameIsNoKnownPartAndAnUnknownRest() {
    for (String name : List.of("Utrecht", "Dordrecht", "Maastricht", "Leeuwarden")) {
      assertTrue(DutchNames.isName(name), name);
      assertEquals(List.of(), DutchCompounds.segments(name), name);
    }
    assertFalse(DutchNames.isName("Delft"), "delft is also a word");
    assertFalse(DutchNames.isName("politieapp"));
  }

  @Test
  void anEnglishWordIsNoDutchCompound() throws IOException {
    assertEquals(List.of(), DutchCompounds.segments("mistrust"), "not mist + rust");
    assertEquals(List.of(), DutchCompounds.segments("transition"), "not transit + ion");
    assertEquals(List.of(), DutchCompounds.segments("safeguarding"));
    assertEquals(List.of("mistrust"), terms("body_nl", "mistrust"));
    assertEquals(List.of("woning", "inbraken"), DutchCompounds.segments("woninginbraken"),
        "Dutch compounds are split as before");
  }

  @Test
  void englishFieldsUseEnglishAnalysis() throws IOException {
    assertEquals(List.of("neighbourhood", "watch"), terms("body_en", "the neighbourhood watches"));
    assertEquals(terms("body_en", "resident"), terms("body_en", "residents"));
  }

  @Test
  void englishFieldsLeaveOutDutchStopWordsButEnglishWords() throws IOException {
    assertEquals(List.of("contact", "met", "politi"), terms("keywords_en", "contact met de politie"));
    assertEquals(List.of(), terms("body_en", "de en voor het een"));
    assertEquals(List.of("van", "met", "door"), terms("body_en", "van met door"));
  }

  @Test
  void wordsOfAnotherMeaningThatPorterJoinsStayApart() throws IOException {
    assertNotEquals(terms("body_nl", "ouderen"), terms("body_nl", "ouders"));
    assertEquals(terms("body_nl", "ouderen"), terms("body_nl", "oudere"));
    assertEquals(terms("body_nl", "ouder"), terms("body_nl", "ouders"));
    assertNotEquals(terms("body_nl", "openbare"), terms("body_nl", "open"));
    assertEquals(terms("body_nl", "openbaar"), terms("body_nl", "openbare"));
    assertNotEquals(terms("body_nl", "ondermijning"), terms("body_nl", "ondermijnen"));
    assertEquals(terms("body_nl", "ondermijning"), terms("body_nl", "ondermijningen"));
    assertEquals(List.of("ouderenzorg", "oudere", "zorg"), terms("body_nl", "ouderenzorg"),
        "a compound's part is read like the word");
    for (String[] apart : new String[][] {{"community", "communication"},
        {"informal", "information"}, {"evening", "even"}, {"useful", "use"},
        {"responsible", "response"}, {"measurement", "measures"}, {"commitment", "commit"}}) {
      assertNotEquals(terms("body_en", apart[0]), terms("body_en", apart[1]), apart[0]);
    }
    assertEquals(terms("body_en", "measurement"), terms("body_en", "measurements"));
    assertEquals(terms("body_en", "commitment"), terms("body_en", "commitments"));
    assertEquals(terms("body_en", "commit"), terms("body_en", "committed"));
    assertEquals(terms("body_en", "community"), terms("body_en", "communities"));
    assertEquals(terms("body_en", "responsible"), terms("body_en", "responsibility"));
    assertEquals(terms("body_en", "evening"), terms("body_en", "evenings"));
    assertEquals(terms("body_en", "child"), terms("body_en", "children"));
    assertEquals(terms("body_en", "woman"), terms("body_en", "women"));
  }

  private List<String> terms(String field, String text) throws IOException {
    return terms(analyzer, field, text);
  }

  private static List<String> terms(Analyzer analyzer, String field, String text)
      throws IOException {
    return Tokens.terms(analyzer.tokenStream(field, text));
  }
}
