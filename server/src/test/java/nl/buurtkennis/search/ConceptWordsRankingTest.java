package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How the words that name a concept weigh beside the texts: one word of a name of several words
 * says less than a text holding the word, a document found through a concept ranks by how much it
 * speaks of it, and an operator word is no word of a concept's name.
 */
class ConceptWordsRankingTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void aWordOfALongerNameRanksTheTextsHoldingItFirst() {
    // broken is a word of "broken windows", a name of public space; one text says "broken"
    assertEquals("neighbourhood-watch", ids("broken", "en").get(0));
    assertEquals("neighbourhood-watch", ids("windows", "en").get(0));
  }

  @Test
  void aReportIsNoUseOfMoreReporting() {
    // "More reporting" is "reporting" searched: every "report" of the report on citizens in
    // security, the study itself, counted as a use of the concept, and it ranked first for
    // aangifte, its Dutch twin 21st; English texts citing "the report" came in through it.
    // The name still marks a passage (as "te veel sturing" marks one for red tape), lower down.
    List<SearchResponse.Hit> hits = hits("aangifte", "nl");
    List<String> ids = hits.stream().map(SearchResponse.Hit::id).toList();
    assertTrue(ids.indexOf("burgers-in-veiligheid") < ids.indexOf("citizens-in-security"),
        ids.toString());
    assertTrue(ids.indexOf("citizens-in-security") >= 10, ids.toString());
    assertFalse(ids.contains("police-kids-contact"), "says 'the report' of the study only");
  }

  @Test
  void theDocumentAQueryNamesRanksHighWithoutTheQuerysOtherWords() {
    // the Burgernet document does not say helpt: it ranked 12th of 23, below texts naming
    // Burgernet once beside helpt
    List<String> hits = ids("helpt burgernet", "nl");
    assertTrue(hits.indexOf("burgernet") >= 0 && hits.indexOf("burgernet") < 3, hits.toString());
  }

  @Test
  void theDocumentAQueryNamesRanksHighWhenEachWordNamesAConcept() {
    // resultaten names the benefits; the Burgernet document, which does not say resultaten,
    // ranked 11th of 44 and the one on buurtpreventie 14th of 45
    List<String> burgernet = ids("resultaten burgernet", "nl");
    assertTrue(burgernet.indexOf("burgernet") >= 0 && burgernet.indexOf("burgernet") < 3,
        burgernet.toString());
    List<String> buurtpreventie = ids("buurtpreventie resultaten", "nl");
    assertTrue(buurtpreventie.indexOf("buurtpreventie") >= 0
        && buurtpreventie.indexOf("buurtpreventie") < 5, buurtpreventie.toString());
  }

  @Test
  void preventingBurglaryInWordsFindsThePracticesOfPreventiveBehaviour() {
    // inbraak voorkomen says what inbraakpreventie says; it found the burglary texts but
    // ranked neither buurtpreventie nor its WhatsApp form among the first ten
    List<String> hits = ids("inbraak voorkomen", "nl");
    for (String id : List.of("buurtpreventie", "whatsapp-buurtpreventie")) {
      assertTrue(hits.indexOf(id) >= 0 && hits.indexOf(id) < 5, id + " in " + hits);
    }
  }

  @Test
  void orAndTheBarFindTheSame() {
    // wijkagent OR was read as the run "wijkagent or", a longer name of what wijkagent names,
    // which let every document in through the parts of wijkagent: all 46 against 34
    assertEquals(ids("wijkagent | jongeren", "nl"), ids("wijkagent OR jongeren", "nl"));
    assertEquals(ids("wijkagent", "nl"), ids("wijkagent OR", "nl"));
  }

  @Test
  void aQuotedNameRanksTheTaggedDocumentsAsItsWordsUnquotedDo() {
    // the report has a section on representativiteit; quoted, the word found the same documents
    // but tied every tagged one, and the report ranked 8th below texts saying the word once
    assertEquals("burgers-in-veiligheid", ids("\"representativiteit\"", "nl").get(0));
    assertEquals(ids("representativiteit", "nl").get(0), ids("\"representativiteit\"", "nl").get(0));
  }

  @Test
  void aQuotedNameOfSeveralWordsOrACompoundRanksAndShowsPassagesAsItsWordsUnquoted() {
    // "verplaatsingseffect" listed the ten tagged documents by id, each with its summary;
    // "collectieve weerbaarheid" ranked a text saying it once above the report's section on it
    for (String name : List.of("verplaatsingseffect", "collectieve weerbaarheid",
        "sociale uitsluiting")) {
      List<SearchResponse.Hit> quoted = hits("\"" + name + "\"", "nl");
      List<SearchResponse.Hit> unquoted = hits(name, "nl");
      assertEquals(unquoted.get(0).id(), quoted.get(0).id(), name);
      assertEquals(unquoted.get(0).section(), quoted.get(0).section(), name);
    }
    List<SearchResponse.Hit> displacement = hits("\"crime displacement\"", "en");
    assertEquals(List.of("citizens-in-security", "burgers-in-veiligheid"),
        displacement.stream().limit(2).map(SearchResponse.Hit::id).toList());
    assertTrue(displacement.stream().limit(3).allMatch(hit -> hit.section() != null),
        "a passage, not the summary");
  }

  @Test
  void aQuotedPracticeNameShowsTheSamePassageAsItsWordsUnquoted() {
    // quoted, the passage weighed the concept's other names as much as the typed name:
    // "sms-alert" showed a sentence on Burgernet, "buurtbemiddeling" one on burenruzies
    for (String name : List.of("sms-alert", "buurtbemiddeling", "burgernet")) {
      SearchResponse.Hit quoted = hits("\"" + name + "\"", "nl").get(0);
      SearchResponse.Hit unquoted = hits(name, "nl").get(0);
      assertEquals(unquoted.snippet(), quoted.snippet(), name);
    }
  }

  @Test
  void unquotingANameKeepsOtherPhrasesQuoted() {
    assertEquals("sociale uitsluiting \"in de wijk\" fear of crime",
        shipped.index().withView(view -> view.concepts().withQuotedNamesUnquoted(
            "\"sociale uitsluiting\" \"in de wijk\" \"fear of crime\"")));
  }

  @Test
  void aQuotedNameRanksFirstTheDocumentWhoseKeywordsNameTheConcept() {
    // no text holds "eigen rechter spelen", so the concept's feature alone ranks: burgerwacht's
    // keywords and summary say eigenrichting, and it tied with AMBER Alert, whose body names
    // vigilantism as often
    assertEquals("burgerwacht", ids("\"eigen rechter spelen\"", "nl").get(0));
  }

  @Test
  void theReportsSectionOnAFormRanksItAmongTheFirstForTheFormsName() {
    // the report ranked 12th for opsporing, behind short practices holding the word in their
    // keywords, its section on the form no more than a few uses in a long body
    for (String form : List.of("opsporing", "toezicht", "conflictbemiddeling",
        "contactbevordering", "beleidsbeïnvloeding")) {
      List<SearchResponse.Hit> hits = hits(form, "nl");
      List<String> ids = hits.stream().map(SearchResponse.Hit::id).toList();
      int rank = ids.indexOf("burgers-in-veiligheid");
      assertTrue(rank >= 0 && rank < 7, form + ": " + ids);
      assertEquals(form, hits.get(rank).section().toLowerCase(Locale.ROOT),
          "the snippet comes from the section on the form");
    }
  }

  @Test
  void aDocumentTitledByANameOfTheConceptRanksAboveOneOnlyTaggedWithIt() {
    // neighbourhood watch is a name of the form citizen surveillance, whose tag the documents on
    // neighbourhood fathers carry for the eye they keep on the street; "Buurtpreventie en
    // buurtwachten" ranked 9th, below them (5th and 7th)
    List<String> watch = ids("neighbourhood watch", "nl");
    assertTrue(watch.indexOf("buurtpreventie") < watch.indexOf("neighbourhood-fathers"),
        watch.toString());
    // community mediation is a name of mediation: the report, with a section on every form,
    // ranked first, the document on neighbourhood mediation second
    assertEquals("buurtbemiddeling", ids("community mediation", "nl").get(0));
    assertEquals("neighbourhood-mediation", ids("community mediation", "en").get(0));
  }

  @Test
  void anEnglishTitleGivingAnEnglishNameOfAFormWithManyDutchNamesCounts() {
    // citizen surveillance has 16 Dutch names; a cap of 24 names shared by both languages left
    // English 8 and cut "WhatsApp neighbourhood prevention", which titles the English text
    SearchRequest request = new SearchRequest("WhatsApp neighbourhood prevention", Map.of(),
        null, null, 1, 10, SortOrder.RELEVANCE, "en", true);
    SearchResponse.Hit hit = shipped.service().search(request).hits().stream()
        .filter(h -> h.id().equals("whatsapp-neighbourhood-prevention")).findFirst()
        .orElseThrow();
    assertTrue(hit.explain().matches().stream().anyMatch(match -> match.kind().equals("title")
        && match.text().equals("citizen-surveillance")), hit.explain().toString());
  }

  @Test
  void aTitleCountsNotForTheConceptsLabel() {
    // the label names the form itself, which the report's section treats; the practices titled
    // by other names of it are kinds of it (theReportsSectionOnAFormRanks... above)
    shipped.index().withView(view -> {
      List<ConceptMatcher.Match> label = view.concepts().find("opsporing");
      assertFalse(label.isEmpty());
      assertTrue(label.stream().allMatch(ConceptMatcher::isLabel), label.toString());
      List<ConceptMatcher.Match> synonym = view.concepts().find("neighbourhood watch");
      assertFalse(synonym.isEmpty());
      assertTrue(synonym.stream().noneMatch(ConceptMatcher::isLabel), synonym.toString());
      return null;
    });
  }

  @Test
  void aQuotedNameFindsNoMoreThanThePhrase() {
    // the concept's other names (eigenrichting, in untagged texts too) count in the order, not
    // in what is found; no untagged text holds the phrase itself
    List<String> quoted = ids("\"eigen rechter spelen\"", "nl");
    List<String> tagged = ids("", "nl", Map.of("issue", List.of("vigilantism")));
    assertTrue(tagged.containsAll(quoted), quoted + " beyond " + tagged);
  }

  @Test
  void onlyAWholeQuotedNameThatIsWantedNamesAConcept() {
    assertEquals(List.of("fear of crime"), quotedNames("\"fear of crime\" politie"));
    assertEquals(List.of(), quotedNames("politie -\"fear of crime\""));
    assertEquals(List.of(), quotedNames("\"fear of crime in de wijk\""));
    assertEquals(List.of(), quotedNames("fear of crime"));
  }

  private static List<String> quotedNames(String query) {
    return shipped.index().withView(view -> view.concepts().quotedNames(query).stream()
        .map(ConceptMatcher.Match::words).distinct().toList());
  }

  private static List<String> ids(String query, String language,
      Map<String, List<String>> filters) {
    SearchResponse response = shipped.service().search(new SearchRequest(query, filters, null,
        null, 1, 100, SortOrder.RELEVANCE, language));
    return response.hits().stream().map(SearchResponse.Hit::id).toList();
  }

  private static List<SearchResponse.Hit> hits(String query, String language) {
    return shipped.service().search(new SearchRequest(query, Map.of(), null, null, 1, 100,
        SortOrder.RELEVANCE, language)).hits();
  }

  private static List<String> ids(String query, String language) {
    return ids(query, language, Map.of());
  }
}
