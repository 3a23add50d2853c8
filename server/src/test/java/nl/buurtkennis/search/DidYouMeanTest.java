package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "Did you mean" on the shipped corpus, where a misspelled compound still matches its parts. */
class DidYouMeanTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void aMisspelledCompoundThatFindsManyThroughItsPartGetsACorrection() {
    SearchResponse misspelled = search("buurtpreventiegroepn");
    assertTrue(misspelled.total() >= DidYouMean.FEW_HITS, "buurtpreventie is a part found");
    assertEquals("buurtpreventiegroepen", misspelled.suggestion().query());
  }

  @Test
  void aMisspelledCompoundFoundOnlyThroughACommonPartFindsNothingAndGetsACorrection() {
    SearchResponse misspelled = search("burgernwt");
    assertEquals(0, misspelled.total(), "burger alone, in most documents, makes no candidate");
    assertEquals(List.of("burgernwt"), misspelled.unmatched());
    assertEquals("burgernet", misspelled.suggestion().query());
    assertEquals(search("burgernet").total(), misspelled.suggestion().total());
  }

  /**
   * The texts hold these words only inside compounds ({@code voetbalwedstrijd},
   * {@code bewakingscamera}, {@code sleutelfiguren}, {@code onkostenvergoeding}), where the index
   * finds them; no glossary word is near. They used to get a word the texts hold whole but that is
   * farther ({@code voeten}, {@code carry}) or nothing.
   */
  @Test
  void aMisspelledWordTheTextsHoldOnlyInsideCompoundsIsCorrectedToThatPart() {
    Map<String, String> corrections = Map.of("voetbl", "voetbal", "camra", "camera",
        "sleutl", "sleutel", "vergoedng", "vergoeding", "teeld", "teelt");
    corrections.forEach((typed, part) -> {
      assertEquals(0, shipped.service().count(request(typed)), typed);
      SearchResponse misspelled = search(typed);
      assertEquals(List.of(typed), misspelled.unmatched());
      assertEquals(part, misspelled.suggestion().query(), typed);
      assertTrue(misspelled.suggestion().total() > 0, part);
      assertEquals(search(part).total(), misspelled.suggestion().total(), part);
    });
  }

  /**
   * A place no text names is said to be found nowhere, not read as a word inside it or corrected
   * into another: {@code Utrecht} found three texts through "echt", {@code Dordrecht} suggested
   * "dorprecht", {@code Breda} "brede", {@code Emmen} "eigen", {@code Laren} "laten" (laren is a
   * word, but one the decompounding dictionary leaves out as a fragment).
   */
  @Test
  void aPlaceNoTextNamesIsFoundNowhereAndNotCorrected() {
    for (String place : List.of("Utrecht", "Dordrecht", "Maastricht", "Breda", "Emmen", "Laren")) {
      SearchResponse response = search(place);
      assertEquals(0, response.total(), place);
      assertEquals(List.of(place.toLowerCase(java.util.Locale.ROOT)), response.unmatched(), place);
      assertNull(response.suggestion(), place);
    }
    SearchResponse withTopic = search("Dordrecht buurtpreventie");
    assertEquals(List.of("dordrecht"), withTopic.unmatched());
    assertNull(withTopic.suggestion());
    assertEquals(search("buurtpreventie").total(), withTopic.total());
  }

  @Test
  void aWordTheTextsHoldWholeIsKeptWhereAPartIsNoNearer() {
    // vorming is a part (besluitvorming) one typing error away, as vormen is.
    assertEquals("vormen", search("vormin").suggestion().query());
    // kar (de kar trekken) is held whole, kamer only in meldkamer: each is one typing error away.
    assertEquals("kar", search("kamr").suggestion().query());
  }

  /**
   * The spelling checker ranks two words one typing error away by a similarity that favours the
   * longer: {@code panel's} (an English text's possessive) came before {@code panels}. A query's
   * words are letters and digits, so a word with an apostrophe is taken only where no other is as
   * near ({@code camera's}, the Dutch plural, for {@code cameraas}).
   */
  @Test
  void ofWordsEquallyNearOneWithoutAnApostropheIsSuggested() {
    assertEquals("panels", search("panelss").suggestion().query());
    assertEquals("camera's", search("cameraas").suggestion().query());
  }

  /**
   * The spelling checker finds a word two swapped letters away as one typing error away, and its
   * answer is weighed against the glossary's word and the compounds' part as such: they counted
   * two (Levenshtein's), so the nearer word lost.
   */
  @Test
  void twoSwappedLettersAreOneTypingError() {
    // elderly is a glossary word one swap away; elders, which a text holds, two errors.
    assertEquals("elderly", search("elderyl").suggestion().query());
    // A query that finds many gets corrections of one typing error only.
    assertEquals("wijkagent elderly", search("wijkagent elderyl").suggestion().query());
    // kamer (meldkamer) is a part one swap away; kader, which a text holds whole, two errors.
    assertEquals("kamer", search("kmaer").suggestion().query());
  }

  /**
   * camera (bewakingscamera, camerabeelden: 15 documents) and kamer (meldkamer: 4) are parts one
   * typing error from kamera; the first letter was never taken as the error, so kamera got kamer.
   */
  @Test
  void theFirstLetterMayBeTheTypingError() {
    SearchResponse misspelled = search("kamera");
    assertEquals("camera", misspelled.suggestion().query());
    assertEquals(search("camera").total(), misspelled.suggestion().total());
    assertEquals("wijkagent camera", search("wijkagent kamera").suggestion().query());
  }

  /**
   * camera (bewakingscamera, camerabeelden: 15 documents) and kamer (meldkamer: 4) are parts one
   * typing error from kamera, and two from kamerra; the spelling checker keeps the first letter,
   * so kamera and kamerra got kamer. A k written for c (or c for k) is a common Dutch error.
   */
  @Test
  void aFirstLetterKWrittenForCIsOneTypingError() {
    for (String typed : List.of("kamera", "kamerra")) {
      SearchResponse misspelled = search(typed);
      assertEquals("camera", misspelled.suggestion().query(), typed);
      assertEquals(search("camera").total(), misspelled.suggestion().total());
    }
    assertEquals("wijkagent camera", search("wijkagent kamera").suggestion().query());
    // Another first letter is still taken as typed: teeld is teelt (a part), not beeld.
    assertEquals("teelt", search("teeld").suggestion().query());
  }

  /**
   * The spelling checkers keep the first letter, so a word with its first letter dropped or
   * mistyped got no correction; where nothing else is near, one typing error anywhere is taken.
   */
  @Test
  void aWordWithItsFirstLetterMistypedAndNothingElseNearIsCorrected() {
    for (String typed : List.of("olitie", "bolitie", "oplitie")) {
      SearchResponse misspelled = search(typed);
      assertEquals(0, misspelled.total(), typed);
      assertEquals("politie", misspelled.suggestion().query(), typed);
    }
    assertEquals("wijkagent politie", search("wijkagent olitie").suggestion().query());
  }

  /**
   * A word one typing error away in its first letter comes before a word two errors away
   * ({@code urgernet} got {@code urgent}) and before a compound corrected in a part that no text
   * holds ({@code uurtbemiddeling} got {@code uurbemiddeling}, which finds nothing, so the page
   * offered nothing); a word one error away that keeps the first letter still comes first.
   */
  @Test
  void aFirstLetterMistypedComesBeforeAFartherWordOrAnInventedCompound() {
    Map<String, String> corrections = Map.of("uurtbemiddeling", "buurtbemiddeling",
        "uurtpreventie", "buurtpreventie", "urgernet", "burgernet", "eelings", "feelings",
        "teeld", "teelt");
    corrections.forEach((typed, meant) -> {
      SearchResponse misspelled = search(typed);
      assertEquals(meant, misspelled.suggestion() == null ? null
          : misspelled.suggestion().query(), typed);
      assertEquals(search(meant).total(), misspelled.suggestion().total(), meant);
    });
  }

  /**
   * A glossary word is held to what a corpus word is: its first letter as typed and the
   * checkers' accuracy. img got dog (two typing errors in three letters) and xayor mayor.
   */
  @Test
  void aGlossaryWordIsNoCorrectionOfAnotherFirstLetterOrOfAShortWordTwoErrorsAway() {
    for (String typed : List.of("img", "jpg", "png", "imd", "xayor", "aolence")) {
      SearchResponse misspelled = search(typed);
      String offered = misspelled.suggestion() == null ? null
          : misspelled.suggestion().query();
      assertTrue(offered == null || offered.charAt(0) == typed.charAt(0)
          && DidYouMean.edits(typed, offered) <= 1, typed + " got " + offered);
    }
    assertEquals("elderly", search("elderley").suggestion().query());
  }

  /** The spelling field of parts holds the parts a reader sees, not fragments off the syllables. */
  @Test
  void thePartsSuggestedFromAreWordsOfTheirOwn() {
    shipped.index().withView(view -> {
      IndexReader reader = view.getIndexReader();
      for (String part : List.of("hennep", "teelt", "voetbal", "camera", "afval")) {
        assertTrue(reader.docFreq(new Term(IndexSchema.SPELL_PARTS, part)) > 0, part);
        assertEquals(0, reader.docFreq(new Term(IndexSchema.SPELL, part)), part + " held whole");
      }
      // aan-hou-den-de, be-mid-de-laars: the index finds these parts, but no one searches them.
      for (String fragment : List.of("ende", "aars", "aanhoud", "bemiddel")) {
        assertEquals(0, reader.docFreq(new Term(IndexSchema.SPELL_PARTS, fragment)), fragment);
      }
      // English text is not split, so a search finds nothing by snap: nor is it suggested.
      assertTrue(reader.docFreq(new Term(IndexSchema.SPELL, "snapshot")) > 0);
      assertEquals(0, reader.docFreq(new Term(IndexSchema.SPELL_PARTS, "snap")));
      return null;
    });
  }

  /**
   * No text holds {@code buurtbemiddelaars} whole (it is found through {@code buurt} and
   * {@code bemiddelaars}), so the spelling checker found no word near {@code buurtbemidelaars},
   * though it corrected {@code bemidelaars} alone: the compound is now corrected in its misspelled
   * part, and the correction finds what the compound spelt right finds.
   */
  @Test
  void aMisspelledCompoundNoTextHoldsWholeIsCorrectedInItsMisspelledPart() {
    assertEquals("bemiddelaars", search("bemidelaars").suggestion().query());
    SearchResponse misspelled = search("buurtbemidelaars");
    assertEquals(0, misspelled.total());
    assertEquals(List.of("buurtbemidelaars"), misspelled.unmatched());
    assertEquals("buurtbemiddelaars", misspelled.suggestion().query());
    assertTrue(misspelled.suggestion().total() > 0);
    assertEquals(search("buurtbemiddelaar").total(), misspelled.suggestion().total());
    assertEquals(documentIds("buurtbemiddelaar"), documentIds("buurtbemiddelaars"));
  }

  /**
   * Compounds of the corpus' words, each with one typing error, that no text holds whole: the
   * misspelled part is the last ({@code buurtprojcten}) or the first ({@code wijkagnetteam}), or a
   * part that only another form of the word is held in ({@code buurtbemidelaar}: the texts hold
   * {@code bemiddelaars}, the Dutch word list {@code bemiddelaar}). {@code buurtpreventeiteam}
   * was corrected before, as a text holds {@code buurtpreventieteam} whole.
   */
  @Test
  void misspelledCompoundsOfTheCorpusWordsAreCorrected() {
    Map<String, String> corrections = new LinkedHashMap<>();
    corrections.put("buurtprojcten", "buurtprojecten");
    corrections.put("politiecontcten", "politiecontacten");
    corrections.put("wijkomgeing", "wijkomgeving");
    corrections.put("wijkagnetteam", "wijkagentteam");
    corrections.put("buurtoverast", "buurtoverlast");
    corrections.put("buurtbemidelaar", "buurtbemiddelaar");
    corrections.put("buurtpreventeiteam", "buurtpreventieteam");
    corrections.forEach((typed, meant) -> {
      SearchResponse misspelled = search(typed);
      assertEquals(0, misspelled.total(), typed);
      assertEquals(List.of(typed), misspelled.unmatched(), typed);
      assertEquals(meant, misspelled.suggestion() == null ? null
          : misspelled.suggestion().query(), typed);
      assertTrue(misspelled.suggestion().total() > 0, meant);
      assertEquals(search(meant).total(), misspelled.suggestion().total(), meant);
    });
  }

  /**
   * {@code jeugdwijkagnet} finds many through {@code jeugd}, so only a correction of one typing
   * error is offered, as for {@code buurtpreventiegroepn}; a hyphen makes two words, each
   * corrected on its own, as before.
   */
  @Test
  void aMisspelledPartIsCorrectedInAQueryThatFindsManyAndBesideAHyphen() {
    SearchResponse many = search("jeugdwijkagnet");
    assertTrue(many.total() >= DidYouMean.FEW_HITS, "jeugd is a part found");
    assertEquals("jeugdwijkagent", many.suggestion().query());
    assertEquals(search("jeugdwijkagent").total(), many.suggestion().total());

    assertEquals("buurtbemiddelaars wijkagent",
        search("buurtbemidelaars wijkagent").suggestion().query());
    SearchResponse hyphenated = search("buurt-bemidelaars");
    assertEquals(List.of("bemidelaars"), hyphenated.unmatched());
    assertEquals("buurt-bemiddelaars", hyphenated.suggestion().query());
  }

  /**
   * In a query that finds many, {@code woninginbrek} was corrected in its part {@code inbrek},
   * one error from {@code inbreuk}, to {@code woninginbreuk}, which no text holds; alone, as a
   * query that finds few, it got {@code woninginbraak}, two errors away, which texts hold.
   */
  @Test
  void aCompoundTheTextsHoldComesBeforeAPartCorrectedIntoAnotherWord() {
    assertEquals("woninginbraak", search("woninginbrek").suggestion().query());
    for (String query : List.of("buurtpreventie woninginbrek", "wijkagent woninginbrek")) {
      SearchResponse misspelled = search(query);
      assertTrue(misspelled.total() >= DidYouMean.FEW_HITS, query);
      assertEquals(query.replace("woninginbrek", "woninginbraak"),
          misspelled.suggestion() == null ? null : misspelled.suggestion().query(), query);
    }
  }

  /**
   * Compounds spelt right that no text holds, of a part the Dutch word list holds and a name or an
   * English word it does not: corrected in their parts, {@code politieutrecht} would be
   * {@code politierecht} ({@code politieut}, two typing errors from {@code politie}).
   */
  @Test
  void aCompoundSpeltRightThatNoTextHoldsGetsNoCorrection() {
    for (String word : List.of("politieutrecht", "roosendaalbuurt", "wijkinstagram",
        "politietwitter", "buurtfacebook", "wijkpodcast", "buurtmoestuin")) {
      SearchResponse absent = search(word);
      assertEquals(0, absent.total(), word);
      assertEquals(List.of(word), absent.unmatched(), word);
      assertNull(absent.suggestion(), word);
    }
  }

  /**
   * Read as stigma + tisaton, the typing error found the 14 documents tagged with stigmatisation
   * (stigma is another of its names), in alphabetical order, and named nothing as unmatched.
   */
  @Test
  void aWordOfTheTextsWithATypingErrorIsNoCompoundOfAKnownPartAndAnUnknownRest() {
    for (String lang : List.of("en", "nl")) {
      SearchResponse misspelled = search("stigmatisaton", lang);
      assertEquals(0, misspelled.total(), lang);
      assertEquals(List.of("stigmatisaton"), misspelled.unmatched(), lang);
      assertEquals("stigmatisation", misspelled.suggestion().query(), lang);
    }
  }

  @Test
  void aDoubledLastConsonantIsReadAsSingle() {
    SearchResponse doubled = search("burgernett");
    assertEquals("burgernet", doubled.hits().get(0).id(), "the stems are one (step 16)");
    assertNull(doubled.suggestion());
  }

  @Test
  void wordsTheCorpusHoldsGetNoCorrection() {
    for (String query : new String[] {"burgernet", "neighbourhood watch", "wat doet een wijkagent",
        "buurtpreventie -whatsapp"}) {
      assertNull(search(query).suggestion(), query);
      assertEquals(List.of(), search(query).unmatched(), query);
    }
  }

  /** No text holds shop or owners; together they are a glossary phrase, winkeliers. */
  @Test
  void theWordsOfAGlossaryPhraseAreNotUnmatched() {
    SearchResponse phrase = search("shop owners", "en");
    assertEquals(List.of(), phrase.unmatched());
    assertTrue(phrase.total() > 0);
    assertEquals(List.of("shop"), search("shop politie", "en").unmatched());
  }

  /**
   * {@code neighbourhod} is held by no text, but the Dutch stemming reads {@code Neighbourhoods}
   * as it, so it finds 7 documents and counted as found: no correction was offered, where
   * {@code neighbourhood}, one typing error away, finds all 46. So for {@code politi} (8 through
   * {@code politie}'s Dutch stem, where {@code politie} finds 46). Not where the corrected query
   * finds no more: {@code neighbourhod watch} finds the 19 documents on citizen surveillance
   * through watch, as {@code neighbourhood watch} does since its Dutch translation buurt, of one
   * word of the name, is no longer searched.
   */
  @Test
  void aWordFoundOnlyThroughAnAnalysisIsCorrectedToAFarMoreCommonNearSpelling() {
    for (String lang : List.of("nl", "en")) {
      SearchResponse typo = search("neighbourhod residents", lang);
      assertTrue(typo.total() >= DidYouMean.FEW_HITS, "Neighbourhoods is found so");
      assertEquals(List.of(), typo.unmatched(), "a search finds neighbourhod");
      assertEquals("neighbourhood residents", typo.suggestion() == null ? null
          : typo.suggestion().query(), lang);
      assertEquals(search("neighbourhood residents", lang).total(), typo.suggestion().total());
      assertTrue(typo.suggestion().total() > typo.total(), "the correction finds more");
      SearchResponse watch = search("neighbourhod watch", lang);
      assertEquals(search("neighbourhood watch", lang).total(), watch.total());
      assertNull(watch.suggestion(), "the correction finds no more");
    }
    SearchResponse politi = search("politi");
    assertTrue(politi.total() >= DidYouMean.FEW_HITS);
    assertEquals("politie", politi.suggestion().query());
    long nearFinds = search("neighbourhood").total();
    assertTrue(nearFinds >= DidYouMean.MORE_POPULAR * search("neighbourhod").total());
  }

  /**
   * Corrected only where a near spelling finds far more: {@code burgernett} finds what
   * {@code burgernet} finds (the stems are one); compounds and spelling variants that no text
   * holds as written (the judged queries of spelling variants) are taken as meant.
   */
  @Test
  void aWordFoundThroughAnAnalysisAsOftenAsItsNearSpellingIsLeftAlone() {
    for (String query : List.of("burgernett", "buurtpreventieteams", "whatsappgroep",
        "politieapp", "amberalert")) {
      SearchResponse response = search(query);
      assertTrue(response.total() >= DidYouMean.FEW_HITS, query);
      assertNull(response.suggestion(), query);
    }
  }

  /**
   * No title or keyword of the corpus, each spelt as its document spells it, gets a correction,
   * nor does any word of theirs alone: a correction is for what no text holds.
   */
  @Test
  void noTitleOrKeywordOfTheCorpusGetsACorrection() {
    Set<String> queries = new LinkedHashSet<>();
    for (CorpusDocument doc : shipped.service().allDocuments(request(""), 1000)) {
      queries.add(doc.title());
      queries.addAll(doc.keywords());
    }
    assertTrue(queries.size() > 200, "titles and keywords");
    for (String lang : List.of("nl", "en")) {
      for (String query : queries) {
        // A page past the hits: the answer's suggestion, without the passages of its hits.
        SearchRequest pastTheHits = new SearchRequest(query, Map.of(), null, null, 10, 10,
            SortOrder.RELEVANCE, lang);
        assertNull(shipped.service().search(pastTheHits).suggestion(), lang + ": " + query);
      }
    }
  }

  /**
   * A correction offered beside a query that finds many is worth taking: {@code comunity policing}
   * finds what {@code policing} alone finds, 45 documents, and {@code community policing} 43 of
   * them, but the correction puts the word back into the order (community policing itself before
   * the police apps). Where the corrected word finds nothing among the selected documents, it adds
   * nothing: {@code wijkagent jongren} in the issue over-regulation, where no text holds
   * {@code jongeren}, was offered {@code wijkagent jongeren}, which found fewer.
   */
  @Test
  void aCorrectionIsOfferedWhereItsWordFindsSomethingAmongTheSelected() {
    SearchResponse typo = search("comunity policing");
    assertEquals(List.of("comunity"), typo.unmatched());
    assertEquals("community policing", typo.suggestion().query());
    assertNotEquals(ids("comunity policing"), ids("community policing"), "another order");

    SearchRequest selected = new SearchRequest("wijkagent jongren",
        Map.of("issue", List.of("over-regulation")), null, null, 1, 10, SortOrder.RELEVANCE, "nl");
    SearchResponse filtered = shipped.service().search(selected);
    assertTrue(filtered.total() > 0, "wijkagent finds some");
    assertEquals(List.of("jongren"), filtered.unmatched());
    assertEquals(0, shipped.service().count(new SearchRequest("jongeren", selected.filters(),
        null, null, 1, 10, SortOrder.RELEVANCE, "nl")), "no selected text holds jongeren");
    assertNull(filtered.suggestion());
    assertEquals("wijkagent jongeren", search("wijkagent jongren").suggestion().query());
  }

  @Test
  void aWordTheWordListsHoldIsMeantAsTyped() {
    for (String query : new String[] {"bank", "tuin", "hondje", "ijsje", "meisje", "kopje",
        "distrust", "overlap", "women", "woman", "labor", "color", "arson", "riots",
        "hate crime", "2024", "alert 2024", "buurtpreventie 2013"}) {
      assertNull(search(query).suggestion(), query);
    }
  }

  @Test
  void aWordThatFindsNothingIsNamedAndCorrectedThoughTheOtherWordsFindMany() {
    SearchResponse typo = search("wijkagent jongren");
    assertTrue(typo.total() >= DidYouMean.FEW_HITS, "wijkagent finds many documents alone");
    assertEquals(List.of("jongren"), typo.unmatched());
    assertEquals("wijkagent jongeren", typo.suggestion().query());
    assertEquals(search("wijkagent jongeren").total(), typo.suggestion().total());

    SearchResponse unknown = search("police zebra");
    assertTrue(unknown.total() > 0);
    assertEquals(List.of("zebra"), unknown.unmatched());
    assertNull(unknown.suggestion(), "two typing errors from zodra: no correction");
  }

  @Test
  void aWordThatFindsNothingDoesNotDecideWhatTheOtherWordsFind() {
    assertEquals(ids("wijkagent"), ids("wijkagent jongren"));
    assertEquals(ids("police"), ids("police zebra"));
    assertEquals(search("police").total(), shipped.service().count(request("police zebra")));
    assertEquals(0, search("zebra xqzv").total(), "nothing is left to search");
    assertEquals(List.of("zebra", "xqzv"), search("zebra xqzv").unmatched());
  }

  /**
   * Left out as finding nothing, the words a query asks for would leave only what it excludes,
   * which alone asks for every other document: the query finds nothing, as the words alone do.
   */
  @Test
  void wordsThatFindNothingBesideAnExclusionFindNothing() {
    assertTrue(search("-wiet").total() > 0, "an exclusion alone finds every other document");
    for (String[] query : new String[][] {{"zebra -wiet", "zebra"}, {"mannen -men", "mannen"},
        {"zebra NOT wiet", "zebra"}, {"Zebra -\"wiet hennep\"", "zebra"}}) {
      SearchResponse response = search(query[0]);
      SearchResponse alone = search(query[1]);
      assertEquals(0, alone.total(), query[1]);
      assertEquals(0, response.total(), query[0]);
      assertEquals(alone.unmatched(), response.unmatched(), query[0]);
      assertEquals(alone.suggestion() == null, response.suggestion() == null, query[0]);
      assertEquals(0, shipped.service().count(request(query[0])), query[0]);
      assertEquals(List.of(), shipped.service().allDocuments(request(query[0]), 100), query[0]);
    }
  }

  @Test
  void withoutWordsKeepsPhrasesAndTheQueryWhenNothingWouldBeLeft() {
    assertEquals("police \"zebra crossing\"",
        TextlessWords.without("police zebra \"zebra crossing\"", List.of("zebra")));
    assertEquals("zebra", TextlessWords.without("zebra", List.of("zebra")));
    assertEquals("police -zebra", TextlessWords.without("police -zebra", List.of()));
    assertEquals("zebra -wiet", TextlessWords.without("zebra -wiet", List.of("zebra")));
    assertEquals("zebra NOT wiet", TextlessWords.without("zebra NOT wiet", List.of("zebra")));
    assertEquals("police -wiet", TextlessWords.without("police zebra -wiet", List.of("zebra")));
  }

  /** A word with hyphens that finds nothing as a whole goes whole, punctuation and all. */
  @Test
  void withoutWordsLeavesOutAWordWithHyphensWhole() {
    List<String> words = List.of("face-to-face");
    assertEquals("contact", TextlessWords.without("Face-to-face contact", words));
    assertEquals("contact", TextlessWords.without("face-to-face? contact", words));
    assertEquals("( | contact)", TextlessWords.without("(face-to-face | contact)", words));
    assertEquals("face-to-facebook contact",
        TextlessWords.without("face-to-facebook contact", words));
    assertEquals("contact", TextlessWords.without("zebra-contact", List.of("zebra")));
  }

  @Test
  void wordsFoundOnlyThroughAConceptOrATranslationOrAsAPrefixAreNotUnmatched() {
    for (String query : new String[] {"evaluatie", "bemidd*", "vigilantism", "wijkagent -zebra",
        "welke vormen", "privacyrisico's", "camera's", "camera’s"}) {
      assertEquals(List.of(), search(query).unmatched(), query);
    }
  }

  private static SearchResponse search(String query) {
    return shipped.service().search(request(query));
  }

  private static SearchResponse search(String query, String lang) {
    return shipped.service().search(
        new SearchRequest(query, Map.of(), null, null, 1, 10, SortOrder.RELEVANCE, lang));
  }

  private static SearchRequest request(String query) {
    return new SearchRequest(query, Map.of(), null, null, 1, 10, SortOrder.RELEVANCE, "nl");
  }

  /** The ids of every document {@code query} finds, in order of id. */
  private static List<String> documentIds(String query) {
    return shipped.service().allDocuments(request(query), 100).stream()
        .map(CorpusDocument::id).sorted().toList();
  }

  private static List<String> ids(String query) {
    return search(query).hits().stream().map(SearchResponse.Hit::id).toList();
  }
}
