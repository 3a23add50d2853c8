package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A question's frame is not searched; its subject is, as if typed alone. */
class QuestionFrameTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void theFrameOfAQuestionIsLeftOut() {
    assertEquals("trust in the police",
        QuestionFrame.subject("what do we know about trust in the police"));
    assertEquals("trust?", QuestionFrame.subject("What is known about trust?"));
    assertEquals("buurtpreventie", QuestionFrame.subject("wat weten we over buurtpreventie"));
    assertEquals("burgernet", QuestionFrame.subject("Wat is er bekend over burgernet"));
    assertEquals("een whatsappgroep?", QuestionFrame.subject("hoe zet ik een whatsappgroep op?"));
    assertEquals("een buurtpreventieteam",
        QuestionFrame.subject("Hoe richten we een buurtpreventieteam op"));
  }

  @Test
  void aQuestionForEvidenceIsAFrame() {
    assertEquals("buurtvaders overlast verminderen",
        QuestionFrame.subject("is er bewijs dat buurtvaders overlast verminderen"));
    assertEquals("buurtbemiddeling?", QuestionFrame.subject("Is er enig bewijs voor buurtbemiddeling?"));
    assertEquals("neighbourhood watch works",
        QuestionFrame.subject("is there any evidence that neighbourhood watch works"));
    assertEquals("burgernet", QuestionFrame.subject("what is the evidence for burgernet"));
  }

  @Test
  void aQueryWithoutAFrameOrWithNothingElseIsAsTyped() {
    for (String query : List.of("what do we know about", "wat weten we over ", "know about trust",
        "hoe zet ik op", "wat zet de politie op", "opzetten whatsappgroep", "",
        "wat weten we over de", "what is known about it", "hoe zet ik een op",
        "what do we know about -burgernet", "hoe zet de politie een app op")) {
      assertEquals(query, QuestionFrame.subject(query));
    }
  }

  @Test
  void aQuestionFindsWhatItsSubjectFinds() {
    assertEquals(ids("whatsappgroep"), ids("hoe zet ik een whatsappgroep op"));
    assertEquals("whatsapp-buurtpreventie", ids("hoe zet ik een whatsappgroep op").get(0));
    assertEquals(ids("trust in the police"), ids("what do we know about trust in the police"));
    assertEquals("buurtvaders",
        ids("is er bewijs dat buurtvaders overlast verminderen").get(0));
  }

  @Test
  void theSearchForAnyWordLeavesTheFrameOut() {
    SearchResponse response = shipped.service().search(new SearchRequest(
        "wat weten we over buurtvaders kosten", Map.of(), null, null, 1, 10,
        SortOrder.RELEVANCE, "nl"));
    assertEquals(0, response.total());
    assertEquals("buurtvaders OR kosten", response.suggestion().query());
  }

  @Test
  void didYouMeanCountsWhatItsQueryFinds() {
    SearchResponse response = shipped.service().search(new SearchRequest(
        "what do we know about burgrnet", Map.of(), null, null, 1, 10, SortOrder.RELEVANCE,
        "en"));
    SearchResponse.Suggestion suggestion = response.suggestion();
    assertEquals("what do we know about burgernet", suggestion.query());
    assertEquals(shipped.service().search(new SearchRequest(suggestion.query(), Map.of(), null,
        null, 1, 10, SortOrder.RELEVANCE, "en")).total(), suggestion.total());
  }

  @Test
  void theFramesWordsAreNotMarked() {
    SearchResponse response = shipped.service().search(new SearchRequest(
        "what do we know about trust in the police", Map.of(), null, null, 1, 10,
        SortOrder.RELEVANCE, "en"));
    for (SearchResponse.Hit hit : response.hits()) {
      assertFalse(String.valueOf(hit.snippet()).contains("<mark>know</mark>"), hit.id());
    }
  }

  @Test
  void wordsAskingForKindsAreLeftOutWhereverTheyStand() {
    assertEquals("initiatives work", QuestionFrame.subject("what kind of initiatives work"));
    assertEquals("people join a neighbourhood watch",
        QuestionFrame.subject("What sort of people join a neighbourhood watch"));
    assertEquals("evidence is there?", QuestionFrame.subject("which types of evidence is there?"));
    assertEquals("initiatieven werken", QuestionFrame.subject("welk soort initiatieven werken"));
    assertEquals("mensen doen mee", QuestionFrame.subject("wat voor soort mensen doen mee"));
    assertEquals("buurtpreventie", QuestionFrame.subject("wat weten we over wat voor buurtpreventie"));
    assertEquals("does buurtpreventie work",
        QuestionFrame.subject("does this kind of buurtpreventie work"));
    assertEquals("initiatives", QuestionFrame.subject("kinds of initiatives"));
    assertEquals("support residents need",
        QuestionFrame.subject("the kind of support residents need"));
    assertEquals("volunteers", QuestionFrame.subject("different types of volunteers"));
  }

  @Test
  void aKindThatIsTheSubjectIsKept() {
    for (String query : List.of("kind", "vermist kind", "what kind of", "wat voor soort",
        "kind of jongere", "type of buurt", "\"what kind of\" initiatives",
        "kindof initiatives")) {
      assertEquals(query, QuestionFrame.subject(query));
    }
  }

  @Test
  void askingForKindsOfInitiativesFindsNoMissingChild() {
    SearchResponse response = shipped.service().search(new SearchRequest(
        "what kind of initiatives work", Map.of(), null, null, 1, 10, SortOrder.RELEVANCE,
        "en"));
    assertFalse(response.hits().get(0).id().startsWith("amber-alert"), response.hits().get(0).id());
    for (SearchResponse.Hit hit : response.hits()) {
      String snippet = String.valueOf(hit.snippet()).toLowerCase(java.util.Locale.ROOT);
      assertFalse(snippet.contains("<mark>kind</mark>") || snippet.contains("<mark>child"),
          hit.id());
    }
  }

  private static List<String> ids(String query) {
    return shipped.service().search(new SearchRequest(query, Map.of(), null, null, 1, 100,
        SortOrder.RELEVANCE, "nl")).hits().stream().map(SearchResponse.Hit::id).toList();
  }
}
