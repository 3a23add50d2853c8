package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkennis.corpus.DocumentParser;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JSON API contract and the pages, through Javalin's test tools. */
class WebAppTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();
  @RegisterExtension
  static final TestIndex shipped = TestIndex.shipped();

  @Test
  void searchAnswersWithTheDocumentedShape() {
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.get("/api/search?q=bewoners&size=2");
      assertEquals(200, response.code());
      JsonNode body = json(response);
      for (String field : new String[] {"query", "total", "page", "size", "hits", "facets"}) {
        assertTrue(body.has(field), field);
      }
      JsonNode hit = body.get("hits").get(0);
      for (String field : new String[] {"id", "title", "type", "language", "year", "places",
          "summary", "snippet", "section", "forms", "issues", "benefits", "conditions",
          "police_tasks", "evidence"}) {
        assertTrue(hit.has(field), field);
      }
      assertFalse(hit.has("policeTasks"), "named as in the front matter");
      JsonNode value = body.get("facets").get("form").get(0);
      for (String field : new String[] {"id", "label", "count", "selected", "parent"}) {
        assertTrue(value.has(field), field);
      }
      assertEquals(2, body.get("size").asInt());
    });
  }

  @Test
  void everyFacetCountEqualsTheTotalOfTheSearchThatSelectsIt() {
    JavalinTest.test(app(), (server, client) -> {
      for (String base : new String[] {"", "q=bewoners", "form=citizen-surveillance",
          "benefit=feelings&language=nl"}) {
        JsonNode facets = json(client.get("/api/search?" + base)).get("facets");
        for (var dims = facets.properties().iterator(); dims.hasNext(); ) {
          var dim = dims.next();
          for (JsonNode value : dim.getValue()) {
            String id = value.get("id").asText();
            String selection = dim.getKey().equals("year")
                ? "year_from=" + id + "&year_to=" + id
                : dim.getKey() + "=" + URLEncoder.encode(id, StandardCharsets.UTF_8);
            String without = base.replaceAll("(^|&)" + dim.getKey() + "=[^&]*", "");
            long total = json(client.get("/api/search?" + without + "&" + selection))
                .get("total").asLong();
            assertEquals(value.get("count").asLong(), total, base + " → " + selection);
          }
        }
      }
    });
  }

  @Test
  void labelsFollowTheLanguage() {
    JavalinTest.test(app(), (server, client) -> {
      String nl = label(client, "");
      String en = label(client, "&lang=en");
      assertEquals("Toezicht", nl);
      assertEquals("Citizen surveillance", en);
    });
  }

  @Test
  void badParametersGet400NamingTheParameter() {
    JavalinTest.test(app(), (server, client) -> {
      assertBadRequest(client, "/api/search?form=nonsense", "form");
      assertBadRequest(client, "/api/search?page=abc", "page");
      assertBadRequest(client, "/api/search?size=101", "size");
      assertBadRequest(client, "/api/search?sort=random", "sort");
      assertBadRequest(client, "/api/search?lang=de", "lang");
      assertBadRequest(client, "/api/search?year_from=twenty", "year_from");
      assertBadRequest(client, "/api/search?page=2000&size=10", "page");
    });
  }

  @Test
  void aQueryOfInvisibleCharactersFindsWhatAnEmptyOneFinds() {
    JavalinTest.test(app(), (server, client) -> {
      long all = json(client.get("/api/search")).get("total").asLong();
      for (String invisible : new String[] {"\u200B", "\u00A0", " \uFEFF\t", "\u2003\u200D"}) {
        JsonNode body = json(client.get("/api/search?q=" + encode(invisible)));
        assertEquals(all, body.get("total").asLong(), "q=" + encode(invisible));
        assertEquals("", body.get("query").asText());
      }
    });
  }

  @Test
  void wordsThatFindNothingAreNamedInTheApiAndOnThePage() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode body = json(client.get("/api/search?q=bewoners+xqzv"));
      assertEquals("[\"xqzv\"]", body.get("unmatched").toString());
      assertEquals("[]", json(client.get("/api/search?q=bewoners")).get("unmatched").toString());
      String nl = client.get("/?q=xqzv").body().string();
      assertTrue(nl.contains("Geen document bevat: <bdi>xqzv</bdi>.</p>"), nl);
      String en = client.get("/?q=xqzv&lang=en").body().string();
      assertTrue(en.contains("No document contains: <bdi>xqzv</bdi>.</p>"), en);
    });
  }

  @Test
  void unbalancedQuerySyntaxIsReadAsWords() {
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.get("/api/search?q=" + encode("\"unbalanced ( <script>"));
      assertEquals(200, response.code());
      assertEquals("\"unbalanced ( <script>", json(response).get("query").asText());
    });
  }

  @Test
  void documentsAreServedWithLabelsAndUnknownIdsGet404() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode doc = json(client.get("/api/documents/nl-preventie?lang=en"));
      assertEquals("Bewonerspreventie in de straat", doc.get("title").asText());
      assertEquals("Citizen surveillance",
          doc.get("labels").get("form").get("citizen-surveillance").asText());
      assertEquals("Wat het is", doc.get("sections").get(1).get("heading").asText());
      assertTrue(doc.get("sections").get(1).get("text").asText().startsWith("Wat het is\n"),
          "a section's text is still part of the API's document");
      assertTrue(doc.get("body").asText().contains("wijkagent"));
      for (String field : DocumentParser.FIELDS) {
        assertTrue(doc.has(field), "the front matter's name for " + field + ": " + doc);
      }
      assertFalse(doc.has("policeTasks"));

      Response missing = client.get("/api/documents/nope");
      assertEquals(404, missing.code());
      assertEquals("not_found", json(missing).get("error").asText());
      assertEquals(404, client.get("/api/nothing-here").code());
      assertEquals("not_found", json(client.get("/api/nothing-here")).get("error").asText());
    });
  }

  @Test
  void suggestionsCompleteTitlesAndConcepts() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode body = json(client.get("/api/suggest?q=bemidd"));
      assertEquals("Bemiddeling tussen buren", body.get("suggestions").get(0).get("text").asText());
      assertEquals("/documents/nl-bemiddeling",
          body.get("suggestions").get(0).get("url").asText());
      JsonNode english = json(client.get("/api/suggest?q=trust%20in&lang=en"));
      assertTrue(english.toString().contains("/?benefit=trust-police&lang=en"), english.toString());
      assertEquals(0, json(client.get("/api/suggest?q=b")).get("suggestions").size());
    });
  }

  /** Each suggestion says its text's language, which the page marks when it is not its own. */
  @Test
  void aSuggestionSaysTheLanguageOfItsText() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode dutch = json(client.get("/api/suggest?q=bemidd")).get("suggestions").get(0);
      assertEquals("nl", dutch.get("lang").asText(), dutch.toString());
      JsonNode english = json(client.get("/api/suggest?q=neighbourhood%20wat"))
          .get("suggestions").get(0);
      assertEquals("Neighbourhood watch evaluation", english.get("text").asText());
      assertEquals("en", english.get("lang").asText(), english.toString());
    });
  }

  /**
   * "Did you mean" says the language of the corrected query's words, and the page marks the
   * query with it, as it marks a hit's title, on a page in either language.
   */
  @Test
  void wordsThatFindNothingTogetherAreOfferedAsAlternativesOnThePage() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(shipped.index())), (server, client) -> {
      String page = client.get("/?q=buurtvaders+kosten").body().string();
      assertTrue(page.contains("Geen document bevat al deze woorden samen. Zoek op een van de"
          + " woorden: <a href=\"/?q=buurtvaders%20OR%20kosten\">"), page);
      String english = client.get("/?q=buurtvaders+kosten&lang=en").body().string();
      assertTrue(english.contains("No document holds all these words together."), english);
      JsonNode offered = json(client.get("/api/search?q=buurtvaders+kosten")).get("suggestion");
      assertEquals("any_word", offered.get("kind").asText(), offered.toString());
    });
  }

  @Test
  void aCorrectedQuerySaysTheLanguageOfItsWords() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode english = json(client.get("/api/search?q=residnts")).get("suggestion");
      assertEquals("residents", english.get("query").asText(), english.toString());
      assertEquals("en", english.get("lang").asText(), english.toString());
      JsonNode dutch = json(client.get("/api/search?q=bewonrs&lang=en")).get("suggestion");
      assertEquals("bewoners", dutch.get("query").asText(), dutch.toString());
      assertEquals("nl", dutch.get("lang").asText(), dutch.toString());
      String page = client.get("/?q=residnts").body().string();
      assertTrue(page.contains("<bdi lang=\"en\">residents</bdi>"), page);
      String englishPage = client.get("/?q=bewonrs&lang=en").body().string();
      assertTrue(englishPage.contains("<bdi lang=\"nl\">bewoners</bdi>"), englishPage);
    });
  }

  @Test
  void explainSaysWhichFieldsAndConceptsScored() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode hit = json(client.get("/api/search?q=buurtbemiddeling&explain=true")).get("hits")
          .get(0);
      assertEquals("nl-bemiddeling", hit.get("id").asText());
      JsonNode explain = hit.get("explain");
      assertTrue(explain.get("concepts").toString().contains("form/mediation"), explain.toString());
      assertTrue(explain.get("matches").toString().contains("\"kind\":\"concept\""),
          explain.toString());
      assertTrue(explain.get("compoundParts").get(0).asText().contains("buurt + bemiddeling"),
          explain.toString());
      assertFalse(json(client.get("/api/search?q=buurtbemiddeling")).get("hits").get(0)
          .has("explain"));
      assertBadRequest(client, "/api/search?explain=maybe", "explain");
    });
  }

  @Test
  void explainSaysWhichTypedWordTheGlossaryTranslated() {
    JavalinTest.test(app(), (server, client) -> {
      for (String lang : new String[] {"nl", "en"}) {
        JsonNode hits = json(client.get("/api/search?q=volunteers&explain=true&lang=" + lang))
            .get("hits");
        String expected = lang.equals("en") ? "vrijwilliger — translation of volunteers"
            : "vrijwilliger — vertaling van volunteers";
        assertTrue(hits.toString().contains("\"via\":\"" + expected + "\""), hits.toString());
      }
      JsonNode typed = json(client.get("/api/search?q=buurtbemiddeling&explain=true")).get("hits");
      assertFalse(typed.toString().contains("\"via\""), "left out for a word as typed");
    });
  }

  @Test
  void documentsListRelatedDocuments() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode related = json(client.get("/api/documents/nl-preventie")).get("related");
      assertEquals("en-watch", related.get(0).get("id").asText(), related.toString());
      assertTrue(client.get("/documents/nl-preventie").body().string()
          .contains("href=\"/documents/en-watch\""));
    });
  }

  @Test
  void taxonomyAndHealth() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode taxonomy = json(client.get("/api/taxonomy"));
      JsonNode benefit = null;
      for (JsonNode facet : taxonomy.get("facets")) {
        if (facet.get("id").asText().equals("benefit")) {
          benefit = facet;
        }
      }
      assertTrue(benefit != null && benefit.get("hierarchical").asBoolean());
      JsonNode feelings = benefit.get("concepts").get(0);
      assertEquals("feelings", feelings.get("id").asText());
      assertTrue(feelings.get("children").size() > 0);
      assertTrue(feelings.get("synonyms").has("nl"));

      JsonNode health = json(client.get("/health"));
      assertEquals("ok", health.get("status").asText());
      assertEquals(6, health.get("documents").asInt());
    });
  }

  @Test
  void pagesEscapeStoredAndReflectedScript() {
    JavalinTest.test(app(), (server, client) -> {
      Response page = client.get("/?q=" + encode("\"unbalanced ( <script>"));
      assertEquals(200, page.code());
      String html = page.body().string();
      assertFalse(withoutOwnScript(html).contains("<script"), "no other script element may appear");
      assertTrue(html.contains("&lt;script&gt;") || html.contains("&lt;script>"), html);

      String results = withoutOwnScript(client.get("/?q=opsporing").body().string());
      assertFalse(results.contains("<script"), results);
      assertFalse(results.contains("<img"), results);

      String document = client.get("/documents/xss").body().string();
      assertFalse(document.contains("<script"), document);
      assertFalse(document.contains("<img"), document);
      assertFalse(document.contains("<b>Plaats"), document);
      assertTrue(document.contains("&lt;script&gt;alert("), document);
    });
  }

  @Test
  void searchPageShowsFacetsResultsAndBothLanguages() {
    JavalinTest.test(app(), (server, client) -> {
      String nl = client.get("/?form=citizen-surveillance").body().string();
      assertTrue(nl.contains("<html lang=\"nl\">"));
      assertTrue(nl.contains("2 resultaten"), nl);
      assertTrue(nl.contains("name=\"form\" value=\"citizen-surveillance\" checked"), nl);
      assertTrue(nl.contains("href=\"/documents/nl-preventie"), nl);
      String en = client.get("/?form=citizen-surveillance&lang=en").body().string();
      assertTrue(en.contains("<html lang=\"en\">"));
      assertTrue(en.contains("2 results"), en);
      assertTrue(en.contains("Refine"), en);
    });
  }

  @Test
  void eachFacetExplainsItsValuesAsTextNotInTooltips() {
    JavalinTest.test(app(), (server, client) -> {
      Taxonomy taxonomy = UnhurriedSearch.of(fixture.index()).taxonomy();
      String nl = client.get("/").body().string();
      assertFalse(facets(nl).contains(" title="), "a tooltip reaches neither keyboard nor touch");
      String form = fieldset(nl, "form");
      assertTrue(form.contains("<details class=\"definitions\">\n"
          + "              <summary>Wat betekenen deze waarden?<span class=\"visually-hidden\">"
          + " (Vorm van participatie)</span></summary>"), form);
      assertTrue(form.contains("<dt>Conflictbemiddeling</dt>\n                <dd>"
          + definition(taxonomy, "form", "mediation", "nl") + "</dd>"), form);
      assertTrue(form.contains("<a href=\"/vocabulary#form\">Alle waarden van Vorm van participatie"
          + " in de woordenlijst</a>"), form);
      assertFalse(fieldset(nl, "place").contains("<details"), "places have no definitions");

      String en = client.get("/?lang=en").body().string();
      String benefit = fieldset(en, "benefit");
      assertTrue(benefit.contains("<summary>What do these values mean?"), benefit);
      assertTrue(benefit.contains("<dt>Feeling safer</dt>\n                <dd>"
          + definition(taxonomy, "benefit", "feeling-safer", "en") + "</dd>"), benefit);
      assertTrue(benefit.contains("<a href=\"/vocabulary?lang=en#benefit\">"), benefit);
    });
  }

  @Test
  void aFacetsHierarchyIsListsNestedInTheirParentsItems() {
    JavalinTest.test(app(), (server, client) -> {
      String nl = client.get("/").body().string();
      assertEquals("[(feelings[(feeling-safer)(trust-residents)(trust-police)"
          + "(attractive-public-space)])(effects[(crime-reduction)(nuisance-reduction)])]",
          ListOutline.of(fieldset(nl, "benefit")));
      assertEquals("[(representation)(unintended-consequences[(social-exclusion)(displacement)"
          + "(vigilantism)(privacy)])]", ListOutline.of(fieldset(nl, "issue")));
      assertEquals("[(citizen-surveillance)(investigation)(public-space)(mediation)(contact)"
          + "(information)(policy-influence)]", ListOutline.of(fieldset(nl, "form")));
      assertFalse(facets(nl).contains("depth-"), "the levels are in the lists, not in classes");
      assertTrue(fieldset(nl, "benefit").contains("<input type=\"checkbox\" id=\"f-benefit-1\""
          + " name=\"benefit\" value=\"feeling-safer\">"), "ids and names as before");

      String selectedAlone = client.get("/?q=xqzv&benefit=feeling-safer").body().string();
      assertEquals("[(feeling-safer*)]", ListOutline.of(fieldset(selectedAlone, "benefit")),
          "a value selected without its broader one still shows, at the top");
    });
  }

  @Test
  void thePageKeepsItsSizeAndLeadsBackFromBeyondTheLastPage() {
    JavalinTest.test(app(), (server, client) -> {
      long total = json(client.get("/api/search")).get("total").asLong();
      long last = (total + 1) / 2;
      String beyond = client.get("/?size=2&page=" + (last + 5)).body().string();
      assertTrue(beyond.contains("<input type=\"hidden\" name=\"size\" value=\"2\">"), beyond);
      assertTrue(beyond.contains("Deze pagina is leeg: de " + total + " resultaten staan op pagina 1 "
          + "tot en met " + last + "."), beyond);
      assertTrue(beyond.contains("page=" + last + "\">Vorige</a>"), beyond);
      assertFalse(client.get("/").body().string().contains("name=\"size\""));
    });
  }

  @Test
  void vocabularyPageShowsDefinitionsAndSynonymsInBothLanguages() {
    JavalinTest.test(app(), (server, client) -> {
      String nl = client.get("/vocabulary").body().string();
      assertTrue(nl.contains("Woordenlijst"), nl);
      assertTrue(nl.contains("id=\"form-mediation\""), nl);
      assertTrue(nl.contains("buurtbemiddeling"), nl);
      assertTrue(nl.contains("href=\"/?form=mediation\""), nl);
      String evidence = nl.substring(nl.indexOf("<h2 id=\"evidence\""));
      evidence = evidence.substring(0, evidence.indexOf("</section>"));
      assertTrue(evidence.contains("Ook bekend als: "), "a query finds no evidence level: "
          + evidence);
      assertFalse(evidence.contains("Ook gezocht als"), evidence);
      assertTrue(nl.substring(nl.indexOf("<h2 id=\"form\"")).contains("Ook gezocht als: "));
      String en = client.get("/vocabulary?lang=en").body().string();
      assertTrue(en.contains("Vocabulary"), en);
      assertTrue(en.contains("neighbourhood mediation"), en);
    });
  }

  @Test
  void vocabularyPageListsTheGlossaryWithEachSideMarkedWithItsLanguage() {
    JavalinTest.test(app(), (server, client) -> {
      String nl = client.get("/vocabulary").body().string();
      assertTrue(nl.contains("<li><a href=\"#glossary\">Vertaallijst</a></li>"), nl);
      String glossary = nl.substring(nl.indexOf("<h2 id=\"glossary\""));
      assertTrue(glossary.contains("<th scope=\"col\">Nederlands</th><th scope=\"col\">Engels</th>"),
          glossary);
      assertTrue(glossary.contains("<tr><td lang=\"nl\">ouderen, senioren</td>"
          + "<td lang=\"en\">elderly, seniors, pensioners, older people, older person</td></tr>"),
          glossary);
      String en = client.get("/vocabulary?lang=en").body().string();
      assertTrue(en.contains("<h2 id=\"glossary\">Glossary</h2>"), en);
      assertTrue(en.contains("<th scope=\"col\">Dutch</th><th scope=\"col\">English</th>"), en);
    });
  }

  @Test
  void theVocabularysHierarchyIsListsNestedInTheBroaderConceptsItems() {
    JavalinTest.test(app(), (server, client) -> {
      Taxonomy taxonomy = UnhurriedSearch.of(fixture.index()).taxonomy();
      for (String lang : java.util.List.of("", "?lang=en")) {
        String html = client.get("/vocabulary" + lang).body().string();
        for (Facet facet : taxonomy.facets()) {
          assertEquals(treeOutline(facet.id(), facet.roots()),
              termOutline(vocabularySection(html, facet.id())), facet.id() + lang);
        }
        assertFalse(html.contains("depth-"), "the levels are in the lists, not in classes");
      }
      String nl = client.get("/vocabulary").body().string();
      assertTrue(termOutline(vocabularySection(nl, "benefit")).startsWith(
          "[(benefit-feelings[(benefit-feeling-safer)"), vocabularySection(nl, "benefit"));
      assertTrue(vocabularySection(nl, "benefit").contains("<p class=\"term\""
          + " id=\"benefit-feeling-safer\"><a href=\"/?benefit=feeling-safer\">"),
          "the anchors the search page links to, and the links, as before");
    });
  }

  @Test
  void pagesHaveOneH1ATitleThatSaysWhatTheyShowAndMarkTextInTheOtherLanguage() {
    JavalinTest.test(app(), (server, client) -> {
      String nl = client.get("/?page=2&size=2").body().string();
      assertEquals(1, nl.split("<h1", -1).length - 1, nl);
      assertTrue(nl.contains("<title>Zoeken (pagina 2) · Buurtkennis</title>"), nl);
      String error = client.get("/?page=abc&lang=en").body().string();
      assertTrue(error.contains("<title>Error: Invalid search · Buurtkennis</title>"), error);
      assertTrue(error.contains("<h1>"), error);
      String hits = client.get("/?language=en").body().string();
      assertTrue(hits.contains("<h3 lang=\"en\">"), hits);
      assertTrue(hits.contains("<p class=\"snippet\" lang=\"en\">"), hits);
      String document = client.get("/documents/en-watch").body().string();
      assertTrue(document.contains("<article class=\"document\">"), "the page's own text is Dutch");
      assertTrue(document.contains("<h1 lang=\"en\">"), document);
    });
  }

  @Test
  void aDocumentOpenedFromTheHitsLeadsBackToTheSameSearch() {
    JavalinTest.test(app(), (server, client) -> {
      String hits = client.get("/?q=bewoners&lang=en").body().string();
      Matcher link = Pattern
          .compile("<h3 lang=\"[a-z]+\"><a href=\"(/documents/[^\"#]+)").matcher(hits);
      assertTrue(link.find(), hits);
      String url = link.group(1).replace("&amp;", "&");
      assertTrue(url.contains("lang=en&search=q%3Dbewoners%26lang%3Den"), url);
      String document = client.get(url).body().string();
      assertTrue(document.contains("<a href=\"/?q=bewoners&amp;lang=en\">Back to search</a>"),
          document);
      assertTrue(client.get("/documents/en-watch?search=%23x").body().string()
          .contains("<a href=\"/\">Terug naar zoeken</a>"));
    });
  }

  @Test
  void theSearchPageExplainsItsOperatorsInBothLanguages() {
    JavalinTest.test(app(), (server, client) -> {
      String nl = client.get("/").body().string();
      assertTrue(nl.contains("<summary>Zoektips</summary>"), nl);
      assertTrue(nl.contains("<code>buurtpreventie -whatsapp</code>"), nl);
      assertTrue(nl.contains("<code>\"vertrouwen in de politie\"</code>"), nl);
      String en = client.get("/?lang=en").body().string();
      assertTrue(en.contains("<summary>Search tips</summary>"), en);
      assertTrue(en.contains("leaves out the documents that hold it"), en);
    });
  }

  @Test
  void pagesAnswerBadInputAndUnknownPathsWithAnHtmlError() {
    JavalinTest.test(app(), (server, client) -> {
      Response bad = client.get("/?page=abc");
      assertEquals(400, bad.code());
      assertTrue(bad.body().string().contains("(paginanummer)"));
      Response reversed = client.get("/?year_from=2020&year_to=2010");
      assertEquals(400, reversed.code());
      assertTrue(reversed.body().string().contains("het eerste jaar ligt na het laatste"));
      assertTrue(client.get("/?year_from=2020&year_to=2010&lang=en").body().string()
          .contains("the first year is later than the last"));
      Response missing = client.get("/documents/nope");
      assertEquals(404, missing.code());
      assertTrue(missing.body().string().contains("nope"));
      assertEquals(404, client.get("/no/such/page").code());
    });
  }

  /** The facet sidebar of a search page. */
  private static String facets(String html) {
    int start = html.indexOf("<aside class=\"facets\"");
    assertTrue(start >= 0, html);
    return html.substring(start, html.indexOf("</aside>", start));
  }

  /** The fieldset of the facet {@code dim} in a search page. */
  private static String fieldset(String html, String dim) {
    for (String part : facets(html).split("<fieldset", -1)) {
      if (part.contains("name=\"" + dim + "\"")) {
        return part.substring(0, part.indexOf("</fieldset>"));
      }
    }
    throw new AssertionError("no facet " + dim + " on the page");
  }

  /** The section of the facet {@code facet} in the vocabulary page. */
  private static String vocabularySection(String html, String facet) {
    int start = html.indexOf("<h2 id=\"" + facet + "\"");
    assertTrue(start >= 0, "no facet " + facet + " in " + html);
    return html.substring(start, html.indexOf("</section>", start));
  }

  private static final Pattern TERM_OR_LIST =
      Pattern.compile("<(/?)(ul|li)\\b[^>]*>|<p class=\"term\" id=\"([^\"]*)\"");

  /**
   * The nested lists of a vocabulary section as text: each {@code <ul>} in brackets, each
   * {@code <li>} in parentheses, each term as its id; like {@link ListOutline}, for items
   * without checkboxes.
   */
  private static String termOutline(String html) {
    Matcher tag = TERM_OR_LIST.matcher(html);
    StringBuilder outline = new StringBuilder();
    while (tag.find()) {
      if (tag.group(3) != null) {
        outline.append(tag.group(3));
      } else if (tag.group(2).equals("ul")) {
        outline.append(tag.group(1).isEmpty() ? '[' : ']');
      } else {
        outline.append(tag.group(1).isEmpty() ? '(' : ')');
      }
    }
    return outline.toString();
  }

  /** What {@link #termOutline} gives for a facet's tree of concepts. */
  private static String treeOutline(String facet, java.util.List<Concept> concepts) {
    StringBuilder outline = new StringBuilder("[");
    for (Concept concept : concepts) {
      outline.append('(').append(facet).append('-').append(concept.id());
      if (!concept.children().isEmpty()) {
        outline.append(treeOutline(facet, concept.children()));
      }
      outline.append(')');
    }
    return outline.append(']').toString();
  }

  private static String definition(Taxonomy taxonomy, String dim, String id, String lang) {
    return taxonomy.require(dim).concept(id).orElseThrow().definition().in(lang);
  }

  /** The page without its one script element, the suggestions loaded from /suggest.js. */
  private static String withoutOwnScript(String html) {
    return html.replace("<script src=\"/suggest.js\" defer></script>", "");
  }

  /** A fresh app per test: Javalin's test tools start and stop the app they are given. */
  private static Javalin app() {
    return WebApp.create(UnhurriedSearch.of(fixture.index()));
  }

  private static String label(HttpClient client, String lang) throws Exception {
    JsonNode forms = json(client.get("/api/search?" + lang)).get("facets").get("form");
    for (JsonNode value : forms) {
      if (value.get("id").asText().equals("citizen-surveillance")) {
        return value.get("label").asText();
      }
    }
    throw new AssertionError("no citizen-surveillance facet value");
  }

  private static void assertBadRequest(HttpClient client, String path, String parameter)
      throws Exception {
    Response response = client.get(path);
    assertEquals(400, response.code(), path);
    JsonNode body = json(response);
    assertEquals(parameter, body.get("parameter").asText(), path);
    assertTrue(body.get("message").asText().contains(parameter), path);
    assertFalse(body.toString().contains("Exception"), path);
  }

  private static JsonNode json(Response response) throws Exception {
    return JSON.readTree(response.body().string());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
