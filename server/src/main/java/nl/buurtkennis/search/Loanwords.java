package nl.buurtkennis.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.util.BytesRef;

/**
 * The query's words that are words of the other language in a language's texts, with their
 * translations there: {@code police} in a Dutch text, where the lexicon translates it as
 * {@code politie}. A Dutch text that holds the typed word uses it as a loanword ("community
 * policing"), which says less of what the query asks than the translation does ({@link
 * PassageWeights}). A word is one of the other language's when the lexicon translates it from
 * that language ({@link TaxonomyLexicon#translate}); by term, as a field's analysis reads them.
 */
final class Loanwords {
  private static final Loanwords NONE = new Loanwords(Map.of());

  /** By field: a typed word's term → the terms of its translations. */
  private final Map<String, Map<BytesRef, List<BytesRef>>> byField;

  private Loanwords(Map<String, Map<BytesRef, List<BytesRef>>> byField) {
    this.byField = byField;
  }

  static Loanwords none() {
    return NONE;
  }

  /**
   * The loanwords among {@code words} (the query's words as typed) in the body and summary of
   * each language, read by {@code analyzer}, the query's analyzer.
   */
  static Loanwords of(List<String> words, TaxonomyLexicon lexicon, Analyzer analyzer) {
    Map<String, Map<BytesRef, List<BytesRef>>> byField = new HashMap<>();
    for (String language : IndexSchema.LANGUAGES) {
      for (String word : words) {
        List<String> translations = lexicon.translate(word, language);
        if (translations.isEmpty()) {
          continue;
        }
        for (String name : List.of(IndexSchema.BODY, IndexSchema.SUMMARY)) {
          String field = IndexSchema.field(name, language);
          BytesRef typed = term(analyzer, field, word);
          if (typed == null) {
            continue;
          }
          List<BytesRef> terms = new ArrayList<>();
          for (String translation : translations) {
            BytesRef term = term(analyzer, field, translation);
            if (term != null && !term.equals(typed)) {
              terms.add(term);
            }
          }
          if (!terms.isEmpty()) {
            byField.computeIfAbsent(field, f -> new HashMap<>())
                .computeIfAbsent(typed, t -> new ArrayList<>()).addAll(terms);
          }
        }
      }
    }
    return byField.isEmpty() ? NONE : new Loanwords(byField);
  }

  /** In {@code field}: each loanword's term → the terms of its translations. */
  Map<BytesRef, List<BytesRef>> in(String field) {
    return byField.getOrDefault(field, Map.of());
  }

  /** The first term the field's analysis makes of {@code word}; null when it drops the word. */
  private static BytesRef term(Analyzer analyzer, String field, String word) {
    return ConceptNameQueries.rememberedTerms(analyzer, field, word).stream().findFirst()
        .map(BytesRef::new).orElse(null);
  }
}
