package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.buurtkennis.search.SearchResponse.Hit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A part of a query compound that most documents hold ({@code buurt}, {@code burger}) does not on
 * its own make a document a candidate, so the total and the facet counts describe the documents
 * about the query; unless no rarer part is found at all.
 */
class CommonCompoundPartsTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  /**
   * Each compound names a form (Burgernet is a name of investigation): the documents tagged with
   * it are about the query whatever their words, so only the others are counted, of which a common
   * part alone would find most.
   */
  @Test
  void aCommonPartAloneDoesNotMakeADocumentACandidate() {
    long all = search("").total();
    Map<String, String> namedForms = Map.of("buurtbemiddeling", "mediation",
        "buurtschouw", "public-space", "Burgernet", "investigation");
    namedForms.forEach((compound, form) -> {
      SearchResponse response = search(compound);
      long tagged = response.facets().get("form").stream().filter(v -> v.id().equals(form))
          .mapToLong(SearchResponse.FacetValue::count).sum();
      assertTrue(tagged > 0, compound + " finds the documents tagged " + form);
      assertTrue(response.total() - tagged <= all / 2, compound + " finds "
          + (response.total() - tagged) + " of " + all + " documents beyond those tagged " + form);
    });
    assertEquals("buurtbemiddeling", search("buurtbemiddeling").hits().get(0).id());
  }

  /**
   * A compound that names a concept ({@code waterbedeffect}: displacement, {@code wijkkrant}: the
   * form information) found every document through a part that many texts hold ({@code effect},
   * {@code wijk}), though fewer than half; the concept finds its documents.
   */
  @Test
  void aCompoundNamingAConceptIsNotFoundThroughAPartManyTextsHold() {
    Map<String, String> concepts = Map.of("waterbedeffect", "displacement",
        "wijkkrant", "information");
    concepts.forEach((compound, concept) -> {
      SearchRequest request = new SearchRequest(compound, new LinkedHashMap<>(), null, null, 1,
          100, SortOrder.RELEVANCE, "nl");
      for (Hit hit : shipped.service().search(request).hits()) {
        assertTrue(hit.issues().contains(concept) || hit.forms().contains(concept),
            compound + " finds " + hit.id() + ", not tagged " + concept);
      }
    });
  }

  @Test
  void aCommonPartStaysWhenNoRarerPartIsFound() {
    assertTrue(search("reservepolitie").hits().stream().map(Hit::id).toList()
        .contains("politievrijwilligers"), "no document holds 'reserve'; 'politie' still counts");
  }

  @Test
  void aPlaceNameIsNotReadAsItsCommonPart() {
    long all = search("").total();
    for (String place : new String[] {"Noordwijk", "Katwijk", "Rijswijk"}) {
      SearchResponse response = search(place);
      assertTrue(response.total() <= all / 2,
          place + " finds " + response.total() + " of " + all + " documents through 'wijk'");
    }
  }

  private static SearchResponse search(String q) {
    return shipped.service().search(new SearchRequest(q, new LinkedHashMap<>(), null, null, 1, 10,
        SortOrder.RELEVANCE, "nl"));
  }
}
