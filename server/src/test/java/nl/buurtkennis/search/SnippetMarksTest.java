package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkennis.search.SearchResponse.Hit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A snippet marks the words the query found, not the stretch of text between two of them that
 * stand near each other: no mark runs across punctuation or into the next sentence.
 */
class SnippetMarksTest {
  private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");

  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void marksHoldNoPunctuationOfTheTextBetweenTheWords() {
    for (String query : new String[] {"trust in the police", "vertrouwen in de politie",
        "informatie delen", "buurtpreventie whatsapp", "text alert"}) {
      List<String> marks = marks(query);
      assertFalse(marks.isEmpty(), query);
      for (String mark : marks) {
        assertFalse(mark.matches(".*[.,;:!?].*"), query + ": <mark>" + mark + "</mark>");
      }
    }
  }

  @Test
  void anExactPhraseIsMarkedWhole() {
    assertTrue(marks("\"vertrouwen in de politie\"").contains("vertrouwen in de politie"));
  }

  @Test
  void wordsMatchedTogetherDoNotRunAcrossASentencesEnd() {
    // buurtpreventie: "in hun straat of wijk. In teams lopen zij rondes"
    SearchResponse response = shipped.service().search(new SearchRequest("wijkteam", Map.of(),
        null, null, 1, 50, SortOrder.RELEVANCE, "nl"));
    for (Hit hit : response.hits()) {
      String snippet = hit.snippet() == null ? "" : hit.snippet();
      assertFalse(snippet.contains("<mark>wijk</mark>. In <mark>teams</mark>"), snippet);
    }
  }

  private static List<String> marks(String query) {
    SearchResponse response = shipped.service().search(new SearchRequest(query, Map.of(), null,
        null, 1, 20, SortOrder.RELEVANCE, "nl"));
    List<String> marks = new ArrayList<>();
    for (Hit hit : response.hits()) {
      Matcher matcher = MARK.matcher(hit.snippet() == null ? "" : hit.snippet());
      while (matcher.find()) {
        marks.add(matcher.group(1));
      }
    }
    return marks;
  }
}
