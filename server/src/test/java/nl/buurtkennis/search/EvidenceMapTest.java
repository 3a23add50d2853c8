package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.buurtkennis.search.EvidenceMap.Matrix;
import nl.buurtkennis.taxonomy.Concept;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The evidence map over the six-document fixture, against the tags counted by hand there. */
class EvidenceMapTest {
  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();
  private static EvidenceMap map;

  @BeforeAll
  static void open() {
    map = new EvidenceMap(fixture.service());
  }

  @Test
  void rowsAndColumnsAreEveryConceptInTaxonomyOrderParentsIncluded() {
    Matrix matrix = map.compute(SearchRequest.all(), "form", "benefit");
    assertEquals(conceptIds("form"), matrix.rows().ids());
    assertEquals(conceptIds("benefit"), matrix.cols().ids());
    List<String> cols = matrix.cols().ids();
    assertTrue(cols.indexOf("feelings") < cols.indexOf("feeling-safer"));
    assertTrue(cols.indexOf("feeling-safer") < cols.indexOf("behaviour"));
    assertTrue(cols.contains("effects") && cols.contains("crime-reduction"));
    assertEquals(matrix.rows().ids().size(), matrix.counts().size());
    matrix.counts().forEach(row -> assertEquals(cols.size(), row.size()));
  }

  @Test
  void formByBenefitMatchesTheHandCount() {
    Matrix matrix = map.compute(SearchRequest.all(), "form", "benefit");
    assertEquals(2, cell(matrix, "citizen-surveillance", "feelings"));
    assertEquals(2, cell(matrix, "citizen-surveillance", "feeling-safer"));
    assertEquals(1, cell(matrix, "citizen-surveillance", "trust-police"));
    assertEquals(1, cell(matrix, "citizen-surveillance", "effects"));
    assertEquals(1, cell(matrix, "citizen-surveillance", "crime-reduction"));
    assertEquals(0, cell(matrix, "citizen-surveillance", "behaviour"));
    assertEquals(1, cell(matrix, "mediation", "trust-residents"));
    assertEquals(1, cell(matrix, "mediation", "feelings"));
    assertEquals(1, cell(matrix, "public-space", "effects"));
    assertEquals(1, cell(matrix, "contact", "trust-police"));
    assertEquals(2, matrix.max());
  }

  @Test
  void aParentCountsEachDocumentOnceHoweverManyOfItsChildrenItHas() {
    Matrix matrix = map.compute(SearchRequest.all(), "form", "benefit");
    // nl-preventie has feeling-safer and trust-police, en-watch feeling-safer: two documents.
    assertEquals(2, cell(matrix, "citizen-surveillance", "feelings"));
    Matrix issues = map.compute(SearchRequest.all(), "form", "issue");
    assertEquals(2, cell(issues, "citizen-surveillance", "unintended-consequences"));
    assertEquals(1, cell(issues, "citizen-surveillance", "privacy"));
    assertEquals(1, cell(issues, "citizen-surveillance", "vigilantism"));
    assertEquals(1, cell(issues, "public-space", "unintended-consequences"));
    assertEquals(1, cell(issues, "mediation", "representation"));
  }

  @Test
  void aFormWithoutTaggedBenefitsIsARowOfGaps() {
    Matrix matrix = map.compute(SearchRequest.all(), "form", "benefit");
    int row = matrix.rows().ids().indexOf("investigation");
    assertTrue(matrix.counts().get(row).stream().allMatch(n -> n == 0));
  }

  @Test
  void filtersAndQueryNarrowEveryCell() {
    Matrix dutch = map.compute(request("", Map.of("language", List.of("nl"))), "form", "benefit");
    assertEquals(1, cell(dutch, "citizen-surveillance", "feelings"));
    assertEquals(0, cell(dutch, "citizen-surveillance", "effects"));
    Matrix effects = map.compute(request("", Map.of("benefit", List.of("effects"))), "form",
        "issue");
    assertEquals(1, cell(effects, "citizen-surveillance", "vigilantism"));
    assertEquals(0, cell(effects, "citizen-surveillance", "privacy"));
  }

  @Test
  void selectionsInTheMapsOwnFacetsAreReplacedByTheCell() {
    Matrix matrix = map.compute(request("", Map.of("form", List.of("mediation"),
        "benefit", List.of("effects"))), "form", "benefit");
    assertEquals(2, cell(matrix, "citizen-surveillance", "feelings"));
    assertEquals(1, cell(matrix, "mediation", "trust-residents"));
  }

  @Test
  void everyCellEqualsTheCountOfItsLinkedSearch() {
    List<SearchRequest> requests = List.of(SearchRequest.all(),
        request("bewoners", Map.of()),
        request("", Map.of("language", List.of("nl"))),
        request("politie", Map.of("form", List.of("mediation"), "type", List.of("practice"))),
        new SearchRequest("", Map.of(), 2015, 2020, 3, 5, SortOrder.NEWEST, "en"));
    String[][] pairs = {{"form", "benefit"}, {"form", "issue"}, {"issue", "benefit"},
        {"benefit", "evidence"}, {"police_task", "condition"}};
    for (SearchRequest request : requests) {
      for (String[] pair : pairs) {
        Matrix matrix = map.compute(request, pair[0], pair[1]);
        for (int r = 0; r < matrix.rows().ids().size(); r++) {
          for (int c = 0; c < matrix.cols().ids().size(); c++) {
            SearchRequest linked = EvidenceMap.cellRequest(request, pair[0],
                matrix.rows().ids().get(r), pair[1], matrix.cols().ids().get(c));
            assertEquals(fixture.service().count(linked), matrix.count(r, c),
                request + " " + pair[0] + "×" + pair[1] + " " + linked.filters());
          }
        }
      }
    }
  }

  @Test
  void theLinkedSearchKeepsEverythingButTheMapsOwnSelections() {
    SearchRequest request = new SearchRequest("buurt", Map.of("form", List.of("mediation"),
        "language", List.of("nl")), 2014, 2020, 4, 20, SortOrder.OLDEST, "en");
    SearchRequest linked = EvidenceMap.cellRequest(request, "form", "contact", "benefit",
        "feelings");
    assertEquals(Map.of("form", List.of("contact"), "language", List.of("nl"),
        "benefit", List.of("feelings")), linked.filters());
    assertEquals("buurt", linked.query());
    assertEquals(2014, linked.yearFrom());
    assertEquals(2020, linked.yearTo());
    assertEquals(1, linked.page());
    assertEquals(20, linked.size());
    assertEquals(SortOrder.OLDEST, linked.sort());
    assertEquals("en", linked.lang());
  }

  @Test
  void labelsFollowTheLanguageOfTheRequest() {
    Matrix dutch = map.compute(SearchRequest.all(), "form", "benefit");
    Matrix english = map.compute(new SearchRequest("", Map.of(), null, null, 1,
        SearchRequest.DEFAULT_SIZE, SortOrder.RELEVANCE, "en"), "form", "benefit");
    assertEquals("Toezicht", dutch.rows().labels().get(0));
    assertEquals("Citizen surveillance", english.rows().labels().get(0));
    assertEquals("Feelings", english.cols().labels().get(0));
    assertEquals("Opbrengst", dutch.cols().label());
  }

  @Test
  void unknownOrEqualDimensionsAreRejectedNamingTheParameter() {
    assertEquals("rows", rejected("nonsense", "benefit").parameter());
    assertEquals("cols", rejected("form", "place").parameter());
    assertEquals("cols", rejected("form", "form").parameter());
    InvalidRequestException badFilter = assertThrows(InvalidRequestException.class,
        () -> map.compute(request("", Map.of("issue", List.of("nonsense"))), "form", "benefit"));
    assertEquals("issue", badFilter.parameter());
  }

  private static InvalidRequestException rejected(String rows, String cols) {
    return assertThrows(InvalidRequestException.class,
        () -> map.compute(SearchRequest.all(), rows, cols));
  }

  private static long cell(Matrix matrix, String row, String col) {
    int r = matrix.rows().ids().indexOf(row);
    int c = matrix.cols().ids().indexOf(col);
    assertTrue(r >= 0 && c >= 0, row + " × " + col);
    return matrix.count(r, c);
  }

  private static List<String> conceptIds(String dim) {
    return fixture.service().taxonomy().require(dim).concepts().stream().map(Concept::id).toList();
  }

  private static SearchRequest request(String query, Map<String, List<String>> filters) {
    return new SearchRequest(query, filters, null, null, 1, SearchRequest.DEFAULT_SIZE,
        SortOrder.RELEVANCE, "nl");
  }
}
