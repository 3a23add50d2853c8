package nl.buurtkennis.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.buurtkennis.analysis.DutchCompounds;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's simple query parser, reading a Dutch compound in a query as "the compound, or all of
 * its parts, or, far weaker, some of them": {@code veiligheidsgevoel} also finds "gevoel van
 * veiligheid", and {@code whatsappgroep} finds "WhatsApp-groep". The index already holds the parts of compounds,
 * so a part alone ({@code preventie}) finds them without help. All the parts weigh as the
 * compound only in a text that says it, whole or with its parts together, and far less in one
 * that holds them apart ({@link #PARTS_APART_WEIGHT}). Among "some parts", a part that most
 * documents hold is left out (see {@link #COMMON_PART_SHARE}).
 */
final class CompoundAwareParser extends FieldBlendingParser {
  /**
   * A document that has only some of the parts ({@code hondenuitlaters}: honden, not uitlaters)
   * is still a candidate, far below one that has them all.
   */
  static final float SOME_PARTS_WEIGHT = 0.2f;

  /**
   * What all the parts weigh in a text that holds them only apart (neither the compound nor its
   * parts together anywhere: {@link PartsTogether#said}), of what they weigh in one that says the
   * compound: {@code politie} in one section of a text and {@code mensen} in another, or far apart
   * in a summary, do not say {@code politiemensen}, and their weight ranked four such texts above
   * the two that speak of politiemensen. Such a text is still found, as before.
   */
  static final float PARTS_APART_WEIGHT = 0.2f;

  /**
   * A part held by more than this share of the documents with Dutch text ({@code buurt} of
   * {@code buurtbemiddeling}, {@code burger} of {@code Burgernet}) says little about a document,
   * and alone it would make nearly every document a candidate, so that the total and the facet
   * counts would describe the whole collection. Such a part is left out of "some parts", unless no
   * rarer part is found at all and the word lists hold the compound ({@code reservepolitie}: no
   * document holds {@code reserve}, so {@code politie} stays). A word they do not hold is not read
   * as its common part alone: a place name ({@code Noordwijk}, {@code Katwijk}: OpenTaal's list
   * leaves out names) found every document through {@code wijk}, a misspelled {@code burgernwt}
   * every one through {@code burger}; now they find none, and "did you mean" corrects the latter.
   */
  static final double COMMON_PART_SHARE = 0.5;

  /**
   * Of a compound that names a concept whole ({@code waterbedeffect}, {@code wijkkrant}), whose
   * documents the concept finds, a part is left out of "some parts" already when more than this
   * share of the documents hold it ({@code effect}, {@code wijk}): a rare part ({@code budget} of
   * {@code wijkbudget}) still ranks the texts that hold it.
   */
  static final double CONCEPT_NAME_PART_SHARE = 0.2;

  private static final Pattern HYPHENS = Pattern.compile("[-\u2010\u2011]");

  private final boolean dutch;
  private final IndexReader reader;
  private final Function<String, List<String>> otherNames;
  private final boolean withSomeParts;
  private final Set<String> conceptNames;

  /** @param reader the index searched, which tells how common each part is */
  CompoundAwareParser(Analyzer analyzer, Map<String, Float> weights, int flags, boolean dutch,
      IndexReader reader) {
    this(analyzer, weights, flags, dutch, reader, part -> List.of());
  }

  /**
   * @param otherNames what else a part may be found as, where no text holds it: {@code senioren}
   *     of {@code seniorenwoning} as {@code ouderen}, so that the compound reads as "ouderen and
   *     woning", as {@code ouderenwoning} does
   */
  CompoundAwareParser(Analyzer analyzer, Map<String, Float> weights, int flags, boolean dutch,
      IndexReader reader, Function<String, List<String>> otherNames) {
    this(analyzer, weights, flags, dutch, reader, otherNames, true, Set.of());
  }

  /**
   * @param conceptNames the query's words that name a concept whole ({@code waterbedeffect}):
   *     none of their parts is among "some parts", as the concept's documents are found through
   *     the concept; a part alone ({@code effect}) would make nearly every text a candidate
   */
  CompoundAwareParser(Analyzer analyzer, Map<String, Float> weights, int flags, boolean dutch,
      IndexReader reader, Function<String, List<String>> otherNames, Set<String> conceptNames) {
    this(analyzer, weights, flags, dutch, reader, otherNames, true, conceptNames);
  }

  /**
   * A parser that reads a Dutch compound as "the compound, or all of its parts" only, without
   * "some of them": what an exclusion of the compound leaves out, as the documents a search for it
   * finds through all its parts are those it finds the compound in ({@code -wietteelt} leaves out
   * the texts on hennepteelt), while one part alone ({@code buurt} of {@code buurtpreventie}) would
   * leave out nearly every document.
   */
  static CompoundAwareParser wholeOrAllParts(Analyzer analyzer, Map<String, Float> weights,
      int flags, boolean dutch, IndexReader reader, Function<String, List<String>> otherNames) {
    return new CompoundAwareParser(analyzer, weights, flags, dutch, reader, otherNames, false,
        Set.of());
  }

  private CompoundAwareParser(Analyzer analyzer, Map<String, Float> weights, int flags,
      boolean dutch, IndexReader reader, Function<String, List<String>> otherNames,
      boolean withSomeParts, Set<String> conceptNames) {
    super(analyzer, weights, flags, reader);
    this.dutch = dutch;
    this.reader = reader;
    this.otherNames = otherNames;
    this.withSomeParts = withSomeParts;
    this.conceptNames = Set.copyOf(conceptNames);
  }

  @Override
  protected Query newDefaultQuery(String text) {
    Query whole = super.newDefaultQuery(text);
    if (!dutch || whole == null) {
      return whole;
    }
    List<String> parts = QueryCompounds.parts(text, reader);
    String compound = text.toLowerCase(Locale.ROOT);
    // One part is left where a word that begins compounds as a prefix does is no part and no text
    // holds the compound (QueryCompounds.parts: medeburgers, burgers).
    if (parts.isEmpty() || isMisspelledWord(compound, whole)) {
      return whole;
    }
    Set<String> common = !withSomeParts ? Set.of()
        : conceptNames.contains(compound) ? partsHeldByMoreThan(CONCEPT_NAME_PART_SHARE, parts)
        : commonParts(parts, compound);
    BooleanQuery.Builder allParts = new BooleanQuery.Builder();
    BooleanQuery.Builder someParts = new BooleanQuery.Builder();
    for (Map.Entry<String, Float> field : weights.entrySet()) {
      BooleanQuery.Builder inField = new BooleanQuery.Builder();
      for (String part : parts) {
        Query partQuery = partQuery(field.getKey(), part);
        if (partQuery != null) {
          inField.add(partQuery, BooleanClause.Occur.MUST);
          if (!common.contains(part)) {
            someParts.add(new BoostQuery(partQuery, field.getValue()), BooleanClause.Occur.SHOULD);
          }
        }
      }
      allParts.add(new BoostQuery(inField.build(), field.getValue()), BooleanClause.Occur.SHOULD);
    }
    if (!withSomeParts) {
      return new BooleanQuery.Builder()
          .add(whole, BooleanClause.Occur.SHOULD)
          .add(allParts.build(), BooleanClause.Occur.SHOULD)
          .build();
    }
    return new Reading(whole, allParts.build(), someParts.build()).query();
  }

  /**
   * Whether {@code compound}, read as a known part and a rest no dictionary knows, is rather a
   * word of the texts with a typing error: no text holds it in any form, and one typing error
   * away a text holds a word that is no compound of dictionary words ({@code stigmatisaton}:
   * stigmatisation, not stigma + tisaton, whose {@code stigma}, another name of stigmatisation,
   * found its documents through the concept, in alphabetical order and without a marked word).
   * Then it finds nothing, and "did you mean" corrects it, as it does a word one typing error from
   * a dictionary word, which {@link DutchCompounds#segments} reads as no compound. A misspelled
   * compound of words ({@code buurtpreventiegroepn}: buurtpreventiegroepen) stays one.
   */
  private boolean isMisspelledWord(String compound, Query whole) {
    if (!DutchCompounds.hasUnknownPart(compound)) {
      return false;
    }
    String word = TextlessWords.lower(HYPHENS.matcher(compound).replaceAll(""));
    try {
      Terms spelled = MultiTerms.getTerms(reader, IndexSchema.SPELL);
      if (spelled == null || new IndexSearcher(reader).count(whole) > 0) {
        return false;
      }
      TermsEnum near = new FuzzyTermsEnum(spelled, new Term(IndexSchema.SPELL, word), 1, 0, true);
      for (BytesRef term = near.next(); term != null; term = near.next()) {
        if (!DutchCompounds.isCompoundOfWords(term.utf8ToString())) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The reading of a query this parser built for a compound ({@link Reading#query}, or {@link
   * Reading#anywhere}), or null for any other query: what a passage shows of a compound ({@link
   * PassageQuery}).
   */
  static Reading reading(BooleanQuery query) {
    List<BooleanClause> clauses = query.clauses();
    if (clauses.size() < 3 || clauses.size() > 4 || query.getMinimumNumberShouldMatch() != 0
        || clauses.stream().anyMatch(c -> c.getOccur() != BooleanClause.Occur.SHOULD)
        || !(clauses.get(2).getQuery() instanceof BoostQuery someParts)
        || someParts.getBoost() != SOME_PARTS_WEIGHT
        || !(someParts.getQuery() instanceof BooleanQuery some)) {
      return null;
    }
    Query whole = clauses.get(0).getQuery();
    if (clauses.size() == 3) {
      return clauses.get(1).getQuery() instanceof BooleanQuery allParts
          ? new Reading(whole, allParts, some) : null;
    }
    if (!(clauses.get(1).getQuery() instanceof BoostQuery said)
        || said.getBoost() != 1f - PARTS_APART_WEIGHT
        || !(said.getQuery() instanceof BooleanQuery)
        || !(clauses.get(3).getQuery() instanceof BoostQuery apart)
        || apart.getBoost() != PARTS_APART_WEIGHT
        || !(apart.getQuery() instanceof BooleanQuery allParts)) {
      return null;
    }
    return new Reading(whole, allParts, some);
  }

  /**
   * A compound's query as this parser reads it.
   *
   * @param whole the compound as one word
   * @param allParts in each field, every part required: a {@link BoostQuery} of the field's weight
   *     around a query whose clauses are all required
   * @param someParts the parts that are not too common, any of them, each in each field
   */
  record Reading(Query whole, BooleanQuery allParts, BooleanQuery someParts) {
    /**
     * The query searched: the compound, or all its parts, which weigh as it in a text that says
     * it ({@link PartsTogether#said}) and {@link #PARTS_APART_WEIGHT} of that in any other, or,
     * far weaker, some of them ({@link #SOME_PARTS_WEIGHT}). A text that says it once counts all
     * its parts, as its later {@code budget} may well be the {@code wijkbudget} it named; the
     * texts found are those that {@link #anywhere} finds.
     */
    BooleanQuery query() {
      Query said = PartsTogether.said(allParts);
      if (said == null) {
        return anywhere();
      }
      BooleanQuery saying = new BooleanQuery.Builder()
          .add(allParts, BooleanClause.Occur.MUST)
          .add(said, BooleanClause.Occur.FILTER)
          .build();
      return new BooleanQuery.Builder()
          .add(whole, BooleanClause.Occur.SHOULD)
          .add(new BoostQuery(saying, 1f - PARTS_APART_WEIGHT), BooleanClause.Occur.SHOULD)
          .add(new BoostQuery(someParts, SOME_PARTS_WEIGHT), BooleanClause.Occur.SHOULD)
          .add(new BoostQuery(allParts, PARTS_APART_WEIGHT), BooleanClause.Occur.SHOULD)
          .build();
    }

    /**
     * The compound, or all its parts anywhere in a field, or some of them, each text scored as
     * its parts are found: what a passage that shows the parts apart looks for ({@link
     * PassageQuery#withPartsApart}).
     */
    BooleanQuery anywhere() {
      return new BooleanQuery.Builder()
          .add(whole, BooleanClause.Occur.SHOULD)
          .add(allParts, BooleanClause.Occur.SHOULD)
          .add(new BoostQuery(someParts, SOME_PARTS_WEIGHT), BooleanClause.Occur.SHOULD)
          .build();
    }
  }

  /**
   * A Dutch phrase also finds its words written as one ({@code "buurt preventie"}:
   * {@code buurtpreventie}, {@code "wijk agent"}: {@code wijkagent}), as a text writes a compound:
   * the index holds a compound's parts at the compound's position, so no phrase of them matches
   * it.
   */
  @Override
  protected Query newPhraseQuery(String text, int slop) {
    Query phrase = super.newPhraseQuery(text, slop);
    String[] words = text.trim().split("[\\s-]+");
    if (dutch && words.length == 1) {
      return withPartsApart(phrase, words[0], slop);
    }
    if (!dutch || words.length < 2) {
      return phrase;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    addIfAny(any, phrase);
    addIfAny(any, super.newDefaultQuery(String.join("", words)));
    // Of a longer phrase, two neighbours written as one: "whatsapp buurt preventie".
    for (int i = 0; words.length > 2 && i + 1 < words.length; i++) {
      List<String> joined = new ArrayList<>(List.of(words).subList(0, i));
      joined.add(words[i] + words[i + 1]);
      joined.addAll(List.of(words).subList(i + 2, words.length));
      addIfAny(any, super.newPhraseQuery(String.join(" ", joined), slop));
    }
    return oneOrAny(any.build());
  }

  /**
   * A quoted compound ({@code "whatsappgroep"}) also finds its parts written apart, next to each
   * other and in its order ({@code WhatsApp-groep}, {@code WhatsApp groep}), as the word unquoted
   * does: the index holds a compound as one term only where a text writes it as one.
   */
  private Query withPartsApart(Query phrase, String word, int slop) {
    List<String> parts = QueryCompounds.parts(word, reader);
    if (parts.size() < 2) {
      return phrase;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    addIfAny(any, phrase);
    addIfAny(any, super.newPhraseQuery(String.join(" ", parts), slop));
    return oneOrAny(any.build());
  }

  /** Null for no alternative, the alternative itself for one, else any of them. */
  private static Query oneOrAny(BooleanQuery alternatives) {
    return alternatives.clauses().isEmpty() ? null : alternatives.clauses().size() == 1
        ? alternatives.clauses().get(0).getQuery() : alternatives;
  }

  /**
   * {@code part} in {@code field}, or any of its {@link #otherNames}; null when none is searched.
   */
  private Query partQuery(String field, String part) {
    Query alone = createBooleanQuery(field, part, BooleanClause.Occur.MUST);
    List<String> others = otherNames.apply(part);
    if (others.isEmpty()) {
      return alone;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    if (alone != null) {
      any.add(alone, BooleanClause.Occur.SHOULD);
    }
    for (String other : others) {
      // A glossary phrase is searched as one: its words apart mean something else.
      Query named = other.contains(" ") ? createPhraseQuery(field, other)
          : createBooleanQuery(field, other, BooleanClause.Occur.MUST);
      if (named != null) {
        any.add(named, BooleanClause.Occur.SHOULD);
      }
    }
    BooleanQuery built = any.build();
    return built.clauses().isEmpty() ? null : built;
  }

  /** The parts that more than {@code share} of the documents with Dutch text hold. */
  private Set<String> partsHeldByMoreThan(double share, List<String> parts) {
    String field = IndexSchema.field(IndexSchema.BODY, "nl");
    Set<String> held = new HashSet<>();
    try {
      int documents = reader.getDocCount(field);
      for (String part : parts) {
        if (holding(field, part) > share * documents) {
          held.add(part);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return held;
  }

  /** The parts to leave out of "some parts": see {@link #COMMON_PART_SHARE}. */
  private Set<String> commonParts(List<String> parts, String compound) {
    String field = IndexSchema.field(IndexSchema.BODY, "nl");
    Set<String> common = new HashSet<>();
    boolean rarerFound = false;
    try {
      int documents = reader.getDocCount(field);
      for (String part : parts) {
        int holding = holding(field, part);
        if (holding > COMMON_PART_SHARE * documents) {
          common.add(part);
        } else if (holding > 0 || otherNames.apply(part).stream()
            .anyMatch(other -> isRare(holding(field, other), documents))) {
          // A part no text holds but found as its other names (senioren: ouderen) is found.
          rarerFound = true;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rarerFound || !DutchCompounds.isKnownWord(compound) ? common : Set.of();
  }

  private static boolean isRare(int holding, int documents) {
    return holding > 0 && holding <= COMMON_PART_SHARE * documents;
  }

  /** How many documents hold {@code word} in {@code field}; 0 when it is no single term. */
  private int holding(String field, String word) {
    if (!(createBooleanQuery(field, word, BooleanClause.Occur.MUST) instanceof TermQuery term)) {
      return 0;
    }
    try {
      return reader.docFreq(term.getTerm());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
