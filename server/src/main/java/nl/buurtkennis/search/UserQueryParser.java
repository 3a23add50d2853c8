package nl.buurtkennis.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.buurtkennis.analysis.DutchStopWords;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a user typed into a Lucene query that never fails: Lucene's
 * {@link SimpleQueryParser} reads quotes as phrases, {@code -} as exclusion, {@code |} or the word
 * {@code OR} as alternatives and a trailing {@code *} as a prefix, and reads unbalanced syntax as
 * plain words. The text is parsed once per document language, with that language's analysis over
 * that language's fields, so a Dutch stop word never blocks an English match or the reverse.
 */
public final class UserQueryParser {
  /**
   * Field weights: a match in the title says more about a document than one in its body, and one
   * in the document itself twice as much as one in its translation (whose title, summary and
   * keywords weigh as half a summary, its body as half a body).
   */
  static final Map<String, Float> FIELD_WEIGHTS = fieldWeights();
  private static final int FLAGS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR
      | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
      | SimpleQueryParser.PREFIX_OPERATOR | SimpleQueryParser.PRECEDENCE_OPERATORS
      | SimpleQueryParser.WHITESPACE_OPERATOR;
  static final float TRANSLATION_WEIGHT = 0.5f;
  static final int PROXIMITY_SLOP = 4;
  static final float PROXIMITY_WEIGHT = 0.5f;
  static final float JOINED_WEIGHT = 1.0f;
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
  /**
   * What a concept's name that the query did not type weighs in a passage, against 1 for a typed
   * word ({@link PassageWeights}): a passage with a typed word is shown before one with three
   * names of its concept ("toezicht", "informele sociale controle", "buurtpreventie" for {@code
   * burgerwacht}), and a passage with names alone is still shown where no typed word is found.
   */
  static final float NAME_IN_PASSAGE = 0.25f;
  /**
   * What the parser reads as an operator that changes which documents match: a phrase, an
   * alternative, a prefix, a fuzzy word, an escape, an exclusion. Brackets only group these, and
   * other punctuation ({@code ?}, {@code :}) is no word.
   */
  private static final Pattern OPERATOR = Pattern.compile("[\"|*~\\\\+]|(^|[\\s(])-");
  private static final Pattern BRACKETS = Pattern.compile("[()]");
  /** Punctuation after a prefix's star ({@code bemidd*?}), which would make the star a letter. */
  private static final Pattern PUNCTUATION_AFTER_STAR =
      Pattern.compile("\\*[?!.,:;]+(?=\\s|\\)|$)");
  /** A quoted phrase (closed or not) or a run of other characters. */
  static final Pattern QUOTED_OR_WORD = Pattern.compile("\"[^\"]*\"?|\\S+");

  private final Analyzer analyzer;
  private final ConceptExpansion expansion;
  private final TextlessWords textless;
  private final SearchSettings settings;

  public UserQueryParser(Analyzer analyzer, SearchSettings settings) {
    this.analyzer = analyzer;
    this.expansion = new ConceptExpansion(analyzer);
    this.textless = new TextlessWords(analyzer);
    this.settings = settings;
  }

  /**
   * The query for {@code text}; all documents when it is blank. The words are searched as typed;
   * concepts they name add the documents tagged with them or using their other names. What the
   * text excludes at its top level leaves out the documents that hold it, however they were found
   * ({@link Exclusions}); a text that only excludes words no analysis searches ({@code -the})
   * excludes nothing and asks for nothing, and finds no document. A symbol or emoji is read as
   * punctuation ({@link QuerySymbols}).
   */
  public Query parse(String text, IndexView view) {
    return parse(text, view, new Memo());
  }

  /**
   * {@link #parse(String, IndexView)}, keeping in {@code memo} what {@link #forPassages} with the
   * same memo needs again.
   */
  Query parse(String text, IndexView view, Memo memo) {
    return RepeatedClauses.merged(parse(text, view, true, true, memo));
  }

  /**
   * The parts of the parses of one request's text that do not depend on how the words of a
   * concept's name weigh apart ({@code weighApart}): its words, concepts and what it excludes, and
   * its translations where the words are read as no name. The ranking query and the highlighter's
   * ({@link #forPassages}) parse the same text; a quoted name parses its words unquoted in each
   * ({@link #rankedByQuotedNames}). Each part is a pure function of the text read and of the
   * index view, so the same for both; for one request's thread, on one view.
   */
  static final class Memo {
    private final Map<List<Object>, Object> parts = new HashMap<>();

    @SuppressWarnings("unchecked")
    private <T> T get(List<Object> key, Supplier<T> make) {
      if (parts.containsKey(key)) {
        return (T) parts.get(key);
      }
      T made = make.get();
      parts.put(key, made);
      return made;
    }
  }

  /**
   * @param alternatives whether the query also searches the lexicon's translations and other
   *     names of its words ({@link #translated}); only explain asks without
   * @param weighApart whether the words of a concept's name that the query is, and their
   *     translations, weigh less apart ({@link #apartWeighedLess}, {@link
   *     #togetherOrOnTheConcept}); not for choosing passages, which weigh the words and their
   *     translations wherever they stand in a text already found
   */
  private Query parse(String text, IndexView view, boolean alternatives, boolean weighApart,
      Memo memo) {
    String read = QuerySymbols.blanked(text, analyzer);
    if (read != null && read.isBlank() && !text.isBlank()) {
      return new MatchNoDocsQuery(); // symbols alone (🚓) ask for nothing, as punctuation does
    }
    Exclusions exclusions = Exclusions.of(read);
    if (exclusions.excludesAWordItWants(view.concepts().lexicon())) {
      return new MatchNoDocsQuery();
    }
    Function<String, List<String>> partNames = textlessPartNames(view);
    List<String> operands = Conjunction.operands(exclusions.wanted());
    if (operands.size() > 1) {
      BooleanQuery.Builder each = new BooleanQuery.Builder();
      operands.forEach(operand -> each.add(
          parse(operand, view, alternatives, weighApart, memo), BooleanClause.Occur.MUST));
      return without(each.build(), excluded(exclusions.excluded(), view, partNames));
    }
    List<ConceptMatcher.Match> named = view.concepts().find(exclusions.wanted());
    Query words = memo.get(Arrays.asList("words", read), () -> view.conceptNames().rewrite(
        parseWords(textOf(exclusions.wanted(), view), view.getIndexReader(), partNames,
            ConceptMatcher.wordsNamingAlone(named), view.concepts().lexicon()), named));
    Query excluded = memo.get(Arrays.asList("excluded", read),
        () -> excluded(exclusions.excluded(), view, partNames));
    if (words instanceof MatchAllDocsQuery && excluded == null
        && !exclusions.excluded().isEmpty()) {
      // Only words no analysis searches are excluded (-the): that asks for nothing, as - alone.
      return new MatchNoDocsQuery();
    }
    if (words instanceof MatchAllDocsQuery || !settings.conceptExpansion()) {
      return without(words, excluded);
    }
    Set<ConceptMatcher.ConceptRef> whole = namedWhole(named, exclusions.wanted());
    Query concepts =
        memo.get(Arrays.asList("concepts", read), () -> expansion.expand(named, whole));
    boolean readAsConcept = weighApart && isNameOfSeveralWords(whole, exclusions.wanted());
    if (readAsConcept && concepts != null) {
      words = apartWeighedLess(words, concepts, exclusions.wanted());
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, BooleanClause.Occur.SHOULD);
    if (concepts != null) {
      query.add(memo.get(Arrays.asList("naming", read), () -> withNamingWords(concepts, named,
          exclusions.wanted(), view, partNames)), BooleanClause.Occur.SHOULD);
    }
    Set<String> nameLanguages = readAsConcept
        ? ConceptMatcher.languagesNaming(whole, exclusions.wanted()) : Set.of();
    Query translated = alternatives
        ? memo.get(Arrays.asList("translated", read, readAsConcept), () -> {
          Query found = translated(withTextlessParts(exclusions.wanted(), view), view,
              readAsConcept, concepts, nameLanguages);
          return found == null ? null : view.conceptNames().rewrite(found);
        })
        : null;
    if (translated != null) {
      query.add(translated, BooleanClause.Occur.SHOULD);
    }
    if (excluded != null) {
      query.add(excluded, BooleanClause.Occur.MUST_NOT);
    }
    return rankedByQuotedNames(query.build(), exclusions.wanted(), view, alternatives,
        weighApart, memo);
  }

  /**
   * {@code query}, its documents ranked also as the same words unquoted rank them where a quoted
   * phrase names a concept whole: the phrase finds every document tagged with the concept, which
   * would otherwise tie or rank by the phrase alone, and no passage would show what the words
   * unquoted find ({@code "verplaatsingseffect"}: "verplaatst"). The words unquoted bring their
   * concepts, a section of its own on a concept they name whole, their parts and translations. It
   * finds no more documents.
   */
  private Query rankedByQuotedNames(Query query, String wanted, IndexView view,
      boolean alternatives, boolean weighApart, Memo memo) {
    String unquoted = view.concepts().withQuotedNamesUnquoted(wanted);
    if (unquoted.equals(wanted)) {
      return query;
    }
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(parse(unquoted, view, alternatives, weighApart, memo), BooleanClause.Occur.SHOULD)
        .build();
  }

  /** The concepts of {@code named} whose name, as the query holds it, is all its words. */
  private static Set<ConceptMatcher.ConceptRef> namedWhole(List<ConceptMatcher.Match> named,
      String wanted) {
    List<String> typed = ConceptMatcher.words(wanted);
    return named.stream()
        .filter(match -> ConceptMatcher.words(match.words()).containsAll(typed))
        .map(ConceptMatcher.Match::ref)
        .collect(Collectors.toSet());
  }

  /** What the words naming a concept count for in the documents found through it. */
  static final float NAMING_WORDS = 0.5f;

  /**
   * A query's concepts, and where the query says more than one of their names, each name's words
   * as the texts hold them: a document found through a concept without the query's other words
   * ranks by how much it speaks of that concept ({@code helpt burgernet}, {@code resultaten
   * burgernet}: the document on Burgernet above those that mention it once beside the other
   * word).
   */
  private Query withNamingWords(Query concepts, List<ConceptMatcher.Match> named, String wanted,
      IndexView view, Function<String, List<String>> partNames) {
    Set<String> runs = new LinkedHashSet<>();
    named.forEach(match -> runs.add(match.words()));
    List<String> typed = ConceptMatcher.words(wanted);
    if (runs.stream().anyMatch(run -> ConceptMatcher.words(run).containsAll(typed))) {
      return concepts; // one name is the whole query: its words are the query's words clause
    }
    BooleanQuery.Builder anyName = new BooleanQuery.Builder();
    for (String run : runs) {
      String words = withoutLetters(run);
      if (!words.isEmpty()) {
        addIfAny(anyName, parseWords(words, view.getIndexReader(), partNames, Set.of()));
      }
    }
    return new BooleanQuery.Builder()
        .add(concepts, BooleanClause.Occur.MUST)
        .add(new BoostQuery(view.conceptNames().rewrite(anyName.build(), named), NAMING_WORDS),
            BooleanClause.Occur.SHOULD)
        .build();
  }

  /**
   * A run's words but single letters: the run of {@code risico's} is {@code risico s}, whose
   * {@code s} the texts hold only as in {@code 's avonds}, which the query does not ask for.
   */
  private static String withoutLetters(String run) {
    return ConceptMatcher.words(run).stream().filter(word -> word.length() > 1)
        .collect(Collectors.joining(" "));
  }

  /**
   * The words to look for in the texts: without those that no text holds in any form, when others
   * are left. Such a word ({@code effectiviteit}) can only find documents through the concept it
   * names, which the rest of the query looks for; asked of the texts too, it would keep every text
   * from matching all the words, and {@code buurtvaders effectiviteit} would rank the document
   * about buurtvaders by the concept alone. A word of a name of several words stays.
   */
  private String textOf(String wanted, IndexView view) {
    if (!settings.conceptExpansion()) {
      return wanted;
    }
    List<String> dropped = new ArrayList<>(textlessOf(List.of(wanted), view));
    if (dropped.isEmpty()) {
      return wanted;
    }
    // A word that names no concept but translates stays: the texts hold its translation
    // (elderly: ouderen), unless the query also holds that (ouderen elderly).
    List<String> typed = ConceptMatcher.words(wanted);
    dropped.removeIf(word -> {
      List<String> alternatives = IndexSchema.LANGUAGES.stream()
          .flatMap(language -> view.concepts().lexicon().alternatives(word, language).stream())
          .toList();
      return view.concepts().find(word).isEmpty() && !alternatives.isEmpty()
          && alternatives.stream().noneMatch(typed::contains);
    });
    // A word of a longer name stays: subjectieve veiligheid names a concept as a whole, and
    // veiligheid alone is in most texts.
    dropped.removeAll(ConceptMatcher.wordsOfLongerNames(view.concepts().find(wanted)));
    // So does a word of a glossary phrase where the query is that phrase: constables of special
    // constables, which the texts of the phrase's language are asked for whole. Beside other
    // words it goes, as it would make them fewer of the words a text must hold (special
    // constables police powers lost the texts on volunteers' powers).
    TaxonomyLexicon lexicon = view.concepts().lexicon();
    if (lexicon.isPhrasesOnly(wanted)) {
      lexicon.units(wanted).forEach(unit -> dropped.removeAll(ConceptMatcher.words(unit)));
    }
    return TextlessWords.without(wanted, dropped);
  }

  /**
   * {@code wanted} and the parts of its compounds that no text holds, which can then be translated
   * on their own: {@code wietplantage} is in no text, nor is {@code wiet}, whose other name
   * {@code hennep} is; {@code senioren} of {@code seniorenwoning} is searched as {@code ouderen}.
   * A part that a text holds is searched as it is ({@code politie} of {@code reservepolitie}), not
   * translated.
   */
  private String withTextlessParts(String wanted, IndexView view) {
    if (!settings.compoundQueries()) {
      return wanted;
    }
    StringBuilder text = new StringBuilder(wanted);
    for (String word : ConceptMatcher.words(wanted)) {
      List<String> parts = QueryCompounds.parts(word, view.getIndexReader());
      if (!parts.isEmpty()) {
        textlessOf(parts, view).forEach(part -> text.append(' ').append(part));
      }
    }
    return text.toString();
  }

  /** The words of {@code texts} that no text of the index holds ({@link TextlessWords#in}). */
  private List<String> textlessOf(List<String> texts, IndexView view) {
    try {
      return textless.in(String.join(" ", texts), view.getIndexReader(), view.textlessWords());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Query without(Query query, Query excluded) {
    if (excluded == null) {
      return query;
    }
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(excluded, BooleanClause.Occur.MUST_NOT)
        .build();
  }

  /**
   * The documents that hold any of {@code items} in their own text or their translation's, in
   * either language's analysis, or a word's translation in the other language or other name in
   * the glossary, as a search for it finds those too ({@code -police} also leaves out the Dutch
   * texts holding {@code politie}, {@code -wiet} those holding {@code hennep});
   * null when there are none. A Dutch compound that no text holds leaves out the texts that hold
   * all its parts in one field, as a search for it finds them, a part that no text holds as its
   * other names ({@code -wietteelt}: the texts holding {@code hennep} and {@code teelt}, as
   * {@code wietteelt} finds them), and where no text holds any part, the texts holding a
   * translation of each ({@link #partsTranslated}); not those that hold some of its parts, which
   * that search only ranks far lower. A compound that texts hold leaves out those texts only:
   * {@code -politievertrouwen} would otherwise leave out every text that speaks of the police and
   * of trust anywhere in its body. A concept whose names hold an item does not count: {@code
   * -whatsapp} leaves out the documents that speak of WhatsApp, not every practice of a form that
   * lists WhatsApp groups among its examples. A hyphenated item is read as the word written as one
   * and as the phrase of its parts ({@link Exclusions#readings}): {@code -wiet-teelt} leaves out
   * what {@code -wietteelt} does.
   *
   * @param partNames what else a part of a compound is found as ({@link #textlessPartNames})
   */
  private Query excluded(List<String> items, IndexView view,
      Function<String, List<String>> partNames) {
    TaxonomyLexicon lexicon = view.concepts().lexicon();
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String language : IndexSchema.LANGUAGES) {
      Map<String, Float> fields = textFieldsIn(language);
      SimpleQueryParser asParts = CompoundAwareParser.wholeOrAllParts(analyzer, fields, FLAGS,
          settings.compoundQueries() && language.equals("nl"), view.getIndexReader(), partNames);
      asParts.setDefaultOperator(BooleanClause.Occur.MUST);
      SimpleQueryParser asTyped = new SimpleQueryParser(analyzer, fields, FLAGS);
      asTyped.setDefaultOperator(BooleanClause.Occur.MUST);
      for (String item : items.stream().flatMap(i -> Exclusions.readings(i).stream()).toList()) {
        // A phrase's words are also found written as one, as a search for the phrase finds them.
        Query typed = (item.startsWith("\"") ? asParts : asTyped).parse(item);
        addIfAny(any, typed);
        if (Exclusions.isSingleWord(item)) {
          if (findsNothing(typed, view)) {
            addIfAny(any, asParts.parse(item));
          }
          // A translation is searched as it is, not as a compound's parts (wordsIn).
          for (String translation : lexicon.alternatives(item, language)) {
            addIfAny(any, asTyped.parse(asSearched(translation)));
          }
          addIfAny(any, partsTranslated(item, language, view));
        }
      }
    }
    BooleanQuery built = any.build();
    return built.clauses().isEmpty() ? null : built;
  }

  private static boolean findsNothing(Query query, IndexView view) {
    try {
      return query == null || query instanceof MatchNoDocsQuery || view.count(query) == 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * For a Dutch compound none of whose parts a text holds, the texts of {@code language} that hold
   * a translation or other name of each part, as a search for the compound finds them ({@link
   * #allTranslated}); null for any other word, or when a part has none in {@code language}. Where
   * a text holds a part, or a part does not translate, that search finds these texts through some
   * of the parts only.
   */
  private Query partsTranslated(String word, String language, IndexView view) {
    if (!settings.compoundQueries()) {
      return null;
    }
    List<String> parts =
        QueryCompounds.parts(ConceptMatcher.words(word).get(0), view.getIndexReader());
    if (parts.isEmpty()) {
      return null;
    }
    List<String> textlessParts = textlessOf(parts, view);
    TaxonomyLexicon lexicon = view.concepts().lexicon();
    boolean eachTranslates = textlessParts.size() == new LinkedHashSet<>(parts).size()
        && textlessParts.stream().noneMatch(p -> lexicon.alternatives(p, language).isEmpty());
    return eachTranslates
        ? allTranslated(String.join(" ", textlessParts), language, view) : null;
  }

  /** Adds {@code query} unless it is none: the parser's answer to a word it drops. */
  private static void addIfAny(BooleanQuery.Builder any, Query query) {
    if (query != null && !(query instanceof MatchNoDocsQuery)) {
      any.add(query, BooleanClause.Occur.SHOULD);
    }
  }

  /**
   * What the highlighter looks for in the hits of {@code ranking}: the same, and the names of the
   * concepts the text names, also as a quoted phrase, wherever a body uses them (the search counted
   * those at indexing), at {@link #NAME_IN_PASSAGE}.
   */
  public Query forPassages(String text, IndexView view, Query ranking) {
    return forPassages(text, view, ranking, new Memo());
  }

  /**
   * {@link #forPassages(String, IndexView, Query)}, with what the parse of {@code ranking} kept
   * in {@code memo}.
   */
  Query forPassages(String text, IndexView view, Query ranking, Memo memo) {
    if (text == null || text.isBlank() || !settings.conceptExpansion()) {
      return ranking;
    }
    String wanted = view.concepts().withQuotedNamesUnquoted(Exclusions.of(text).wanted());
    List<ConceptMatcher.Match> named = view.concepts().find(wanted);
    Query names = expansion.namesInBody(named);
    if (names == null) {
      return ranking;
    }
    Query searched = isNameOfSeveralWords(namedWhole(named, wanted), wanted)
        ? RepeatedClauses.merged(parse(text, view, true, false, memo)) : ranking;
    return new BooleanQuery.Builder()
        .add(searched, BooleanClause.Occur.SHOULD)
        .add(new BoostQuery(names, NAME_IN_PASSAGE), BooleanClause.Occur.SHOULD)
        .build();
  }

  /**
   * The words of {@code text} that are words of the other language in a language's texts, with
   * their translations there ({@link Loanwords}), for weighing the passages of its hits: the
   * words the query translates ({@link #translated}).
   */
  Loanwords loanwords(String text, IndexView view) {
    if (text == null || text.isBlank() || !settings.conceptExpansion()) {
      return Loanwords.none();
    }
    String translatable = translatable(
        view.concepts().withQuotedNamesUnquoted(Exclusions.of(text).wanted()));
    return translatable == null ? Loanwords.none() : Loanwords.of(
        ConceptMatcher.words(translatable), view.concepts().lexicon(), analyzer);
  }

  /**
   * The words of {@code text} that its hits' passages are weighed by holding ({@link
   * PassageWords}): those it does not exclude, a quoted phrase that names a concept whole as its
   * words unquoted, as such a phrase ranks ({@link #rankedByQuotedNames}).
   */
  PassageWords passageWords(String text, IndexView view) {
    if (text == null || text.isBlank()) {
      return PassageWords.none();
    }
    return PassageWords.of(view.concepts().withQuotedNamesUnquoted(Exclusions.of(text).wanted()),
        view.concepts(), analyzer);
  }

  /** What explains the hits of {@code ranking}, the query for {@code text}. */
  Explainer.Queries forExplain(String text, IndexView view, Query ranking) {
    return new Explainer.Queries(ranking,
        RepeatedClauses.merged(parse(text, view, false, true, new Memo())),
        alternatives(text, view), namePhrases(text, view));
  }

  /**
   * Each word the query for {@code text} searches in place of its typed words ({@link
   * #translated}) alone, as that query searches it, with the typed words it stands for.
   */
  private Map<Explainer.Via, Query> alternatives(String text, IndexView view) {
    Exclusions exclusions = Exclusions.of(text);
    if (text.isBlank() || !settings.conceptExpansion()
        || exclusions.excludesAWordItWants(view.concepts().lexicon())) {
      return Map.of();
    }
    String translatable = translatable(withTextlessParts(exclusions.wanted(), view));
    if (translatable == null) {
      return Map.of();
    }
    TaxonomyLexicon lexicon = view.concepts().lexicon();
    List<String> typed = lexicon.units(translatable);
    // where the query is a concept's name of several words, its translations count only where
    // they stand together or on the concept, as in the ranking query (translated)
    List<ConceptMatcher.Match> named = view.concepts().find(exclusions.wanted());
    Set<ConceptMatcher.ConceptRef> whole = namedWhole(named, exclusions.wanted());
    boolean readAsConcept = isNameOfSeveralWords(whole, exclusions.wanted());
    Query concepts = readAsConcept ? expansion.expand(named, whole) : null;
    Set<String> nameLanguages = readAsConcept
        ? ConceptMatcher.languagesNaming(whole, exclusions.wanted()) : Set.of();
    Map<Explainer.Via, Query> queries = new LinkedHashMap<>();
    for (String language : IndexSchema.LANGUAGES) {
      // as in the ranking query (translated): a common translation of a part of the name goes
      boolean partOfTheName = readAsConcept && isPartOfTheName(translatable, language, lexicon,
          nameLanguages.contains(language));
      List<String> alternatives = lexicon.alternatives(translatable, language);
      List<String> searched = partOfTheName
          ? withoutCommon(alternatives, language, view.getIndexReader()) : alternatives;
      if (partOfTheName && searched.isEmpty()) {
        continue;
      }
      List<String> held = new ArrayList<>();
      Query all = allTranslated(translatable, language, view, held);
      Map<String, Integer> inAll = new LinkedHashMap<>();
      held.forEach(word -> inAll.merge(word, 1, Integer::sum));
      Set<String> ofPhrases = phraseAlternatives(translatable, language, lexicon);
      Query where = readAsConcept ? togetherOrOnTheConcept(translatable, language, lexicon,
          concepts, nameLanguages.contains(language)) : null;
      for (String word : searched) {
        Query parsed = wordsIn(language, List.of(word), view.getIndexReader());
        if (parsed != null) {
          Query scored = withItsShareOf(all, parsed, inAll.getOrDefault(word, 0));
          if (ofPhrases.contains(word)) {
            // counted again as a glossary phrase's translation, as phraseTranslations does
            scored = new BooleanQuery.Builder()
                .add(scored, BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(parsed, 1 / TRANSLATION_WEIGHT - 1),
                    BooleanClause.Occur.SHOULD)
                .build();
          }
          if (where != null) {
            scored = new BooleanQuery.Builder()
                .add(scored, BooleanClause.Occur.MUST)
                .add(where, BooleanClause.Occur.FILTER)
                .build();
          }
          queries.put(via(word, language, typed, lexicon), view.conceptNames().rewrite(
              new BoostQuery(scored, TRANSLATION_WEIGHT)));
        }
      }
      // the words that count in the texts holding a translation of each word but are no
      // alternative of the query's: a typed word in this language that translates another
      // (misdaad, for crime, beside Meld Misdaad Anoniem), or one that stands for itself
      if (all != null) {
        inAll.keySet().removeAll(alternatives);
        for (Map.Entry<String, Integer> word : inAll.entrySet()) {
          Query parsed = wordsIn(language, List.of(word.getKey()), view.getIndexReader());
          if (parsed != null) {
            BooleanQuery.Builder scored = new BooleanQuery.Builder()
                .add(parsed, BooleanClause.Occur.MUST)
                .add(all, BooleanClause.Occur.FILTER);
            if (where != null) {
              scored.add(where, BooleanClause.Occur.FILTER);
            }
            queries.putIfAbsent(via(word.getKey(), language, typed, lexicon),
                view.conceptNames().rewrite(new BoostQuery(scored.build(),
                    TRANSLATION_WEIGHT * word.getValue())));
          }
        }
      }
    }
    return queries;
  }

  /**
   * {@code word}'s query, scored once more where the texts hold a translation of each word
   * ({@code all}, when not null), as the ranking query scores it there: {@code times} more, as
   * often as {@code all} holds it.
   */
  private static Query withItsShareOf(Query all, Query word, int times) {
    if (all == null || times == 0) {
      return word;
    }
    Query share = new BooleanQuery.Builder()
        .add(word, BooleanClause.Occur.MUST)
        .add(all, BooleanClause.Occur.FILTER)
        .build();
    return new BooleanQuery.Builder()
        .add(word, BooleanClause.Occur.SHOULD)
        .add(times == 1 ? share : new BoostQuery(share, times), BooleanClause.Occur.SHOULD)
        .build();
  }

  /**
   * How {@code word}, one of the lexicon's alternatives in {@code language} for the words and
   * phrases {@code typed} ({@link TaxonomyLexicon#units}), stands for them: as a translation of
   * some, else as another name of some.
   */
  private static Explainer.Via via(String word, String language, List<String> typed,
      TaxonomyLexicon lexicon) {
    List<String> translated = typed.stream()
        .filter(t -> lexicon.translate(t, language).contains(word)).distinct().toList();
    if (!translated.isEmpty()) {
      return new Explainer.Via(word, language, translated, false);
    }
    return new Explainer.Via(word, language, typed.stream()
        .filter(t -> lexicon.alternatives(t, language).contains(word)).distinct().toList(), true);
  }

  /** The names of the concepts {@code text} names, each with its phrase in the body. */
  private Map<Explainer.Name, Query> namePhrases(String text, IndexView view) {
    if (text == null || text.isBlank() || !settings.conceptExpansion()) {
      return Map.of();
    }
    return expansion.namePhrases(view.concepts().find(Exclusions.of(text).wanted()));
  }

  /**
   * The query's words that the taxonomy's labels and glossary translate, and the glossary's
   * other names for them ({@code wiet}: hennep), searched in the texts of each language, any of
   * them, at a fraction of the weight of the words as typed. Not among the concepts' names: a
   * translation names no concept that the word itself does not name ({@code verdachte} is
   * translated as suspects, which is no reason to find the "usual suspects" of representation).
   */
  private Query translated(String text, IndexView view, boolean nameOfSeveralWords,
      Query concepts, Set<String> nameLanguages) {
    String translatable = translatable(text);
    if (translatable == null) {
      return null;
    }
    TaxonomyLexicon lexicon = view.concepts().lexicon();
    BooleanQuery.Builder translated = new BooleanQuery.Builder();
    for (String language : IndexSchema.LANGUAGES) {
      List<String> words = lexicon.alternatives(translatable, language);
      if (nameOfSeveralWords && isPartOfTheName(translatable, language, lexicon,
          nameLanguages.contains(language))) {
        words = withoutCommon(words, language, view.getIndexReader());
      }
      if (words.isEmpty()) {
        continue;
      }
      BooleanQuery.Builder inLanguage = new BooleanQuery.Builder();
      Query parsed = wordsIn(language, words, view.getIndexReader());
      if (parsed != null) {
        inLanguage.add(parsed, BooleanClause.Occur.SHOULD);
      }
      Query all = allTranslated(translatable, language, view);
      if (all != null) {
        inLanguage.add(all, BooleanClause.Occur.SHOULD);
      }
      Query ofPhrases = phraseTranslations(translatable, language, view);
      if (ofPhrases != null) {
        inLanguage.add(new BoostQuery(ofPhrases, 1 / TRANSLATION_WEIGHT - 1),
            BooleanClause.Occur.SHOULD);
      }
      BooleanQuery found = inLanguage.build();
      if (found.clauses().isEmpty()) {
        continue;
      }
      Query where = nameOfSeveralWords
          ? togetherOrOnTheConcept(translatable, language, lexicon, concepts,
              nameLanguages.contains(language))
          : null;
      translated.add(where == null ? found : new BooleanQuery.Builder()
          .add(found, BooleanClause.Occur.MUST)
          .add(where, BooleanClause.Occur.FILTER)
          .build(), BooleanClause.Occur.SHOULD);
    }
    BooleanQuery built = translated.build();
    return built.clauses().isEmpty() ? null : new BoostQuery(built, TRANSLATION_WEIGHT);
  }

  /**
   * What a text counts for that holds the words of a concept's name, which the query is, apart,
   * against one that holds them together or is tagged with the concept.
   */
  static final float APART_WEIGHT = 0.5f;

  /**
   * {@code words}, a concept's name of several words, weighing {@link #APART_WEIGHT} in the texts
   * that hold them apart and are not tagged with the concept: {@code sense of security} ranked a
   * text on security panels that says "sense of control" above those on feeling safer.
   */
  private Query apartWeighedLess(Query words, Query concepts, String wanted) {
    List<List<String>> groups = ConceptMatcher.words(wanted).stream()
        .filter(word -> !ConceptMatcher.isStopWord(word)).map(List::of).toList();
    BooleanQuery.Builder named = new BooleanQuery.Builder()
        .add(concepts, BooleanClause.Occur.SHOULD);
    for (String language : IndexSchema.LANGUAGES) {
      addIfAny(named, TranslationsTogether.of(groups, textFieldsIn(language).keySet(), analyzer,
          PROXIMITY_SLOP));
    }
    return new BooleanQuery.Builder()
        .add(new BoostQuery(words, APART_WEIGHT), BooleanClause.Occur.SHOULD)
        .add(new BoostQuery(new BooleanQuery.Builder()
            .add(words, BooleanClause.Occur.MUST)
            .add(named.build(), BooleanClause.Occur.FILTER)
            .build(), 1 - APART_WEIGHT), BooleanClause.Occur.SHOULD)
        .build();
  }

  /**
   * Whether the query's words are all one concept's name, of two words or more that are no stop
   * words ({@code fear of crime}, not {@code buurtpreventie}): a user typing it means the concept.
   */
  private static boolean isNameOfSeveralWords(Set<ConceptMatcher.ConceptRef> namedWhole,
      String wanted) {
    return !namedWhole.isEmpty() && ConceptMatcher.words(wanted).stream()
        .filter(word -> !ConceptMatcher.isStopWord(word)).count() > 1;
  }

  /**
   * Where the query is a concept's name of several words, the texts of {@code language} in which
   * its words' translations count: those tagged with the concept ({@code concepts}, may be null),
   * which the words mean wherever they stand ({@code meeting the neighbours}: bijeenkomst, in a
   * text on neighbourhood meetings that says bewoners), and those in which the translations stand
   * together ({@link TranslationsTogether}), as the words of a name do. Elsewhere they are loose
   * words ({@code fear of crime}: "uit angst voor represailles", "Meld Misdaad Anoniem"). Where
   * the query is a name in {@code language} ({@code typedInLanguage}), each of its words stands
   * for itself there beside its other names: {@code angst voor criminaliteit} has no other Dutch
   * name for angst, so misdaad, another name of criminaliteit, counted in every Dutch text,
   * wherever it stood. Null when fewer than two of the words are found so, so that nothing is
   * asked of their places.
   */
  private Query togetherOrOnTheConcept(String translatable, String language,
      TaxonomyLexicon lexicon, Query concepts, boolean typedInLanguage) {
    List<List<String>> groups = groups(translatable, language, lexicon, typedInLanguage);
    Query together = groups.size() < 2 ? null : TranslationsTogether.of(groups,
        textFieldsIn(language).keySet(), analyzer, PROXIMITY_SLOP);
    if (together == null) {
      return null;
    }
    BooleanQuery.Builder where = new BooleanQuery.Builder()
        .add(together, BooleanClause.Occur.SHOULD);
    addIfAny(where, concepts);
    return where.build();
  }

  /**
   * Each word's alternatives in {@code language} (and the word itself where the query is a name
   * in that language), for the words that have any.
   */
  private static List<List<String>> groups(String translatable, String language,
      TaxonomyLexicon lexicon, boolean typedInLanguage) {
    List<List<String>> groups = new ArrayList<>();
    for (String unit : lexicon.units(translatable)) {
      List<String> group = new ArrayList<>(lexicon.alternatives(unit, language));
      if (typedInLanguage && !ConceptMatcher.isStopWord(unit)) {
        group.add(unit);
      }
      if (!group.isEmpty()) {
        groups.add(group);
      }
    }
    return groups;
  }

  /**
   * Whether, in {@code language}, the query, a concept's name of several words, translates only
   * as a part of that name: one of its words has alternatives there and the others none
   * ({@code neighbourhood watch}: buurt, as no Dutch word is given for watch). Such a translation
   * cannot be asked to stand beside the others' ({@link #togetherOrOnTheConcept}); where texts
   * commonly hold it ({@link #withoutCommon}) it says no more than that part, while the concept's
   * own names in that language find and rank its texts ({@link ConceptExpansion}). A glossary
   * phrase that is the whole name translates it whole.
   */
  private static boolean isPartOfTheName(String translatable, String language,
      TaxonomyLexicon lexicon, boolean typedInLanguage) {
    long words = lexicon.units(translatable).stream()
        .filter(unit -> !ConceptMatcher.isStopWord(unit)).count();
    int translated = groups(translatable, language, lexicon, typedInLanguage).size();
    return translated < 2 && translated < words;
  }

  /**
   * The share of a language's texts above which the translation of a part of a concept's name
   * ({@link #isPartOfTheName}) is held by nearly every text and not searched: {@code buurt} of
   * {@code neighbourhood watch} (25 of the 31 Dutch texts), {@code politie} of {@code police
   * patrols} (28), {@code neighbourhood} of {@code veerkracht van de buurt} (11 of 15 English
   * texts). At a half, as for a compound's common parts ({@link
   * CompoundAwareParser#COMMON_PART_SHARE}), {@code informatie} (19 of 31) of {@code safety
   * information}, a name of the form whose example Onze Buurt Veilig is, went too, and that text
   * fell from 5th to 9th (3rd to 9th for {@code information position}).
   */
  static final double COMMON_TRANSLATION_SHARE = 2.0 / 3;

  /**
   * {@code alternatives} but those that more than {@link #COMMON_TRANSLATION_SHARE} of the texts
   * of {@code language} hold, which say little about a text, as a compound's part held so widely
   * does ({@code buurt} of {@code buurtbemiddeling}): {@code buurt} of {@code neighbourhood
   * watch} and {@code politie} of {@code police patrols} ranked nearly every Dutch text,
   * buurtvaders above burgerwacht. A rarer one says what the name is about and is kept:
   * {@code bemiddeling} of {@code community mediation}, which buurtbemiddeling holds, {@code
   * vrijwilligers} of {@code reliance on volunteers}, {@code opsporing} of {@code citizens as
   * investigators}.
   */
  private List<String> withoutCommon(List<String> alternatives, String language,
      IndexReader reader) {
    String field = IndexSchema.field(IndexSchema.BODY, language);
    try {
      int texts = reader.getDocCount(field);
      List<String> kept = new ArrayList<>();
      for (String alternative : alternatives) {
        List<String> terms = ConceptNameQueries.remembered(analyzer, field, alternative);
        if (terms.size() != 1 || reader.docFreq(new Term(field, terms.get(0)))
            <= COMMON_TRANSLATION_SHARE * texts) {
          kept.add(alternative);
        }
      }
      return kept;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The translations of the glossary phrases among {@code translatable}'s words, added to the
   * translations so that they count as much as the words typed: a phrase translates as
   * one item, with none of the doubt of a word that may mean something else in the other
   * language ({@code information evening}: {@code informatieavond} ranks the text on such
   * evenings above an English one that holds both words apart). Null when it holds none.
   */
  private Query phraseTranslations(String translatable, String language, IndexView view) {
    List<String> ofPhrases = List.copyOf(
        phraseAlternatives(translatable, language, view.concepts().lexicon()));
    return ofPhrases.isEmpty() ? null : wordsIn(language, ofPhrases, view.getIndexReader());
  }

  /** The alternatives in {@code language} of the glossary phrases among the words, in order. */
  private static Set<String> phraseAlternatives(String translatable, String language,
      TaxonomyLexicon lexicon) {
    return lexicon.units(translatable).stream()
        .filter(unit -> unit.contains(" "))
        .flatMap(unit -> lexicon.alternatives(unit, language).stream())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * The words of {@code wanted} the lexicon translates: none of a phrase, none excluded; null when
   * none is left. A phrase asks for its words as typed, but the words beside it are translated:
   * {@code elderly "police"} found nothing, as no text holds {@code elderly}.
   */
  private static String translatable(String wanted) {
    String words = wanted.replaceAll("\"[^\"]*\"?", " ").replaceAll("(^|\\s)-\\S+", " ");
    return words.isBlank() ? null : words;
  }

  /**
   * Any of {@code words} in {@code language}'s texts, a phrase's words as a phrase; null when the
   * analysis drops them all.
   */
  private Query wordsIn(String language, List<String> words, IndexReader reader) {
    return new FieldBlendingParser(analyzer, textFieldsIn(language),
        SimpleQueryParser.WHITESPACE_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR, reader)
        .parse(String.join(" ", words.stream().map(UserQueryParser::asSearched).toList()));
  }

  /**
   * A lexicon's alternative as the parser is to search it: a phrase of the glossary in quotes
   * ({@code young people} for {@code jongeren}), whose words alone mean something else.
   */
  private static String asSearched(String alternative) {
    return alternative.contains(" ") ? "\"" + alternative + "\"" : alternative;
  }

  /**
   * For a query of several words that translate, the documents whose texts hold a translation of
   * each: any one word's translation alone would otherwise rank as high ({@code elderly police}
   * ranked the many Dutch texts on the police above the few on the elderly and the police). A
   * glossary phrase counts as one word ({@code young people police}). Null when fewer than two
   * words translate.
   */
  private Query allTranslated(String translatable, String language, IndexView view) {
    return allTranslated(translatable, language, view, new ArrayList<>());
  }

  /**
   * As {@link #allTranslated(String, String, IndexView)}, adding the words of each of its groups
   * to {@code held}: a word in two groups counts twice.
   */
  private Query allTranslated(String translatable, String language, IndexView view,
      List<String> held) {
    TaxonomyLexicon lexicon = view.concepts().lexicon();
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int groups = 0;
    int translatedGroups = 0;
    Set<String> words = new LinkedHashSet<>(lexicon.units(translatable));
    // Where no text holds a typed word, the words as typed match no text together, and a word
    // without alternatives that a text holds stands for itself (politie of wiet politie).
    boolean wordsMatchNoText = words.stream().anyMatch(word -> !isHeld(word, view));
    for (String word : words) {
      List<String> alternatives = lexicon.alternatives(word, language);
      List<String> searched = alternatives.isEmpty() && wordsMatchNoText && isHeld(word, view)
          ? List.of(word) : alternatives;
      Query group = searched.isEmpty() ? null
          : wordsIn(language, searched, view.getIndexReader());
      if (group != null) {
        all.add(group, BooleanClause.Occur.MUST);
        held.addAll(searched);
        groups++;
        translatedGroups += alternatives.isEmpty() ? 0 : 1;
      }
    }
    return groups < 2 || translatedGroups == 0 ? null : all.build();
  }

  private boolean isHeld(String word, IndexView view) {
    return textlessOf(List.of(word), view).isEmpty();
  }

  /**
   * The query for the words of {@code text} alone, in the index of {@code reader} (which tells
   * how common the parts of a compound are).
   */
  Query parseWords(String text, IndexReader reader) {
    return parseWords(text, reader, part -> List.of(), Set.of());
  }

  /**
   * What else a part of a Dutch compound in the query is found as: where no text holds it, its
   * translations and other names in Dutch ({@code senioren}: ouderen); worked out once per part,
   * though each field asks.
   */
  private Function<String, List<String>> textlessPartNames(IndexView view) {
    Map<String, List<String>> named = new HashMap<>();
    return part -> named.computeIfAbsent(part, p -> isHeld(p, view)
        ? List.of() : view.concepts().lexicon().alternatives(p, "nl"));
  }

  private Query parseWords(String text, IndexReader reader,
      Function<String, List<String>> partNames, Set<String> conceptNames) {
    return parseWords(text, reader, partNames, conceptNames, null);
  }

  private Query parseWords(String text, IndexReader reader,
      Function<String, List<String>> partNames, Set<String> conceptNames,
      TaxonomyLexicon lexicon) {
    if (text == null || text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    String translated = translateOperatorWords(
        PUNCTUATION_AFTER_STAR.matcher(text).replaceAll("*"));
    // Without operators, brackets group nothing: read as spaces, a copied title (Text alert
    // (SMS-alert)) is searched as its words are, three in four required and close together best.
    boolean plain = !OPERATOR.matcher(translated).find();
    String simple = plain ? BRACKETS.matcher(translated).replaceAll(" ") : translated;
    BooleanQuery.Builder perLanguage = new BooleanQuery.Builder();
    for (String language : IndexSchema.LANGUAGES) {
      String inLanguage = plain && lexicon != null
          ? lexicon.withoutPhrasesOfOtherLanguage(simple, language) : simple;
      if (inLanguage.isBlank()) {
        continue;
      }
      Query parsed = parseIn(language, inLanguage, plain, reader, partNames, conceptNames);
      if (parsed instanceof MatchNoDocsQuery) {
        continue;
      }
      perLanguage.add(parsed, BooleanClause.Occur.SHOULD);
    }
    return perLanguage.build();
  }

  /** @param plain whether {@code text} has no operator ({@link #OPERATOR}) */
  private Query parseIn(String language, String text, boolean plain, IndexReader reader,
      Function<String, List<String>> partNames, Set<String> conceptNames) {
    SimpleQueryParser parser = new CompoundAwareParser(analyzer, weightsIn(language), FLAGS,
        settings.compoundQueries() && language.equals("nl"), reader, partNames, conceptNames);
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    Query query = parser.parse(text);
    if (query == null) {
      return new MatchNoDocsQuery();
    }
    query = withMinimumMatch(allowPureNegation(query));
    Query proximity = settings.phraseProximity() && plain ? proximity(language, text) : null;
    Query joined = settings.compoundQueries() && plain && language.equals("nl")
        ? joinedNeighbours(text, reader) : null;
    if (proximity == null && joined == null) {
      return query;
    }
    BooleanQuery.Builder withBonus = new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST);
    addIfAny(withBonus, proximity);
    addIfAny(withBonus, joined);
    return withBonus.build();
  }

  /**
   * For plain Dutch words, a bonus where two neighbours stand written as one in a text, as Dutch
   * writes a compound ({@code burger net}: {@code Burgernet}); only for the pairs that some text
   * holds as one word. The words apart already find such a text, through the compound's parts.
   */
  private Query joinedNeighbours(String text, IndexReader reader) {
    String[] words = NOT_LETTERS.split(text.strip().toLowerCase(Locale.ROOT));
    FieldBlendingParser parser = new FieldBlendingParser(analyzer, weightsIn("nl"), FLAGS, reader);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (int i = 0; i + 1 < words.length; i++) {
      String joined = words[i] + words[i + 1];
      // A stop word beside a word makes another form of it, no compound: burgerwacht en.
      if (words[i].isEmpty() || DutchStopWords.SET.contains(words[i])
          || DutchStopWords.SET.contains(words[i + 1])) {
        continue;
      }
      try {
        if (reader.docFreq(new Term(IndexSchema.SPELL, joined)) > 0) {
          addIfAny(any, parser.parse(joined));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    BooleanQuery built = any.build();
    return built.clauses().isEmpty() ? null : new BoostQuery(built, JOINED_WEIGHT);
  }

  /** {@link #weightsIn} without the concepts' names: the fields that hold text. */
  private static Map<String, Float> textFieldsIn(String language) {
    Map<String, Float> fields = weightsIn(language);
    fields.remove(IndexSchema.field(IndexSchema.CONCEPTS, language));
    return fields;
  }

  /**
   * In a fixed order, as the query's clauses are: {@link Map#of} iterates in an order drawn anew
   * in each JVM, and the order of a query's clauses decides which of two equal passages is shown
   * and the last bits of a score.
   */
  private static Map<String, Float> fieldWeights() {
    Map<String, Float> weights = new LinkedHashMap<>();
    weights.put(IndexSchema.TITLE, 3.0f);
    weights.put(IndexSchema.KEYWORDS, 2.5f);
    weights.put(IndexSchema.SUMMARY, 2.0f);
    weights.put(IndexSchema.BODY, 1.0f);
    weights.put(IndexSchema.CONCEPTS, 1.0f);
    weights.put(IndexSchema.TRANSLATION, 1.0f);
    weights.put(IndexSchema.TRANSLATION_BODY, 0.5f);
    return Collections.unmodifiableMap(weights);
  }

  /** {@link #FIELD_WEIGHTS} with each field named in {@code language}; a new map to change. */
  private static Map<String, Float> weightsIn(String language) {
    Map<String, Float> weights = new LinkedHashMap<>();
    FIELD_WEIGHTS.forEach((field, weight) ->
        weights.put(IndexSchema.field(field, language), weight));
    return weights;
  }

  /**
   * For a query of several words without operators, a bonus where they stand close together
   * (within {@link #PROXIMITY_SLOP} positions) in the title, summary or body: also for a question
   * ({@code wat werkt tegen inbraken?}) and a title copied with its brackets
   * ({@code Text alert (SMS-alert)}).
   */
  private Query proximity(String language, String text) {
    QueryBuilder builder = new QueryBuilder(analyzer);
    BooleanQuery.Builder near = new BooleanQuery.Builder();
    for (String field : List.of(IndexSchema.TITLE, IndexSchema.SUMMARY, IndexSchema.BODY)) {
      Query phrase = builder.createPhraseQuery(IndexSchema.field(field, language), text,
          PROXIMITY_SLOP);
      if (phrase instanceof PhraseQuery || phrase instanceof MultiPhraseQuery) {
        near.add(new BoostQuery(phrase, FIELD_WEIGHTS.get(field)), BooleanClause.Occur.SHOULD);
      }
    }
    BooleanQuery built = near.build();
    return built.clauses().isEmpty() ? null : new BoostQuery(built, PROXIMITY_WEIGHT);
  }

  /** {@code -word} alone means every document without the word. */
  private static Query allowPureNegation(Query query) {
    if (query instanceof BooleanQuery bq && !bq.clauses().isEmpty()
        && bq.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
      BooleanQuery.Builder builder = new BooleanQuery.Builder()
          .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
      bq.clauses().forEach(builder::add);
      return builder.build();
    }
    return query;
  }

  /**
   * Plain words are all required up to two; of three or more, three in four (rounded down) must
   * match, so that a long question still finds the documents that answer most of it. Only a query
   * of nothing but plain words is relaxed: the parser gives each word its own group of per-field
   * clauses, while an explicit OR or a single word gives optional clauses, which stay as they are.
   */
  private static Query withMinimumMatch(Query query) {
    if (!(query instanceof BooleanQuery bq)) {
      return query;
    }
    List<BooleanClause> required = bq.clauses().stream()
        .filter(c -> c.getOccur() == BooleanClause.Occur.MUST).toList();
    boolean onlyWords = required.size() >= 3 && bq.clauses().stream().allMatch(
        c -> c.getOccur() == BooleanClause.Occur.MUST_NOT
            || c.getOccur() == BooleanClause.Occur.MUST && c.getQuery() instanceof BooleanQuery);
    if (!onlyWords) {
      return query;
    }
    int minimum = Math.max(2, required.size() * 3 / 4);
    BooleanQuery.Builder builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(minimum);
    for (BooleanClause clause : bq.clauses()) {
      builder.add(clause.getQuery(), clause.getOccur() == BooleanClause.Occur.MUST
          ? BooleanClause.Occur.SHOULD : clause.getOccur());
    }
    return builder.build();
  }

  /**
   * {@code text} without its last quote when that one opens no phrase it closes: {@code "trust}
   * is the word {@code trust}, not a phrase running to the end of the query. A quote alone stays:
   * it asks for nothing, not for every document.
   */
  static String withoutUnclosedQuote(String text) {
    int last = text.lastIndexOf('"');
    if (last < 0 || text.chars().filter(c -> c == '"').count() % 2 == 0) {
      return text;
    }
    String read = text.substring(0, last) + " " + text.substring(last + 1);
    return read.isBlank() ? text : read;
  }

  /** The words OR, AND and NOT, in capitals outside quotes, become the parser's operators. */
  static String translateOperatorWords(String text) {
    List<String> parts = new ArrayList<>();
    Matcher matcher = QUOTED_OR_WORD.matcher(text);
    while (matcher.find()) {
      String part = matcher.group();
      parts.add(switch (part) {
        case "OR" -> "|";
        case "AND" -> "+";
        case "NOT" -> "-";
        default -> part;
      });
    }
    return String.join(" ", parts).replace("- ", "-");
  }
}
