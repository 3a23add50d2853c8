package nl.buurtkennis.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Predicate;
import nl.buurtkennis.analysis.WordCache;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.taxonomy.Taxonomy;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The words of a query searched among the names (labels and synonyms) of the topic concepts, in
 * the taxonomy rather than in every document: a query's clause on the field {@code concepts_nl} or
 * {@code concepts_en}, which the index does not hold, becomes the facet terms of the concepts one
 * of whose names holds its words (all of them, for a phrase), which every document tagged with
 * such a concept, or a narrower one, carries. Indexing each tagged document's names cost a fifth
 * of a build and a sixth of the index (bench/HISTORY.md).
 */
final class ConceptNameQueries {
  /**
   * A word in the names of several of a document's concepts counts as its best match there, and
   * a tenth of each other, as a word used often in one field counts less than in as many fields.
   */
  private static final float TIE_BREAKER = 0.1f;
  /** What a concept counts for through one word of a name of several words. */
  static final float WORD_OF_NAME = 0.5f;

  /**
   * A concept's facet term, which every document tagged with it carries, and its names' terms:
   * as a set per name, and by position per name (for exact phrases). One per concept and
   * language, made with the taxonomy's: equal only to itself, as a record's own hash of all its
   * name sets, asked for each concept a query's word names (sets of them are built per word),
   * was 1.3% of a search of several words.
   */
  private record Named(Term facetTerm, List<Set<String>> names,
      List<List<Set<String>>> sequences, Set<String> qualifiers, Set<String> oneWordNames,
      Set<String> words) {
    @Override
    public boolean equals(Object other) {
      return this == other;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  /** Per language: every topic concept in taxonomy order, and which of them use each term. */
  private final Map<String, List<Named>> byLanguage = new HashMap<>();
  private final Map<String, Map<String, BitSet>> usingTerm = new HashMap<>();
  /** Every topic concept's facet term, by facet and concept id ({@link #key}). */
  private final Map<String, Term> facetTerms = new HashMap<>();

  ConceptNameQueries(Taxonomy taxonomy, Analyzer indexAnalyzer, FacetsConfig facetsConfig) {
    for (String language : IndexSchema.LANGUAGES) {
      String field = IndexSchema.field(IndexSchema.CONCEPTS, language);
      List<Named> named = new ArrayList<>();
      Map<String, BitSet> byTerm = new HashMap<>();
      for (String dim : IndexSchema.TOPIC_DIMS) {
        Facet facet = taxonomy.facet(dim).orElse(null);
        if (facet == null) {
          continue;
        }
        for (Concept concept : facet.concepts()) {
          List<Set<String>> names = new ArrayList<>();
          List<List<Set<String>>> sequences = new ArrayList<>();
          List<String> texts = new ArrayList<>();
          texts.add(concept.label().in(language));
          texts.addAll(concept.synonyms(language));
          List<List<Set<String>>> written = new ArrayList<>();
          for (String text : texts) {
            List<Set<String>> positions = positions(indexAnalyzer, field, text);
            written.add(positions);
            Set<String> terms = new LinkedHashSet<>();
            positions.forEach(terms::addAll);
            names.add(terms);
            sequences.addAll(sequences(positions));
          }
          int index = named.size();
          names.forEach(name -> name.forEach(
              term -> byTerm.computeIfAbsent(term, t -> new BitSet()).set(index)));
          Term facetTerm = DrillDownQuery.term(facetsConfig.getDimConfig(dim).indexFieldName,
              dim, facet.path(concept.id()).toArray(String[]::new));
          facetTerms.put(key(dim, concept.id()), facetTerm);
          named.add(new Named(facetTerm, names, sequences, qualifiers(written),
              oneWordNames(written), words(written)));
        }
      }
      byLanguage.put(language, named);
      usingTerm.put(language, byTerm);
    }
  }

  /**
   * The terms by which a concept's names name a kind of it: those of the words a name adds to
   * another of its names ({@code whatsapp} of {@code WhatsApp-buurtpreventie} beside {@code
   * buurtpreventie}, of {@code WhatsApp neighbourhood watch} beside {@code neighbourhood watch}).
   * The words of a name are compared as written: a compound by itself, not by its parts.
   */
  static Set<String> qualifiers(List<List<Set<String>>> names) {
    Set<String> qualifiers = new LinkedHashSet<>();
    List<List<String>> written = names.stream().map(ConceptNameQueries::firstTerms).toList();
    for (int n = 0; n < names.size(); n++) {
      List<Set<String>> name = names.get(n);
      List<String> words = written.get(n);
      for (List<String> within : written) {
        int at = within.isEmpty() || within.size() >= words.size()
            ? -1 : Collections.indexOfSubList(words, within);
        if (at < 0) {
          continue;
        }
        for (int i = 0; i < name.size(); i++) {
          if (i < at || i >= at + within.size()) {
            qualifiers.addAll(name.get(i));
          }
        }
      }
    }
    return qualifiers;
  }

  /**
   * The terms of the names' words as written, and of the last part of a name written as one
   * compound, which says what it is ({@code afval} of {@code zwerfafval}); not the parts before it,
   * which say what kind: {@code camera} of {@code cameratoezicht}, a name of privacy, is no name of
   * privacy itself. Nor a part of a compound among other words: {@code jongeren} of {@code minder
   * hangjongeren}, a name of less nuisance, says nothing of nuisance. Each position's terms are in
   * the analysis' order (an ordered set): the word as written first, its last part last.
   */
  static Set<String> words(List<List<Set<String>>> names) {
    Set<String> words = new HashSet<>();
    for (List<Set<String>> name : names) {
      for (Set<String> terms : name) {
        if (!terms.isEmpty()) {
          List<String> stacked = List.copyOf(terms);
          words.add(stacked.get(0));
          if (name.size() == 1) {
            words.add(stacked.get(stacked.size() - 1));
          }
        }
      }
    }
    return words;
  }

  /** The terms of the names written as one word (with a compound's parts). */
  private static Set<String> oneWordNames(List<List<Set<String>>> names) {
    Set<String> terms = new HashSet<>();
    names.stream().filter(name -> name.size() == 1).forEach(name -> terms.addAll(name.get(0)));
    return terms;
  }

  /** Each position's first term: the word as written, before its stacked forms. */
  private static List<String> firstTerms(List<Set<String>> name) {
    return name.stream().map(terms -> terms.isEmpty() ? "" : terms.iterator().next()).toList();
  }

  /** {@code query} with each clause on a concept-name field replaced by the concepts it finds. */
  Query rewrite(Query query) {
    return rewritten(query, null);
  }

  /**
   * {@code query} with each clause on a concept-name field replaced by the concepts it finds, but
   * a concept for which the word is a qualifier ({@link #qualifiers}), and that the query does
   * not name as a whole ({@code named}), only ranks the documents that the word's other fields
   * (or another concept) find, and finds none itself: {@code whatsapp} does not make every
   * document tagged with citizen surveillance a hit, as WhatsApp groups are one kind of it.
   *
   * @param named the concepts the query names ({@link ConceptMatcher#find})
   */
  Query rewrite(Query query, List<ConceptMatcher.Match> named) {
    Set<Term> namedTerms = new HashSet<>();
    for (ConceptMatcher.Match match : named) {
      Term term = facetTerms.get(key(match.ref().facet(), match.ref().concept().id()));
      if (term != null) {
        namedTerms.add(term);
      }
    }
    return rewritten(query, namedTerms);
  }

  /** @param named the facet terms of the concepts named; null: every concept found counts */
  private Query rewritten(Query query, Set<Term> named) {
    if (named != null && query instanceof BooleanQuery bq && isDisjunction(bq)) {
      return wordsFields(bq, named);
    }
    List<List<Term>> words = named != null && query instanceof BooleanQuery bq
        ? wordsOfAName(bq) : List.of();
    if (!words.isEmpty()) {
      return allWordsNaming((BooleanQuery) query, words, named);
    }
    if (query instanceof BooleanQuery bq) {
      BooleanQuery.Builder builder = new BooleanQuery.Builder()
          .setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
      for (BooleanClause clause : bq.clauses()) {
        builder.add(rewritten(clause.getQuery(), named), clause.getOccur());
      }
      return builder.build();
    }
    if (query instanceof BoostQuery boost) {
      return new BoostQuery(rewritten(boost.getQuery(), named), boost.getBoost());
    }
    if (query instanceof TermQuery term) {
      return conceptsUsing(List.of(term.getTerm()), query);
    }
    if (query instanceof SynonymQuery synonyms) {
      return conceptsUsing(synonyms.getTerms(), query);
    }
    if (query instanceof PhraseQuery phrase) {
      Term[][] positions = new Term[phrase.getTerms().length][];
      for (int i = 0; i < positions.length; i++) {
        positions[i] = new Term[] {phrase.getTerms()[i]};
      }
      return conceptsNaming(phrase.getField(), positions,
          phrase.getSlop() == 0 ? phrase.getPositions() : null, query, named);
    }
    if (query instanceof MultiPhraseQuery phrase) {
      Term[][] positions = phrase.getTermArrays();
      return conceptsNaming(positions.length == 0 ? "" : positions[0][0].field(), positions,
          phrase.getSlop() == 0 ? phrase.getPositions() : null, query, named);
    }
    if (query instanceof PrefixQuery prefix) {
      String start = prefix.getPrefix().text();
      return concepts(prefix.getField(), name -> name.stream().anyMatch(t -> t.startsWith(start)),
          query);
    }
    return query;
  }

  /**
   * A word's fields (or alternatives), scored as {@link #rewrite(Query)} scores them, but found
   * only by the fields that hold text and the concepts that the word names: those it is no
   * qualifier of, and those among {@code named}.
   */
  private Query wordsFields(BooleanQuery fields, Set<Term> named) {
    BooleanQuery.Builder scored = new BooleanQuery.Builder();
    BooleanQuery.Builder finding = new BooleanQuery.Builder();
    boolean rankOnly = false;
    for (BooleanClause clause : fields.clauses()) {
      Query query = clause.getQuery();
      List<Term> terms = termsOf(query);
      String language = terms.isEmpty() ? null : languageOf(terms.get(0).field());
      Query rewritten = rewritten(query, named);
      scored.add(rewritten, BooleanClause.Occur.SHOULD);
      if (language == null) {
        finding.add(rewritten, BooleanClause.Occur.SHOULD);
        continue;
      }
      List<Named> using = using(terms, language);
      List<Named> finds = using.stream().filter(n -> findsThrough(n, terms, named)).toList();
      rankOnly |= finds.size() < using.size();
      if (!finds.isEmpty()) {
        // Scored by the clause above; here it only finds.
        finding.add(new BoostQuery(new ConstantScoreQuery(anyOf(finds)), 0f),
            BooleanClause.Occur.SHOULD);
      }
    }
    if (!rankOnly) {
      return scored.build();
    }
    BooleanQuery found = finding.build();
    if (found.clauses().isEmpty()) {
      return new MatchNoDocsQuery("the word only qualifies concepts' names");
    }
    return new BooleanQuery.Builder()
        .add(found, BooleanClause.Occur.FILTER)
        .add(scored.build(), BooleanClause.Occur.MUST)
        .build();
  }

  /**
   * The words (each a term and its stacked forms) of a query that asks for all of them in one
   * concept-name field, as a compound's parts are asked for ({@code whatsappgroep}: whatsapp and
   * groep); empty for any other query.
   */
  private static List<List<Term>> wordsOfAName(BooleanQuery query) {
    List<List<Term>> words = new ArrayList<>();
    String field = null;
    for (BooleanClause clause : query.clauses()) {
      List<Term> terms = termsOf(clause.getQuery());
      if (clause.getOccur() != BooleanClause.Occur.MUST || terms.isEmpty()
          || languageOf(terms.get(0).field()) == null
          || field != null && !field.equals(terms.get(0).field())) {
        return List.of();
      }
      field = terms.get(0).field();
      words.add(terms);
    }
    return words.size() < 2 ? List.of() : words;
  }

  /**
   * The concepts with names that hold all the words of {@code query} ({@link #wordsOfAName}), but
   * those of which a word is a qualifier ({@link #qualifiers}) and that the query does not name as
   * a whole ({@code named}): {@code whatsappgroep} does not find every document tagged with
   * citizen surveillance through its name {@code WhatsApp-buurtpreventiegroep}, as
   * {@code whatsapp groep} apart does not.
   */
  private Query allWordsNaming(BooleanQuery query, List<List<Term>> words, Set<Term> named) {
    String language = languageOf(words.get(0).get(0).field());
    Set<Named> qualified = new HashSet<>();
    for (List<Term> terms : words) {
      for (Named concept : using(terms, language)) {
        if (!findsThrough(concept, terms, named)) {
          qualified.add(concept);
        }
      }
    }
    if (qualified.isEmpty()) {
      return rewritten(query, null);
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (int i = 0; i < words.size(); i++) {
      BooleanClause clause = query.clauses().get(i);
      Query concepts = conceptsUsing(words.get(i), clause.getQuery(),
          concept -> !qualified.contains(concept));
      all.add(clause.getQuery() instanceof BoostQuery boosted
          ? new BoostQuery(concepts, boosted.getBoost()) : concepts, BooleanClause.Occur.MUST);
    }
    return all.build();
  }

  /** The terms of a (boosted) term or synonym query; empty for any other query. */
  private static List<Term> termsOf(Query query) {
    Query inner = query instanceof BoostQuery boosted ? boosted.getQuery() : query;
    return inner instanceof TermQuery term ? List.of(term.getTerm())
        : inner instanceof SynonymQuery synonyms ? synonyms.getTerms() : List.of();
  }

  /**
   * Whether {@code terms} find the documents of {@code concept}: the query names it whole
   * ({@code named}), or none of them is a qualifier of it ({@link #qualifiers}) and one is a word
   * of its names ({@link #words}), not only a part before the last of a compound name:
   * {@code camera} found every text tagged with privacy, named {@code cameratoezicht} and
   * {@code camerabeelden}, 14 of its 17 hits, none of which mentions cameras.
   */
  private static boolean findsThrough(Named concept, List<Term> terms, Set<Term> named) {
    return named.contains(concept.facetTerm())
        || terms.stream().noneMatch(term -> concept.qualifiers().contains(term.text()))
        && terms.stream().anyMatch(term -> concept.words().contains(term.text()));
  }

  private static boolean isDisjunction(BooleanQuery query) {
    return query.getMinimumNumberShouldMatch() == 0 && !query.clauses().isEmpty()
        && query.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD);
  }

  private static String key(String dim, String conceptId) {
    return dim + "/" + conceptId;
  }

  /**
   * The concepts with a name that holds any of {@code terms} (one word and its stacked forms); a
   * concept whose names hold them only beside other words counts for {@link #WORD_OF_NAME}:
   * {@code broken} says less of public space, named {@code broken windows}, than a text saying
   * {@code broken}.
   */
  private Query conceptsUsing(List<Term> terms, Query unchanged) {
    return conceptsUsing(terms, unchanged, concept -> true);
  }

  /** {@link #conceptsUsing(List, Query)} of the concepts that {@code kept} keeps. */
  private Query conceptsUsing(List<Term> terms, Query unchanged, Predicate<Named> kept) {
    String language = languageOf(terms.get(0).field());
    if (language == null) {
      return unchanged;
    }
    List<Named> using = using(terms, language).stream().filter(kept).toList();
    Predicate<Named> namedByTheWord =
        n -> terms.stream().anyMatch(t -> n.oneWordNames().contains(t.text()));
    List<Named> whole = using.stream().filter(namedByTheWord).toList();
    if (whole.size() == using.size()) {
      return anyOf(using);
    }
    Query partly = new BoostQuery(anyOf(using.stream().filter(namedByTheWord.negate()).toList()),
        WORD_OF_NAME);
    if (whole.isEmpty()) {
      return partly;
    }
    return new DisjunctionMaxQuery(List.of(anyOf(whole), partly), TIE_BREAKER);
  }

  /** The concepts of {@code language} with a name that holds any of {@code terms}. */
  private List<Named> using(List<Term> terms, String language) {
    BitSet using = new BitSet();
    for (Term term : terms) {
      BitSet concepts = usingTerm.get(language).get(term.text());
      if (concepts != null) {
        using.or(concepts);
      }
    }
    List<Named> named = byLanguage.get(language);
    return using.stream().mapToObj(named::get).toList();
  }

  /**
   * The concepts with a name that holds, for each position of a phrase, one of its terms: looked
   * for among the concepts that use such a term at every position. An exact phrase (with its
   * {@code offsets}) asks for those terms in that order and at those distances, as it does in a
   * text: {@code "police the in trust"} names no concept, {@code "trust in the police"} does.
   *
   * Of the concepts the query does not name whole ({@code named}), those of which a word of the
   * phrase is a qualifier ({@link #qualifiers}) are left out, as for a word alone: {@code "whatsapp
   * groep"} is no name of citizen surveillance, though {@code WhatsApp-buurtpreventiegroep} is.
   *
   * @param offsets the phrase's positions, or null for a sloppy phrase: terms in any order
   * @param named the facet terms of the concepts the query names; null: every concept counts
   */
  private Query conceptsNaming(String field, Term[][] positions, int[] offsets, Query unchanged,
      Set<Term> named) {
    String language = languageOf(field);
    if (language == null) {
      return unchanged;
    }
    BitSet candidates = null;
    for (Term[] alternatives : positions) {
      BitSet atPosition = new BitSet();
      for (Term term : alternatives) {
        BitSet concepts = usingTerm.get(language).get(term.text());
        if (concepts != null) {
          atPosition.or(concepts);
        }
      }
      if (candidates == null) {
        candidates = atPosition;
      } else {
        candidates.and(atPosition);
      }
    }
    List<Named> concepts = byLanguage.get(language);
    List<Named> naming = new ArrayList<>();
    if (candidates != null) {
      candidates.stream().mapToObj(concepts::get)
          .filter(concept -> named == null || spellsAName(concept, positions, offsets)
              || findsThrough(concept, Arrays.stream(positions).flatMap(Arrays::stream).toList(),
                  named))
          .filter(concept -> offsets == null
              ? concept.names().stream().anyMatch(name -> holdsAll(name, positions))
              : concept.sequences().stream().anyMatch(name -> holdsInOrder(name, positions,
                  offsets)))
          .forEach(naming::add);
    }
    return anyOf(naming);
  }

  /**
   * Whether the phrase is one of the concept's names whole, word for word as the name is written
   * (a compound's parts one after the other count as its words): not part of one, and not a word
   * and a part of the next ({@code "whatsapp groep"} in {@code WhatsApp-buurtpreventiegroep}).
   */
  private static boolean spellsAName(Named concept, Term[][] positions, int[] offsets) {
    return concept.sequences().stream().map(ConceptNameQueries::firstTerms)
        .map(ConceptNameQueries::withoutStopWordsAround).anyMatch(written -> offsets == null
            ? written.stream().filter(word -> !word.isEmpty()).count() == positions.length
                && holdsAll(new HashSet<>(written), positions)
            : written.size() == offsets[offsets.length - 1] - offsets[0] + 1
                && holdsInOrder(written.stream().map(Set::of).toList(), positions, offsets));
  }

  /** A name's words without the gaps its stop words leave before and after the others. */
  private static List<String> withoutStopWordsAround(List<String> written) {
    int from = 0;
    int to = written.size();
    while (from < to && written.get(from).isEmpty()) {
      from++;
    }
    while (to > from && written.get(to - 1).isEmpty()) {
      to--;
    }
    return written.subList(from, to);
  }

  private static boolean holdsAll(Set<String> name, Term[][] positions) {
    for (Term[] alternatives : positions) {
      boolean held = false;
      for (Term term : alternatives) {
        held |= name.contains(term.text());
      }
      if (!held) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code name} holds the phrase's terms at the phrase's distances, from some start. */
  private static boolean holdsInOrder(List<Set<String>> name, Term[][] positions, int[] offsets) {
    for (int start = 0; start < name.size(); start++) {
      boolean held = true;
      for (int i = 0; i < positions.length && held; i++) {
        int at = start + offsets[i] - offsets[0];
        held = at < name.size()
            && Arrays.stream(positions[i]).anyMatch(term -> name.get(at).contains(term.text()));
      }
      if (held) {
        return true;
      }
    }
    return false;
  }

  /** The concepts with a name that {@code nameMatches}: a scan, for prefixes. */
  private Query concepts(String field, Predicate<Set<String>> nameMatches, Query unchanged) {
    String language = languageOf(field);
    if (language == null) {
      return unchanged;
    }
    return anyOf(byLanguage.get(language).stream()
        .filter(named -> named.names().stream().anyMatch(nameMatches)).toList());
  }

  private static Query anyOf(List<Named> concepts) {
    if (concepts.isEmpty()) {
      return new MatchNoDocsQuery("no concept has this name");
    }
    if (concepts.size() == 1) {
      return new TermQuery(concepts.get(0).facetTerm());
    }
    List<Term> any = new ArrayList<>();
    for (Named named : concepts) {
      any.add(named.facetTerm());
    }
    return new ConceptTermsQuery(any, TIE_BREAKER);
  }

  private static String languageOf(String field) {
    for (String language : IndexSchema.LANGUAGES) {
      if (field.equals(IndexSchema.field(IndexSchema.CONCEPTS, language))) {
        return language;
      }
    }
    return null;
  }

  /**
   * The ways an exact phrase may spell a name: its terms by position, and, where it holds a
   * compound, with the compound's parts one after the other ({@link #partsSpread}).
   */
  static List<List<Set<String>>> sequences(Analyzer analyzer, String field, String text) {
    return sequences(positions(analyzer, field, text));
  }

  private static List<List<Set<String>>> sequences(List<Set<String>> positions) {
    List<Set<String>> parts = partsSpread(positions);
    return parts.equals(positions) ? List.of(positions) : List.of(positions, parts);
  }

  /**
   * A name with each compound's parts, which the analysis stacks on the compound's position, one
   * after the other: the exact phrase {@code "buurt preventie"} names what {@code buurtpreventie}
   * names, as the parts of a compound are its words.
   */
  private static List<Set<String>> partsSpread(List<Set<String>> positions) {
    List<Set<String>> spread = new ArrayList<>();
    for (Set<String> atPosition : positions) {
      if (atPosition.size() < 2) {
        spread.add(atPosition);
        continue;
      }
      atPosition.stream().skip(1).forEach(part -> spread.add(Set.of(part)));
    }
    return spread;
  }

  /** The terms {@code analyzer} makes of {@code text} in {@code field}, by position. */
  static List<Set<String>> positions(Analyzer analyzer, String field, String text) {
    List<Set<String>> positions = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
      tokens.reset();
      int position = -1;
      while (tokens.incrementToken()) {
        position += increment.getPositionIncrement();
        while (positions.size() <= position) {
          positions.add(new LinkedHashSet<>());
        }
        positions.get(position).add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text in memory does not read a file", e);
    }
    return positions;
  }

  /** The terms {@code analyzer} makes of {@code text} in {@code field}, in order, once each. */
  static Set<String> terms(Analyzer analyzer, String field, String text) {
    return new LinkedHashSet<>(tokens(analyzer, field, text));
  }

  /**
   * What {@link #remembered} keeps, per analyzer (the server has one for queries): a search asks
   * for the terms of the same words and names many times (each field of each language, for its
   * passages' words and forms and the names of its concepts), each time through a new token
   * stream.
   */
  private static final Map<Analyzer, WordCache<List<String>>> REMEMBERED =
      Collections.synchronizedMap(new WeakHashMap<>());
  /** How many texts each analyzer's {@link #REMEMBERED} keeps in a generation. */
  private static final int REMEMBERED_TEXTS = 8192;

  /**
   * {@link #terms}, remembered: for the short texts a query holds or the lexicon gives (a word, a
   * name, a form), whose terms the analysis, a pure function of the field and the text, makes
   * the same every time.
   */
  static Set<String> rememberedTerms(Analyzer analyzer, String field, String text) {
    return new LinkedHashSet<>(remembered(analyzer, field, text));
  }

  /** {@link #tokens}, remembered as {@link #rememberedTerms} is; not to be changed. */
  static List<String> remembered(Analyzer analyzer, String field, String text) {
    WordCache<List<String>> cache =
        REMEMBERED.computeIfAbsent(analyzer, a -> new WordCache<>(REMEMBERED_TEXTS));
    return cache.computeIfAbsent(field + '\u0000' + text,
        key -> List.copyOf(tokens(analyzer, field, text)));
  }

  /**
   * The terms {@code analyzer} makes of {@code text} in {@code field}, in order, each as often as
   * it makes it.
   */
  static List<String> tokens(Analyzer analyzer, String field, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text in memory does not read a file", e);
    }
    return tokens;
  }
}
