package nl.buurtkennis.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.buurtkennis.analysis.DutchCompounds;
import nl.buurtkennis.index.ConceptMentions;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * The query's words as typed, each with the terms its forms take in the texts of each language:
 * the word itself, its compound's parts, its translations and other names ({@link
 * TaxonomyLexicon#alternatives}), the translations and other names of a glossary phrase that it
 * stands in ({@code young people}: jongeren, for both words), and the names of a concept that a
 * run of words holding it names ({@code neighbourhood watch}: buurtpreventie, for both words). A passage is weighed by how many
 * of the words it holds ({@link LeanPassageScorer}), and one word's many forms are one word: a
 * passage with {@code whatsapp} and {@code privacy} holds more of {@code WhatsApp privacy} than
 * one with {@code WhatsApp} twice, or with {@code WhatsApp-groepen} and {@code whatsappgroep}.
 * Words are numbered in the order typed, at most {@link #MAX_WORDS}; each term knows its words as
 * a set of bits.
 */
final class PassageWords {
  /** The words a passage can be told to hold; further words are not counted. */
  static final int MAX_WORDS = Long.SIZE - 1;
  /**
   * The word of a term that no word's forms know (the words a prefix finds): such terms count as
   * one word more.
   */
  static final long ANOTHER_WORD = 1L << MAX_WORDS;
  private static final PassageWords NONE = new PassageWords(0, Map.of(), Map.of());

  private final int count;
  /** By field: a term → the words it is a form of, as bits. */
  private final Map<String, Map<BytesRef, Long>> byField;
  /** By field: a term of a word as typed → the words it is, as bits. */
  private final Map<String, Map<BytesRef, Long>> typedByField;

  private PassageWords(int count, Map<String, Map<BytesRef, Long>> byField,
      Map<String, Map<BytesRef, Long>> typedByField) {
    this.count = count;
    this.byField = byField;
    this.typedByField = typedByField;
  }

  /** No words known: every passage holds as many of them. */
  static PassageWords none() {
    return NONE;
  }

  /**
   * The words of {@code wanted} (a query's text without what it excludes) with their forms in the
   * body and summary of each language, read by {@code analyzer}, the query's analyzer.
   */
  static PassageWords of(String wanted, ConceptMatcher concepts, Analyzer analyzer) {
    List<String> words = new ArrayList<>(new LinkedHashSet<>(ConceptMatcher.words(wanted)));
    if (words.size() > MAX_WORDS) {
      words = words.subList(0, MAX_WORDS);
    }
    if (words.isEmpty()) {
      return NONE;
    }
    List<ConceptMatcher.Match> named = concepts.find(wanted);
    TaxonomyLexicon lexicon = concepts.lexicon();
    Map<String, Map<BytesRef, Long>> byField = new HashMap<>();
    Map<String, Map<BytesRef, Long>> typedByField = new HashMap<>();
    for (String language : IndexSchema.LANGUAGES) {
      for (String name : List.of(IndexSchema.BODY, IndexSchema.SUMMARY)) {
        String field = IndexSchema.field(name, language);
        Map<BytesRef, Long> forms = new HashMap<>();
        Map<BytesRef, Long> typed = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
          long bit = 1L << i;
          for (String term : ConceptNameQueries.rememberedTerms(analyzer, field, words.get(i))) {
            typed.merge(new BytesRef(term), bit, (a, b) -> a | b);
          }
          for (String form : forms(words.get(i), language, lexicon)) {
            addForm(forms, analyzer, field, form, bit);
          }
        }
        for (String unit : lexicon.units(wanted)) {
          List<String> phrase = ConceptMatcher.words(unit);
          if (phrase.size() > 1) {
            long bits = bits(words, phrase);
            for (String alternative : lexicon.alternatives(unit, language)) {
              addForm(forms, analyzer, field, alternative, bits);
            }
          }
        }
        for (ConceptMatcher.Match match : named) {
          long bits = bits(words, ConceptMatcher.words(match.words()));
          for (String conceptName : ConceptMentions.names(match.ref().concept())
              .getOrDefault(language, List.of())) {
            addName(forms, analyzer, field, conceptName, bits);
          }
        }
        byField.put(field, forms);
        typedByField.put(field, typed);
      }
    }
    return new PassageWords(words.size(), byField, typedByField);
  }

  /** How many words the query has; 0 when none is known. */
  int count() {
    return count;
  }

  /** The terms of the words as typed in {@code field}, each → the words it is, as bits. */
  Map<BytesRef, Long> typedIn(String field) {
    return typedByField.getOrDefault(field, Map.of());
  }

  /**
   * The words of the matches in one field: each match's term → the words it is a form of, as bits,
   * and what each word weighs there (by bit), its heaviest form's weight ({@link PassageWeights});
   * and the terms of the words as typed ({@code typed}), each → the words it is.
   */
  record InField(Map<BytesRef, Long> bits, float[] weights, Map<BytesRef, Long> typed) {
    static final InField NONE = new InField(Map.of(), new float[Long.SIZE]);

    InField(Map<BytesRef, Long> bits, float[] weights) {
      this(bits, weights, Map.of());
    }

    /**
     * The words that a text of {@code tokens} (terms in order, as the field's analysis reads it)
     * holds a match of, as bits: a phrase's match where its terms stand in that order.
     */
    long heldBy(List<String> tokens) {
      long held = 0L;
      for (Map.Entry<BytesRef, Long> match : bits.entrySet()) {
        if (Collections.indexOfSubList(tokens,
            List.of(match.getKey().utf8ToString().split(" "))) >= 0) {
          held |= match.getValue();
        }
      }
      return held;
    }

    /** The share of the words' weight that the {@code held} words weigh; 1 when none weighs. */
    double share(long held) {
      double all = 0d;
      double part = 0d;
      for (int bit = 0; bit < weights.length; bit++) {
        all += weights[bit];
        part += (held & (1L << bit)) != 0 ? weights[bit] : 0d;
      }
      return all == 0d ? 1d : part / all;
    }
  }

  /**
   * The words that a match of {@code terms} (a word, or a phrase's words) in {@code field} is a
   * form of, as bits: {@link #ANOTHER_WORD} when no word's forms know any of them.
   */
  long of(String field, List<Term> terms) {
    Map<BytesRef, Long> forms = byField.getOrDefault(field, Map.of());
    long bits = forms.getOrDefault(new BytesRef(String.join(" ",
        terms.stream().map(Term::text).toList())), 0L);
    for (Term term : terms) {
      bits |= forms.getOrDefault(term.bytes(), 0L);
    }
    return bits == 0L ? ANOTHER_WORD : bits;
  }

  /** The word, its compound's parts and the other names of each, in {@code language}. */
  private static List<String> forms(String word, String language, TaxonomyLexicon lexicon) {
    List<String> forms = new ArrayList<>();
    forms.add(word);
    forms.addAll(lexicon.alternatives(word, language));
    List<String> parts = DutchCompounds.segments(word);
    if (parts.size() > 1) {
      for (String part : parts) {
        forms.add(part);
        forms.addAll(lexicon.alternatives(part, language));
      }
    }
    return forms;
  }

  /**
   * {@code form} as a form of the words {@code bits}: a word by each of its terms, a glossary
   * phrase ({@code young people} for {@code jongeren}) as one, as a concept's name is.
   */
  private static void addForm(Map<BytesRef, Long> forms, Analyzer analyzer, String field,
      String form, long bits) {
    if (form.contains(" ")) {
      addName(forms, analyzer, field, form, bits);
      return;
    }
    for (String term : ConceptNameQueries.rememberedTerms(analyzer, field, form)) {
      forms.merge(new BytesRef(term), bits, (a, b) -> a | b);
    }
  }

  private static long bits(List<String> words, List<String> run) {
    long bits = 0L;
    for (String word : run) {
      int at = words.indexOf(word);
      bits |= at >= 0 ? 1L << at : 0L;
    }
    return bits;
  }

  /**
   * A concept's name as one form, its terms joined as the highlighter names a phrase's match: a
   * word of the name alone ({@code watch} of "neighbourhood watch") is no form of the others.
   */
  private static void addName(Map<BytesRef, Long> forms, Analyzer analyzer, String field,
      String name, long bits) {
    Set<String> terms = ConceptNameQueries.rememberedTerms(analyzer, field, name);
    if (bits != 0L && !terms.isEmpty()) {
      forms.merge(new BytesRef(String.join(" ", terms)), bits, (a, b) -> a | b);
    }
  }
}
