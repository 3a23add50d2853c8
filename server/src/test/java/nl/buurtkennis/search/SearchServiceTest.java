package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.search.SearchResponse.FacetValue;
import nl.buurtkennis.search.SearchResponse.Hit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SearchServiceTest {
  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  @Test
  void emptyQueryFindsEveryDocument() {
    assertEquals(6, search("", Map.of()).total());
  }

  @Test
  void pluralQueryFindsDocumentsThatOnlySaySingular() {
    assertTrue(ids(search("bewoners", Map.of())).contains("nl-preventie"));
    assertTrue(ids(search("wijkagenten", Map.of())).contains("nl-preventie"));
  }

  @Test
  void facetCountsOfAllDocumentsMatchTheHandCount() {
    Map<String, List<FacetValue>> facets = search("", Map.of()).facets();
    assertEquals(2, count(facets, "form", "citizen-surveillance"));
    assertEquals(1, count(facets, "form", "mediation"));
    assertEquals(5, count(facets, "benefit", "feelings"));
    assertEquals(2, count(facets, "benefit", "effects"));
    assertEquals(2, count(facets, "benefit", "trust-police"));
    assertEquals(3, count(facets, "issue", "unintended-consequences"));
    assertEquals(2, count(facets, "place", "Rotterdam"));
    assertEquals(2, count(facets, "year", "2014"));
    assertEquals(2, count(facets, "language", "en"));
    assertFalse(facets.get("benefit").stream().anyMatch(v -> v.id().equals("behaviour")),
        "values that no document has are left out");
  }

  @Test
  void facetsAreAndedAndValuesOfOneFacetOred() {
    assertEquals(2, search("", Map.of("form", List.of("citizen-surveillance"),
        "benefit", List.of("feelings"))).total());
    assertEquals(1, search("", Map.of("form", List.of("citizen-surveillance"),
        "benefit", List.of("feelings"), "language", List.of("en"))).total());
    assertEquals(2, search("", Map.of("form", List.of("mediation", "public-space"))).total());
  }

  @Test
  void aSelectedParentIncludesItsChildren() {
    assertEquals(2, search("", Map.of("benefit", List.of("effects"))).total());
    assertEquals(3, search("", Map.of("issue", List.of("unintended-consequences"))).total());
  }

  @Test
  void countsOfAFacetIgnoreItsOwnSelection() {
    SearchResponse response = search("", Map.of("form", List.of("citizen-surveillance")));
    assertEquals(2, response.total());
    assertEquals(1, count(response.facets(), "form", "mediation"));
    assertTrue(value(response.facets(), "form", "citizen-surveillance").selected());
    assertEquals(2, count(response.facets(), "benefit", "feelings"));
    assertEquals(1, count(response.facets(), "benefit", "effects"));
    assertEquals(0, count(response.facets(), "benefit", "trust-residents"));
  }

  @Test
  void yearRangeFiltersAndYearCountsIgnoreIt() {
    SearchResponse from2016 = fixture.service().search(request("", Map.of(), 2016, null));
    assertEquals(4, from2016.total());
    assertEquals(2, count(from2016.facets(), "year", "2014"));
    assertEquals(2, fixture.service().search(request("", Map.of(), null, 2015)).total());
  }

  /** Within a year, the page's language first; then, all else equal, by id. */
  @Test
  void sortsByYearWithTiesBrokenByThePagesLanguageThenById() {
    SearchRequest newest = new SearchRequest("", Map.of(), null, null, 1, 10, SortOrder.NEWEST, "nl");
    assertEquals(List.of("xss", "nl-budget", "en-watch", "nl-bemiddeling", "nl-preventie",
        "en-report"), ids(fixture.service().search(newest)));
    SearchRequest oldest = new SearchRequest("", Map.of(), null, null, 1, 2, SortOrder.OLDEST, "nl");
    assertEquals(List.of("nl-preventie", "en-report"), ids(fixture.service().search(oldest)));
    SearchRequest english = new SearchRequest("", Map.of(), null, null, 1, 2, SortOrder.OLDEST,
        "en");
    assertEquals(List.of("en-report", "nl-preventie"), ids(fixture.service().search(english)));
  }

  @Test
  void pagesDoNotOverlap() {
    SearchRequest page2 = new SearchRequest("", Map.of(), null, null, 2, 4, SortOrder.RELEVANCE,
        "nl");
    SearchResponse response = fixture.service().search(page2);
    assertEquals(6, response.total());
    assertEquals(2, response.hits().size());
  }

  @Test
  void snippetMarksTheMatchAndNamesItsSection() {
    Hit hit = search("wijkagent", Map.of()).hits().get(0);
    assertEquals("nl-preventie", hit.id());
    assertTrue(hit.snippet().contains("<mark>wijkagent</mark>"), hit.snippet());
    assertEquals("Wat het is", hit.section());
    assertEquals("wat-het-is", hit.anchor());
  }

  @Test
  void snippetMarksTheWordsAPrefixFinds() {
    Hit hit = search("burenr*", Map.of()).hits().get(0);
    assertEquals("nl-bemiddeling", hit.id());
    assertTrue(hit.snippet().contains("<mark>burenruzie</mark>"), hit.snippet());
  }

  @Test
  void snippetIsTheMatchingTextOfOneSectionWithoutTheHeadingsAroundIt() {
    Hit hit = search("wijkagent", Map.of()).hits().get(0);
    assertEquals("Een bewoner maakt rondes en meldt wat opvalt aan de <mark>wijkagent</mark>.",
        hit.snippet());
  }

  @Test
  void snippetsEscapeEveryCharacterOfTheText() {
    Hit hit = search("opsporing", Map.of()).hits().stream().filter(h -> h.id().equals("xss"))
        .findFirst().orElseThrow();
    String withoutMarks = hit.snippet().replace("<mark>", "").replace("</mark>", "");
    assertFalse(withoutMarks.contains("<"), hit.snippet());
    assertTrue(hit.snippet().contains("&lt;script&gt;"), hit.snippet());
    assertTrue(hit.snippet().contains("&amp;"), hit.snippet());
  }

  @Test
  void queryOperatorsWork() {
    // en-watch is tagged with the concept one of whose Dutch names is "gevoel van veiligheid".
    assertEquals(List.of("nl-preventie", "en-watch"),
        ids(search("\"gevoel van veiligheid\"", Map.of())));
    assertFalse(ids(search("bewoners -wijkagent", Map.of())).contains("nl-preventie"));
    assertEquals(2, search("burenruzie OR verlichting", Map.of()).total());
    assertTrue(ids(search("bemidd*", Map.of())).contains("nl-bemiddeling"));
  }

  @Test
  void aWordFoundOnlyInsideCompoundsFindsThem() {
    assertTrue(ids(search("preventie", Map.of())).contains("nl-preventie"));
  }

  @Test
  void aCompoundQueryFindsItsPartsWrittenApart() {
    assertTrue(ids(search("veiligheidsgevoel", Map.of())).contains("nl-preventie"));
  }

  @Test
  void aConceptNamedInEitherLanguageFindsTheDocumentsTaggedWithIt() {
    assertTrue(ids(search("buurtbemiddeling", Map.of())).contains("nl-bemiddeling"));
    assertTrue(ids(search("neighbourhood mediation", Map.of())).contains("nl-bemiddeling"));
    assertEquals("nl-preventie", search("wijkagent", Map.of()).hits().get(0).id(),
        "an exact match stays first");
  }

  @Test
  void aDocumentIsFoundByTheNamesOfItsConceptsInTheOtherLanguageAndExplainSaysSo() {
    SearchRequest request = new SearchRequest("dispute resolution", Map.of(), null, null, 1, 10,
        SortOrder.RELEVANCE, "nl", true);
    Hit hit = fixture.service().search(request).hits().stream()
        .filter(h -> h.id().equals("nl-bemiddeling")).findFirst().orElseThrow();
    assertTrue(hit.explain().matches().stream()
        .anyMatch(m -> m.kind().equals("concept-name") && m.field().equals("form")
            && m.text().equals("mediation") && m.score() > 0),
        hit.explain().toString());
  }

  @Test
  void phrasesAndPrefixesAlsoSearchTheConceptNames() {
    for (String query : List.of("\"dispute resolution\"", "dispu*", "resolution")) {
      SearchRequest request = new SearchRequest(query, Map.of(), null, null, 1, 10,
          SortOrder.RELEVANCE, "nl", true);
      Hit hit = fixture.service().search(request).hits().stream()
          .filter(h -> h.id().equals("nl-bemiddeling")).findFirst()
          .orElseThrow(() -> new AssertionError(query));
      assertTrue(hit.explain().matches().stream()
          .anyMatch(m -> m.kind().equals("concept-name") && m.text().equals("mediation")),
          query + ": " + hit.explain());
    }
    assertFalse(ids(search("\"resolution dispute\"", Map.of())).contains("nl-bemiddeling"),
        "a phrase asks for its words in order, in a concept's names as in a text");
    assertFalse(ids(search("\"dispute zebra\"", Map.of())).contains("nl-bemiddeling"));
  }

  @Test
  void explainingStopsWhenItsTimeIsUpAndTheHitsAreStillAllThere() {
    SearchRequest request = new SearchRequest("wijkagent OR buurtbemiddeling", Map.of(), null,
        null, 1, 10, SortOrder.RELEVANCE, "nl", true);
    SearchResponse unhurried = new SearchService(fixture.index(), SearchSettings.DEFAULT,
        Duration.ofMinutes(1), Duration.ofMinutes(1)).search(request);
    assertFalse(unhurried.partial());
    assertTrue(unhurried.hits().size() > 1);
    assertTrue(unhurried.hits().stream().allMatch(hit -> hit.explain() != null));
    SearchResponse cut = new SearchService(fixture.index(), SearchSettings.DEFAULT,
        Duration.ofMinutes(1), Duration.ZERO).search(request);
    assertFalse(cut.partial(), "the hits are all there, their explanations are not");
    assertEquals(ids(unhurried), ids(cut));
    assertTrue(cut.hits().stream().allMatch(hit -> hit.explain() == null));
  }

  @Test
  void explainShowsTheNamesOfANamedConceptThatTheBodyUses() {
    SearchRequest request = new SearchRequest("buurtbemiddeling", Map.of(), null, null, 1, 10,
        SortOrder.RELEVANCE, "nl", true);
    Hit hit = fixture.service().search(request).hits().stream()
        .filter(h -> h.id().equals("nl-bemiddeling")).findFirst().orElseThrow();
    assertTrue(hit.explain().matches().stream()
        .anyMatch(m -> m.kind().equals("name") && m.field().equals("body_nl")
            && m.text().equals("burenruzie")),
        hit.explain().toString());
    assertTrue(hit.explain().matches().stream()
        .anyMatch(m -> m.kind().equals("concept") && m.field().equals("form")
            && m.text().equals("mediation") && m.score() > ConceptExpansion.WEIGHT),
        "tagged and using its names: " + hit.explain());
  }

  @Test
  void explainSaysWhichTypedWordAGlossaryTranslationCameFrom() {
    // No Dutch word was typed: every match in a Dutch field is the glossary's doing.
    Hit hit = explained("volunteers", "nl", "nl-bemiddeling");
    assertTrue(hit.explain().matches().stream()
        .anyMatch(m -> m.field().equals("summary_nl") && m.score() > 0
            && "vrijwilliger — vertaling van volunteers".equals(m.via())),
        hit.explain().toString());
    assertTrue(hit.explain().matches().stream()
        .filter(m -> m.field().endsWith("_nl")).allMatch(m -> m.via() != null),
        hit.explain().toString());
    Hit english = explained("volunteers", "en", "nl-bemiddeling");
    assertTrue(english.explain().matches().stream()
        .anyMatch(m -> "vrijwilliger — translation of volunteers".equals(m.via())),
        english.explain().toString());
  }

  @Test
  void aGlossarySynonymThatTheAnalysisReadsAsTheTypedWordIsNotSearchedTwice() {
    // gemeenten and its other name gemeente are one term: the match counts once, as typed.
    Hit hit = explained("gemeenten", "nl", "nl-budget");
    List<HitExplanation.Match> body = hit.explain().matches().stream()
        .filter(m -> m.field().equals("body_nl")).toList();
    assertEquals(1, body.size(), body.toString());
    assertTrue(body.get(0).via() == null && body.get(0).score() > 0, body.toString());
  }

  @Test
  void explainMarksNoMatchOfAWordAsTyped() {
    Hit hit = explained("buurtbemiddeling", "nl", "nl-bemiddeling");
    assertTrue(hit.explain().matches().stream().allMatch(m -> m.via() == null),
        hit.explain().toString());
  }

  @Test
  void explainingChangesNoScore() {
    for (String query : List.of("volunteers", "gemeenten", "elderly bewoners", "wiet")) {
      SearchRequest plain = request(query, Map.of(), null, null);
      SearchRequest explained = new SearchRequest(query, Map.of(), null, null, 1, 10,
          SortOrder.RELEVANCE, "nl", true);
      List<Hit> hits = fixture.service().search(explained).hits();
      assertEquals(ids(fixture.service().search(plain)), hits.stream().map(Hit::id).toList(),
          query);
    }
  }

  @Test
  void theTaxonomyLabelsTranslateAQueryWordByWord() {
    TaxonomyLexicon lexicon = new TaxonomyLexicon(fixture.service().taxonomy());
    assertEquals(List.of("vertrouwen", "politie"), lexicon.translate("trust the police", "nl"));
    assertEquals(List.of("trust", "police"), lexicon.translate("vertrouwen politie", "en"));
    assertEquals(List.of(), lexicon.translate("zebra", "en"));
  }

  @Test
  void theGlossaryTranslatesWordsThatNameNoConcept() {
    TaxonomyLexicon lexicon = new TaxonomyLexicon(fixture.service().taxonomy());
    assertEquals(List.of("ouderen", "senioren"), lexicon.translate("elderly", "nl"));
    assertEquals(List.of("elderly", "seniors", "pensioners", "older people", "older person"),
        lexicon.translate("ouderen", "en"));
    assertEquals(List.of("vrijwilliger", "vrijwilligers"), lexicon.translate("volunteers", "nl"));
    assertEquals(List.of("hennep"), lexicon.alternatives("wiet", "nl"), "its other Dutch name");
    assertEquals(List.of("cannabis", "marijuana", "hemp", "weed"),
        lexicon.alternatives("wiet", "en"));
    assertEquals(List.of("inbraak"), lexicon.alternatives("burglary", "nl"),
        "inbraken is read as inbraak: searched once, not twice");
    assertEquals(List.of(), lexicon.alternatives("inbraak", "nl"));
    assertFalse(lexicon.alternatives("fraude", "en").contains("fraud"),
        "the English analysis reads fraude as fraud, which the words as typed already search");
    assertEquals(List.of(), lexicon.translate("informal", "nl"),
        "read as the index reads it, informal is not information");
  }

  @Test
  void aCompoundsPartThatNoTextHoldsIsSearchedAsItsTranslation() {
    // No fixture text holds onderzoeksrapport, onderzoek or rapport; an English one says report.
    assertEquals(List.of("en-watch"), ids(search("onderzoeksrapport", Map.of())));
  }

  @Test
  void aMisspelledGlossaryWordIsCorrectedToIt() {
    // No text holds "volunteers"; its Dutch translation finds the document on mediation.
    SearchResponse response = search("volunteerz", Map.of());
    assertEquals(0, response.total());
    assertTrue(List.of("volunteer", "volunteers").contains(response.suggestion().query()),
        response.suggestion().query());
    assertTrue(response.suggestion().total() > 0);
  }

  @Test
  void aWordNoTextHoldsButItsTranslationCountsAmongTheQuerysWords() {
    // No text holds "volunteers"; were it left out as a word no text holds, the query would be
    // "bewoners" alone and every document with residents would rank by it.
    SearchResponse response = search("volunteers bewoners", Map.of());
    assertEquals("nl-bemiddeling", ids(response).get(0), ids(response).toString());
  }

  @Test
  void anEnglishWordOfTheGlossaryFindsTheDutchDocumentThatUsesItsTranslation() {
    assertTrue(ids(search("volunteers", Map.of())).contains("nl-bemiddeling"));
    assertTrue(ids(search("municipality", Map.of())).contains("nl-budget"));
  }

  @Test
  void aCompoundOfWhichOnlyAPartOccursStillFindsThatPart() {
    assertTrue(ids(search("bemiddelingsinloop", Map.of())).contains("nl-bemiddeling"));
  }

  @Test
  void aMisspelledQueryGetsACorrectionThatFindsMore() {
    SearchResponse response = search("wijkagnet", Map.of());
    assertEquals(0, response.total());
    assertEquals("wijkagent", response.suggestion().query());
    assertEquals(search("wijkagent", Map.of()).total(), response.suggestion().total());
    assertEquals(null, search("wijkagent", Map.of()).suggestion());
  }

  @Test
  void unknownFacetValueIsRejectedNamingTheParameter() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> search("", Map.of("form", List.of("nonsense"))));
    assertEquals("form", e.parameter());
  }

  @Test
  void oddQueriesNeverFail() {
    for (String q : List.of("\"unbalanced ( <script>", "((((", ")", "-", "*", "\"", "OR", "AND NOT",
        "a | | b", "~2", "title:x", "/.{10000,}/", "\\", "de het een", "💥", "\u0000")) {
      SearchResponse response = search(q, Map.of());
      assertTrue(response.total() >= 0, q);
    }
  }

  private static Hit explained(String q, String lang, String id) {
    SearchRequest request = new SearchRequest(q, Map.of(), null, null, 1, 10,
        SortOrder.RELEVANCE, lang, true);
    return fixture.service().search(request).hits().stream().filter(h -> h.id().equals(id))
        .findFirst().orElseThrow(() -> new AssertionError(q + " finds no " + id));
  }

  private static SearchResponse search(String q, Map<String, List<String>> filters) {
    return fixture.service().search(request(q, filters, null, null));
  }

  private static SearchRequest request(String q, Map<String, List<String>> filters, Integer from,
      Integer to) {
    return new SearchRequest(q, new LinkedHashMap<>(filters), from, to, 1, 10, SortOrder.RELEVANCE,
        "nl");
  }

  private static List<String> ids(SearchResponse response) {
    return response.hits().stream().map(Hit::id).toList();
  }

  private static long count(Map<String, List<FacetValue>> facets, String dim, String id) {
    return facets.get(dim).stream().filter(v -> v.id().equals(id)).mapToLong(FacetValue::count)
        .findFirst().orElse(0);
  }

  private static FacetValue value(Map<String, List<FacetValue>> facets, String dim, String id) {
    return facets.get(dim).stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
  }
}
