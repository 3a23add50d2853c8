package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.buurtkennis.corpus.DocumentParser;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.taxonomy.LocalizedText;
import nl.buurtkennis.taxonomy.Taxonomy;
import nl.buurtkennis.web.ListOutline;
import nl.buurtkennis.web.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The vocabulary in the console's document form: each concept list's hierarchy as lists nested in
 * the broader concepts' items, so assistive technology announces the levels, and what each concept
 * means as text in the page, not in a tooltip.
 */
class DocumentFormVocabularyTest {
  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();

  @Test
  void eachConceptListIsItsFacetsTreeAsNestedListsWithTheTickedBoxesInPlace() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
      Taxonomy taxonomy = fixture.search.taxonomy();
      String empty = session.get("/admin/documents/new").body();
      for (String field : DraftForm.CONCEPT_LISTS) {
        Facet facet = taxonomy.require(DocumentParser.CONCEPT_FIELDS.get(field));
        assertEquals(outline(facet.roots(), Set.of()), ListOutline.of(fieldset(empty, field)),
            field);
      }
      assertTrue(ListOutline.of(fieldset(empty, "issues"))
          .startsWith("[(representation)(institutionalisation[(over-regulation)])"),
          fieldset(empty, "issues"));
      assertTrue(ListOutline.of(fieldset(empty, "benefits"))
          .startsWith("[(feelings[(feeling-safer)"),
          fieldset(empty, "benefits"));
      assertFalse(form(empty).contains("depth-"), "the levels are in the lists, not in classes");
      assertFalse(form(empty).contains(" title="), "a tooltip reaches neither keyboard nor touch");
      assertTrue(fieldset(empty, "benefits").contains("<input type=\"checkbox\""
          + " id=\"f-benefits-feeling-safer\" name=\"benefits\" value=\"feeling-safer\">\n"
          + "    <label for=\"f-benefits-feeling-safer\">"), "ids, names and labels as before");

      String invalid = "csrf=" + session.csrf() + "&id=Bad+Id&issues=privacy"
          + "&issues=representation&benefits=feelings&benefits=feeling-safer&body=";
      HttpResponse<String> refused = session.form("/admin/documents", invalid);
      assertEquals(422, refused.statusCode());
      assertEquals(outline(taxonomy.require("issue").roots(), Set.of("privacy", "representation")),
          ListOutline.of(fieldset(refused.body(), "issues")), "ticked boxes stay ticked, in place");
      assertEquals(outline(taxonomy.require("benefit").roots(),
          Set.of("feelings", "feeling-safer")),
          ListOutline.of(fieldset(refused.body(), "benefits")));
    });
  }

  @Test
  void eachTaxonomyFieldExplainsItsValuesAsFoldedTextInBothLanguages() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
      Taxonomy taxonomy = fixture.search.taxonomy();
      for (String lang : List.of("nl", "en")) {
        Messages msg = Messages.of(lang);
        String html = session.get("/admin/documents/new" + ("en".equals(lang) ? "?lang=en" : "")).body();
        for (String field : DraftForm.CONCEPT_LISTS) {
          Facet facet = taxonomy.require(DocumentParser.CONCEPT_FIELDS.get(field));
          String fieldset = fieldset(html, field);
          assertTrue(fieldset.contains("<details class=\"definitions\">\n  <summary>"
              + msg.get("facet.definitions") + "<span class=\"visually-hidden\"> ("
              + escaped(facet.label().in(lang)) + ")</span></summary>"), fieldset);
          for (Concept concept : facet.concepts()) {
            assertTrue(fieldset.contains("<dt>" + escaped(concept.label().in(lang))
                + "</dt>\n    <dd>" + escaped(concept.definition().in(lang)) + "</dd>"),
                concept.id() + ": " + fieldset);
          }
        }
        String evidence = html.substring(html.indexOf("<select id=\"f-evidence\""),
            html.indexOf("id=\"f-summary\""));
        assertTrue(evidence.contains("<span class=\"visually-hidden\"> ("
            + msg.get("admin.field.evidence") + ")</span>"), evidence);
        Concept randomised = taxonomy.require("evidence").concept("randomised").orElseThrow();
        assertTrue(evidence.contains("<dt>" + escaped(randomised.label().in(lang))
            + "</dt>\n    <dd>" + escaped(randomised.definition().in(lang)) + "</dd>"), evidence);
      }
    });
  }

  @Test
  void aConceptsNameAndDefinitionAreEscapedAtEveryLevel() {
    LocalizedText hostile = new LocalizedText("<script>alert('nl')</script> & \"co\"",
        "<img src=x onerror=alert(1)>");
    Concept grandchild = new Concept("deepest", "middle", hostile, hostile, List.of(), List.of(),
        List.of());
    Concept middle = new Concept("middle", "top", new LocalizedText("Midden", "Middle"), hostile,
        List.of(), List.of(), List.of(grandchild));
    Concept top = new Concept("top", null, new LocalizedText("Boven", "Top"),
        new LocalizedText("", ""), List.of(), List.of(), List.of(middle));
    Taxonomy taxonomy = new Taxonomy(List.of(new Facet("issue", hostile, hostile, true,
        List.of(top))), "");
    DraftForm form = DraftForm.fromParams(Map.of("issues", List.of("deepest")));
    StringOutput out = new StringOutput();
    TemplateEngine.createPrecompiled(ContentType.Html).render("admin/document.jte",
        new AdminPages.FormPage(Messages.of("nl"), "token", form, taxonomy, Map.of(), List.of(),
            10), out);
    String issues = fieldset(out.toString(), "issues");

    assertEquals("[(top[(middle[(deepest*)])])]", ListOutline.of(issues));
    assertFalse(issues.contains("<script>") || issues.contains("<img"), issues);
    assertTrue(issues.contains("<label for=\"f-issues-deepest\">"
        + "&lt;script&gt;alert('nl')&lt;/script&gt; &amp; \"co\"</label>"), issues);
    assertTrue(issues.contains("<dt>Midden</dt>\n    <dd>&lt;script&gt;"), issues);
    assertFalse(issues.contains("<dt>Boven</dt>"), "a concept without a definition has no entry");
  }

  /** {@code text} as jte writes it into an element's content. */
  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** The document form of the page, after the upload form. */
  private static String form(String html) {
    int start = html.indexOf("<h2 id=\"form-heading\">");
    assertTrue(start >= 0, html);
    return html.substring(start, html.indexOf("</form>", start));
  }

  /** The fieldset of the concept list {@code field}. */
  private static String fieldset(String html, String field) {
    for (String part : form(html).split("<fieldset", -1)) {
      if (part.contains("name=\"" + field + "\"")) {
        return part.substring(0, part.indexOf("</fieldset>"));
      }
    }
    throw new AssertionError("no concept list " + field + " in the form");
  }

  /** The outline {@code concepts} should have, with {@code ticked} ticked. */
  private static String outline(List<Concept> concepts, Set<String> ticked) {
    StringBuilder outline = new StringBuilder("[");
    for (Concept concept : concepts) {
      outline.append('(').append(concept.id()).append(ticked.contains(concept.id()) ? "*" : "");
      if (!concept.children().isEmpty()) {
        outline.append(outline(concept.children(), ticked));
      }
      outline.append(')');
    }
    return outline.append(']').toString();
  }
}
