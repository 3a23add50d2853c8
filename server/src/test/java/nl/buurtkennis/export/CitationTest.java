package nl.buurtkennis.export;

import static nl.buurtkennis.export.TestEntries.document;
import static nl.buurtkennis.export.TestEntries.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.buurtkennis.export.Citation.Kind;
import org.junit.jupiter.api.Test;

class CitationTest {

  @Test
  void authorsYearTitleSourceAndPageUrl() {
    Citation citation = Citation.of(entry(document("rapport", "Burgers in veiligheid", "report",
        2014, List.of("Van der Land, M.", "Van Stokkom, B."), List.of("Politie"))));
    assertEquals("Van der Land, M. & Van Stokkom, B. (2014). Burgers in veiligheid. "
        + "Burgers in veiligheid (2014). http://localhost:7070/documents/rapport", citation.text());
  }

  @Test
  void thePublishingOrganisationsStandInForMissingAuthors() {
    Citation citation = Citation.of(entry(document("evaluatie", "Buurtbemiddeling", "evaluation",
        2016, List.of(), List.of("CCV", "Politie"))));
    assertEquals("CCV & Politie (2016). Buurtbemiddeling. Burgers in veiligheid (2014). "
        + "http://localhost:7070/documents/evaluatie", citation.text());
  }

  @Test
  void theOrganisationsOfAPracticeRunItAndAreNotItsAuthors() {
    Citation citation = Citation.of(entry(document("praktijk", "Buurtbemiddeling", "practice",
        2016, List.of(), List.of("CCV", "Politie"))));
    assertEquals("Buurtbemiddeling (2016). Burgers in veiligheid (2014). "
        + "http://localhost:7070/documents/praktijk", citation.text());
  }

  @Test
  void withoutAnyCreatorTheTitleComesFirst() {
    Citation citation = Citation.of(entry(document("los", "Wie waakt er?", "article")));
    assertEquals("Wie waakt er? (2016). Burgers in veiligheid (2014). "
        + "http://localhost:7070/documents/los", citation.text());
  }

  @Test
  void aTitleEndingInPunctuationGetsNoSecondPeriod() {
    Citation citation = Citation.of(entry(document("vraag", "Wie waakt er?", "article", 2016,
        List.of("Jansen, J."), List.of())));
    assertEquals("Jansen, J. (2016). Wie waakt er? Burgers in veiligheid (2014). "
        + "http://localhost:7070/documents/vraag", citation.text());
  }

  @Test
  void anEnglishCitationLinksTheEnglishPage() {
    Citation citation = Citation.of(TestEntries.englishEntry(document("los", "Wie waakt er?",
        "article")));
    assertEquals("Wie waakt er? (2016). Burgers in veiligheid (2014). "
        + "http://localhost:7070/documents/los?lang=en", citation.text());
  }

  @Test
  void threeOrMoreNamesAreListedTheApaWay() {
    assertEquals("A, B, & C", Citation.names(List.of("A", "B", "C")));
  }

  @Test
  void theTitleAndTheUrlAreMarkedForTheirOwnMarkup() {
    Citation citation = Citation.of(entry(document("rapport", "Titel", "report", 2014,
        List.of("Jansen, J."), List.of())));
    assertEquals(List.of(Kind.PLAIN, Kind.TITLE, Kind.PLAIN, Kind.PLAIN, Kind.URL),
        citation.segments().stream().map(Citation.Segment::kind).toList());
    assertEquals("Titel", citation.segments().get(1).text());
  }
}
