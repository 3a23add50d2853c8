package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.index.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A typed word's forms are known as that word, and a concept's names as the words naming it. */
class PassageWordsTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void aCompoundsPartsAreFormsOfTheCompound() {
    PassageWords words = of("whatsappgroep privacy");
    assertEquals(2, words.count());
    assertEquals(1L, words.of("body_nl", terms("body_nl", "whatsapp")));
    assertEquals(1L, words.of("body_nl", terms("body_nl", "groep")));
    assertEquals(2L, words.of("body_nl", terms("body_nl", "privacy")));
  }

  @Test
  void aConceptsNamesAreFormsOfEachWordThatNamesIt() {
    PassageWords words = of("neighbourhood watch");
    assertEquals(3L, words.of("body_nl", terms("body_nl", "buurtpreventie")));
    assertEquals(2L, words.of("body_en", terms("body_en", "watch")));
  }

  @Test
  void aGlossaryPhrasesTranslationsAreFormsOfEachOfItsWords() {
    PassageWords words = of("young people");
    assertEquals(3L, words.of("body_nl", terms("body_nl", "jongeren")));
    assertEquals(1L, words.of("body_en", terms("body_en", "young")));
    assertEquals(PassageWords.ANOTHER_WORD,
        of("young").of("body_nl", terms("body_nl", "jongeren")), "young alone is no jongeren");
  }

  @Test
  void aGlossaryPhraseIsOneFormOfAWordItTranslates() {
    PassageWords words = of("jongeren");
    assertEquals(1L, words.of("body_en", terms("body_en", "young people")));
    assertEquals(PassageWords.ANOTHER_WORD, words.of("body_en", terms("body_en", "young")),
        "young alone is no form of jongeren");
  }

  @Test
  void aTermOfNoWordIsAnotherWord() {
    assertEquals(PassageWords.ANOTHER_WORD,
        of("neighbourhood watch").of("body_en", terms("body_en", "privacy")));
  }

  private static PassageWords of(String text) {
    return shipped.index().withView(view ->
        PassageWords.of(text, view.concepts(), IndexSchema.queryAnalyzer()));
  }

  private static List<Term> terms(String field, String word) {
    return ConceptNameQueries.terms(IndexSchema.queryAnalyzer(), field, word).stream()
        .map(term -> new Term(field, term)).toList();
  }
}
