package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A query that is a concept's name of several words ranks the texts on the concept above those
 * that hold its words, or their translations, apart.
 */
class ConceptNameQueryTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  /** The shipped documents tagged with the benefit feeling-safer (fear of crime, ...). */
  private static final Set<String> FEELING_SAFER = Set.of("bewonersbudget",
      "burenhulp-bij-inbraakpreventie", "burgers-in-veiligheid", "burgerwacht",
      "buurtcoordinatoren", "buurtpreventie", "buurtschouw", "buurtvaders", "citizens-in-security",
      "keurmerk-veilig-ondernemen", "neighbourhood-fathers", "neighbourhood-watch",
      "residents-budgets", "waaks", "whatsapp-buurtpreventie", "whatsapp-neighbourhood-prevention");

  @Test
  void theTranslationsOfANamesWordsCountWhereTheyStandTogether() {
    // fear of crime translates as angst and misdaad, which the texts on anonymous reporting hold
    // apart ("uit angst voor represailles", "Meld Misdaad Anoniem"): they ranked first.
    List<String> ids = englishIds("fear of crime");
    assertTrue(FEELING_SAFER.containsAll(ids.subList(0, 5)), ids.toString());
    assertFalse(ids.subList(0, 10).contains("meld-misdaad-anoniem"), ids.toString());
  }

  @Test
  void aNamesWordsApartWeighLessThanTheConcept() {
    // The text on security panels says "security" often and "sense" of control once.
    List<String> ids = englishIds("sense of security");
    assertTrue(FEELING_SAFER.containsAll(ids.subList(0, 5)), ids.toString());
    assertTrue(ids.indexOf("security-panels") > 5 || !ids.contains("security-panels"),
        ids.toString());
  }

  @Test
  void aTextHoldingANamesWordsApartIsStillFound() {
    // The English text on anonymous reporting says "fear of reprisals" and "crime": found, lower.
    assertTrue(englishIds("fear of crime").contains("anonymous-crime-reporting"));
  }

  @Test
  void aTextOnTheConceptKeepsTheTranslationsOfItsNamesWordsWhereverTheyStand() {
    // buurtinformatieavond, tagged with contact, says bijeenkomst (meeting) and bewoners, not a
    // translation of neighbours: only its translation of meeting matches.
    for (String query : List.of("meeting the neighbours", "meeting the neighbors",
        "\"meeting the neighbours\"")) {
      List<String> ids = englishIds(query);
      assertEquals("buurtinformatieavond", ids.get(0), query + ": " + ids);
    }
  }

  @Test
  void aTextOffTheConceptLosesTheTranslationOfOneOfItsNamesWordsToo() {
    // "Meld Misdaad Anoniem" translates crime alone; it is not tagged with preventive behaviour
    // nor crime reduction, and ranked seventh to fourth for these names.
    for (String query : List.of("crime prevention", "reduced crime")) {
      List<String> ids = englishIds(query);
      assertFalse(ids.subList(0, 10).contains("meld-misdaad-anoniem"), query + ": " + ids);
      assertFalse(ids.subList(0, 10).contains("anonymous-crime-reporting"), query + ": " + ids);
    }
  }

  @Test
  void aWordOfADutchNameWithoutOtherNamesStillKeepsTheOthersOtherNamesTogether() {
    // angst has no other Dutch name, so misdaad (another name of criminaliteit) counted wherever
    // it stood, and "Meld Misdaad Anoniem" ranked the texts on anonymous reporting first; the
    // same for vermindering, whose other name verminderen the analysis reads alike.
    for (String lang : List.of("nl", "en")) {
      List<String> ids = ids("angst voor criminaliteit", lang);
      assertTrue(FEELING_SAFER.containsAll(ids.subList(0, 4)), lang + ": " + ids);
      ids = ids("Vermindering van criminaliteit", lang);
      assertFalse(ids.subList(0, 10).contains("meld-misdaad-anoniem"), lang + ": " + ids);
      assertFalse(ids.subList(0, 10).contains("anonymous-crime-reporting"), lang + ": " + ids);
    }
  }

  @Test
  void aHitsPassageShowsTheNameWhereverItsWordsStand() {
    // Ranking weighs translations standing apart less; the passage of a text found is chosen by
    // them wherever they stand: the sentence on trust in the police, not the introduction.
    Map<String, String> snippets = englishSnippets("Vertrouwen in de politie");
    assertTrue(snippets.get("police-kids-contact").contains("<mark>trust in the police</mark>"),
        snippets.get("police-kids-contact"));
    assertTrue(englishSnippets("crime displacement").get("buurtvaders")
        .contains("<mark>verplaatst</mark>"), englishSnippets("crime displacement").toString());
  }

  private static Map<String, String> englishSnippets(String query) {
    return shipped.service().search(new SearchRequest(query, Map.of(), null, null, 1, 20,
        SortOrder.RELEVANCE, "en")).hits().stream()
        .collect(Collectors.toMap(SearchResponse.Hit::id, SearchResponse.Hit::snippet));
  }

  private static List<String> englishIds(String query) {
    return ids(query, "en");
  }

  private static List<String> ids(String query, String lang) {
    return shipped.service().search(new SearchRequest(query, Map.of(), null, null, 1, 20,
        SortOrder.RELEVANCE, lang)).hits().stream().map(SearchResponse.Hit::id).toList();
  }
}
