package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.taxonomy.LocalizedText;
import nl.buurtkennis.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/** How a query's runs of words are matched to the names of concepts. */
class ConceptMatcherTest {
  private static final ConceptMatcher MATCHER = new ConceptMatcher(new Taxonomy(List.of(
      new Facet("form", text("Vorm", "Form"), text("", ""), false, List.of(
          concept("neighbourhood-watch", "buurtpreventie", "neighbourhood watch"),
          concept("reporting", "incidenten melden", "reporting incidents"),
          concept("fear", "angst voor criminaliteit", "fear of crime"),
          concept("vigilantism", "eigenrichting", "taking the law into your own hands")))), ""));

  @Test
  void aRunIsMatchedInflectedInAnotherSpellingAndWithoutItsStopWords() {
    assertEquals(List.of("neighbourhood-watch:neighborhood watches"),
        found("neighborhood watches helpen"));
    assertEquals(List.of("reporting:incidenten gemeld"), found("incidenten gemeld"));
    assertEquals(List.of("reporting:incident meldt"), found("incident meldt"));
    assertEquals(List.of("fear:fear crime"), found("fear crime"));
    assertEquals(List.of("fear:angst voor criminaliteit", "neighbourhood-watch:buurtpreventie"),
        found("angst voor criminaliteit en Buurtpréventie"));
  }

  /** A name longer than six words is looked up whole, with any stop words in it. */
  @Test
  void aNameOfSevenWordsIsMatchedWithOtherStopWords() {
    assertEquals(List.of("vigilantism:taking the law into their own hands"),
        found("why taking the law into their own hands"));
    assertEquals(List.of("vigilantism"),
        MATCHER.quotedNames("\"taking the law into your own hands\"").stream()
            .map(match -> match.ref().concept().id()).toList());
  }

  @Test
  void excludedWordsAndQuotedPhrasesNameNoConcept() {
    assertEquals(List.of(), found("-buurtpreventie \"fear of crime\""));
    assertEquals(List.of("reporting:reporting incidents"),
        found("reporting incidents -\"fear of crime\""));
  }

  @Test
  void aRunsStemsAreItsWordsStemmedEachAlone() {
    for (String run : List.of("buurtpreventie helpen", "reporting incidents neighborhoods",
        "gemelde meldingen")) {
      List<String> words = ConceptMatcher.words(run);
      StringBuilder dutch = new StringBuilder();
      StringBuilder english = new StringBuilder();
      words.forEach(word -> {
        dutch.append(ConceptKeyStems.of(word).dutch());
        english.append(ConceptKeyStems.of(word).english());
      });
      assertEquals(ConceptMatcher.stemmed(words, new DutchStemmer()), dutch.toString());
      assertEquals(ConceptMatcher.stemmed(words, new EnglishStemmer()), english.toString());
    }
  }

  /**
   * Porter's Dutch stem of {@code gevoelens} is {@code gevoelen}, of {@code gevoel} {@code gevoel};
   * the index drops the {@code 's} of {@code risico's}: a name matches the other number too.
   */
  @Test
  void aNameIsMatchedInTheOtherNumber() {
    ConceptMatcher matcher = new ConceptMatcher(new Taxonomy(List.of(
        new Facet("benefit", text("Baat", "Benefit"), text("", ""), false, List.of(
            concept("unsafe", "onveiligheidsgevoelens", "feelings of unsafety"),
            concept("safe", "veiligheidsgevoel", "feeling safe"),
            concept("feelings", "gevoelens van onveiligheid", "unsafe feelings"),
            concept("risks", "risico's", "risks")))), ""));
    assertEquals(List.of("unsafe:onveiligheidsgevoel"), found(matcher, "onveiligheidsgevoel"));
    assertEquals(List.of("safe:veiligheidsgevoelens"), found(matcher, "veiligheidsgevoelens"));
    assertEquals(List.of("feelings:gevoel van onveiligheid"),
        found(matcher, "gevoel van onveiligheid"));
    assertEquals(List.of("risks:risico"), found(matcher, "risico"));
    assertEquals(List.of("risks:risico s"), found(matcher, "risico's"));
  }

  @Test
  void onlyAPluralInEnsIsReadAsItsSingular() {
    assertEquals("gevoelen", ConceptKeyStems.singular("gevoelens"));
    assertEquals("mens", ConceptKeyStems.singular("mens"));
    assertEquals(ConceptKeyStems.of("wapen").dutch(), ConceptKeyStems.of("wapens").dutch());
    assertEquals("veilig", ConceptKeyStems.of("veiligheid").dutch());
  }

  private static List<String> found(String query) {
    return found(MATCHER, query);
  }

  private static List<String> found(ConceptMatcher matcher, String query) {
    return matcher.find(query).stream()
        .map(match -> match.ref().concept().id() + ":" + match.words()).toList();
  }

  private static Concept concept(String id, String dutch, String english) {
    return new Concept(id, null, text(dutch, english), text("", ""), List.of(), List.of(),
        List.of());
  }

  private static LocalizedText text(String nl, String en) {
    return new LocalizedText(nl, en);
  }
}
