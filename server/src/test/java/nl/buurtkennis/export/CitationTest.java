package nl.buurtkennis.export;

import static nl.buurtkennis.export.TestEntries.document;
import static nl.buurtkennis.export.TestEntries.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.export.Citation.Kind;
import org.junit.jupiter.api.Test;

class CitationTest {
  private static final String PAGE = "http://localhost:7070/documents/";

  @Test
  void buurtkennisIsTheAuthorOfItsTextWhichHasNoDateButASourceWithAYear() {
    Citation citation = Citation.of(entry(document("rapport", "Burgers in veiligheid", "report",
        2014, List.of(), List.of())));
    assertEquals("Buurtkennis. (z.d.). Burgers in veiligheid. Gebaseerd op een bron uit 2014: "
        + "Burgers in veiligheid (2014). Website: https://example.org/rapport. "
        + "Geraadpleegd op 5 december 2026, van " + PAGE + "rapport", citation.text());
  }

  @Test
  void namedAuthorsWroteTheTextAndBuurtkennisFollowsTheTitleAsTheSite() {
    Citation citation = Citation.of(entry(document("rapport", "Burgers in veiligheid", "report",
        2014, List.of("Van der Land, M.", "Van Stokkom, B."), List.of())));
    assertEquals("Van der Land, M.; & Van Stokkom, B. (z.d.). Burgers in veiligheid. Buurtkennis. "
        + "Gebaseerd op een bron uit 2014: Burgers in veiligheid (2014). "
        + "Website: https://example.org/rapport. Geraadpleegd op 5 december 2026, van " + PAGE + "rapport", citation.text());
  }

  @Test
  void theOrganisationsAreNamedAsInvolvedWhateverTheTypeAndNeverAsAuthors() {
    Citation practice = Citation.of(entry(document("praktijk", "Buurtbemiddeling", "practice",
        2016, List.of(), List.of("CCV", "Politie"))));
    assertEquals("Buurtkennis. (z.d.). Buurtbemiddeling. Gebaseerd op een bron uit 2016: "
        + "Burgers in veiligheid (2014). Betrokken organisaties: CCV, Politie. "
        + "Website: https://example.org/praktijk. Geraadpleegd op 5 december 2026, van " + PAGE + "praktijk", practice.text());
    Citation evaluation = Citation.of(TestEntries.englishEntry(document("evaluatie",
        "Buurtbemiddeling", "evaluation", 2016, List.of(), List.of("CCV"))));
    assertEquals("Buurtkennis. (n.d.). Buurtbemiddeling. Based on a source from 2016: "
        + "Burgers in veiligheid (2014). Organisations involved: CCV. "
        + "Website: https://example.org/evaluatie. "
        + "Retrieved December 5, 2026, from " + PAGE + "evaluatie?lang=en", evaluation.text());
  }

  @Test
  void aTitleEndingInPunctuationGetsNoSecondPeriod() {
    Citation citation = Citation.of(entry(document("vraag", "Wie waakt er?", "article")));
    assertEquals("Buurtkennis. (z.d.). Wie waakt er? Gebaseerd op een bron uit 2016: "
        + "Burgers in veiligheid (2014). Website: https://example.org/vraag. "
        + "Geraadpleegd op 5 december 2026, van " + PAGE + "vraag",
        citation.text());
  }

  @Test
  void anEnglishCitationIsInEnglishAndLinksTheEnglishPage() {
    Citation citation = Citation.of(TestEntries.englishEntry(document("los", "Wie waakt er?",
        "article")));
    assertEquals("Buurtkennis. (n.d.). Wie waakt er? Based on a source from 2016: "
        + "Burgers in veiligheid (2014). Website: https://example.org/los. "
        + "Retrieved December 5, 2026, from " + PAGE + "los?lang=en",
        citation.text());
  }

  @Test
  void withoutASourceTheSourcesYearIsStillNamed() {
    CorpusDocument doc = document("los", "Los", "article");
    CorpusDocument sourceless = new CorpusDocument(doc.id(), doc.path(), doc.title(), doc.type(),
        doc.language(), doc.year(), doc.summary(), doc.forms(), doc.issues(), doc.benefits(),
        doc.conditions(), doc.policeTasks(), doc.evidence(), doc.places(), doc.organisations(),
        doc.authors(), null, null, doc.keywords(), null, null, List.of());
    assertEquals("Buurtkennis. (z.d.). Los. Gebaseerd op een bron uit 2016. "
        + "Geraadpleegd op 5 december 2026, van " + PAGE + "los",
        Citation.of(entry(sourceless)).text());
  }

  @Test
  void threeOrMoreNamesAreListedTheApaWay() {
    assertEquals("A, B, & C", Citation.names(List.of("A", "B", "C")));
    assertThrows(IllegalArgumentException.class, () -> Citation.names(List.of()));
  }

  @Test
  void namesAreSeparatedBySemicolonsWhenOneHoldsAComma() {
    assertEquals("Gemeente Rotterdam; Jansen, Piet; CCV; & Jan de Vries", Citation.names(
        List.of("Gemeente Rotterdam", "Jansen, Piet", "CCV", "Jan de Vries")));
    // two names as well: "Jansen, Piet & Gemeente Den Haag" could be read as three
    assertEquals("Jansen, Piet; & Gemeente Den Haag",
        Citation.names(List.of("Jansen, Piet", "Gemeente Den Haag")));
    assertEquals("CCV; & Jansen, Piet", Citation.names(List.of("CCV", "Jansen, Piet")));
    assertEquals("CCV & Jan de Vries", Citation.names(List.of("CCV", "Jan de Vries")));
  }

  @Test
  void theTitleTheSourceAndTheUrlAreMarkedForTheirOwnMarkup() {
    Citation citation = Citation.of(TestEntries.englishEntry(document("rapport", "Titel",
        "report", 2016, List.of(), List.of("CCV"))));
    assertEquals(List.of(Kind.PLAIN, Kind.TITLE, Kind.PLAIN, Kind.SOURCE, Kind.PLAIN, Kind.URL,
        Kind.PLAIN, Kind.URL), citation.segments().stream().map(Citation.Segment::kind).toList());
    assertEquals("Titel", citation.segments().get(1).text());
    assertEquals(". Based on a source from 2016: ", citation.segments().get(2).text());
    assertEquals("Burgers in veiligheid (2014)", citation.segments().get(3).text(),
        "the source alone, in the document's language, apart from the citation's words");
    assertEquals(". Organisations involved: CCV. Website: ", citation.segments().get(4).text());
    assertEquals("https://example.org/rapport", citation.segments().get(5).text(),
        "the front matter's url, a link of its own");
    assertEquals(". Retrieved December 5, 2026, from ", citation.segments().get(6).text());
    assertEquals(PAGE + "rapport?lang=en", citation.segments().get(7).text());
  }

  @Test
  void theFrontMattersUrlIsNamedBesideThePageNeverInItsPlace() {
    CorpusDocument doc = document("meldlijn", "Meldlijn", "practice", 2016, List.of(),
        List.of());
    String dutch = Citation.of(entry(doc)).text();
    assertTrue(dutch.endsWith("Burgers in veiligheid (2014). Website: https://example.org/meldlijn. "
        + "Geraadpleegd op 5 december 2026, van " + PAGE + "meldlijn"), dutch);
    CorpusDocument withoutUrl = new CorpusDocument(doc.id(), doc.path(), doc.title(), doc.type(),
        doc.language(), doc.year(), doc.summary(), doc.forms(), doc.issues(), doc.benefits(),
        doc.conditions(), doc.policeTasks(), doc.evidence(), doc.places(), doc.organisations(),
        doc.authors(), doc.source(), null, doc.keywords(), null, null, List.of());
    assertEquals("Buurtkennis. (z.d.). Meldlijn. Gebaseerd op een bron uit 2016: Burgers in "
        + "veiligheid (2014). Geraadpleegd op 5 december 2026, van " + PAGE + "meldlijn",
        Citation.of(entry(withoutUrl)).text());
  }

  @Test
  void withoutASourceNoSegmentIsTheSources() {
    CorpusDocument doc = document("los", "Los", "article");
    CorpusDocument sourceless = new CorpusDocument(doc.id(), doc.path(), doc.title(), doc.type(),
        doc.language(), doc.year(), doc.summary(), doc.forms(), doc.issues(), doc.benefits(),
        doc.conditions(), doc.policeTasks(), doc.evidence(), doc.places(), doc.organisations(),
        doc.authors(), null, null, doc.keywords(), null, null, List.of());
    assertEquals(List.of(Kind.PLAIN, Kind.TITLE, Kind.PLAIN, Kind.URL),
        Citation.of(entry(sourceless)).segments().stream().map(Citation.Segment::kind).toList());
  }
}
