package nl.buurtkennis.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;

/**
 * What each match of a passage query weighs when passages are compared: the words as typed 1, and
 * what the query weighs down (a translation, another name of a glossary word: {@link
 * UserQueryParser#TRANSLATION_WEIGHT}; a concept's name: {@link UserQueryParser#NAME_IN_PASSAGE})
 * that much less, so that a passage with the typed words wins over one with more of the names;
 * each times how rare its term is among the texts of its field ({@link PassageRarity}), which
 * Lucene's passage score, counting a word within one text only, does not weigh: a word that
 * nearly every text holds ({@code werkt}, {@code work}) hardly chooses a passage. In a text of
 * the other language than a typed word's, the word's translations count as typed words, and the
 * typed word, a loanword there ("community policing" for {@code police}), no more than they do.
 * A boost above 1 is a field's weight (a summary's 2), the same for every word of the field, and
 * passages are compared within one field. A match is known by its term as the highlighter names
 * it ({@link org.apache.lucene.search.uhighlight.Passage#getMatchTerms}: a phrase's terms joined
 * by spaces, each term of an {@link IntervalQuery} alone, a compound's parts found together,
 * which share the compound's weight); a term the query holds twice weighs as the heavier, and one
 * not known (a prefix's words) as a typed word.
 */
final class PassageWeights {
  /**
   * What a word's heaviest match must weigh for the word to count as a whole word in the share of
   * the query's words that a passage holds ({@link PassageWords}): only a word that nearly every
   * text of the language holds weighs less ({@code can}, {@code werkt}, {@code effect}). Higher,
   * it let a rarer word such as {@code know} outweigh {@code trust} and {@code police} together
   * in the small English half of the corpus.
   */
  static final float WHOLE_WORD = 0.05f;
  /** The longest term of a compound's part that weighs only its share of the letters. */
  static final int SHORT_PART = 3;

  private final Map<String, Map<BytesRef, Float>> byField = new HashMap<>();
  private final Map<String, PassageWords.InField> wordsByField = new HashMap<>();
  private final Map<String, Set<BytesRef>> commonByField = new HashMap<>();
  private final boolean partsApart;

  private PassageWeights(boolean partsApart) {
    this.partsApart = partsApart;
  }

  /** A match of the query as the highlighter names it, before its rarity is known. */
  private record Found(BytesRef term, float weight, boolean typed, List<Term> terms,
      boolean parts) {}

  /** The weights of the matches of {@code query}, the highlighter's query, every term as rare. */
  static PassageWeights of(Query query) {
    return of(query, PassageRarity.none(), Loanwords.none(), PassageWords.none());
  }

  /**
   * The weights of the matches of {@code query}, the highlighter's query, each also weighed by
   * how rare its term is in its field ({@code rarity}), and in a text of the other language than
   * a typed word's, that word as its translations ({@code loanwords}); each match known as the
   * typed words it is a form of ({@code words}).
   */
  static PassageWeights of(Query query, PassageRarity rarity, Loanwords loanwords,
      PassageWords words) {
    return of(query, rarity, loanwords, words, false);
  }

  /**
   * As {@link #of(Query, PassageRarity, Loanwords, PassageWords)}, for the query with a
   * compound's parts also apart ({@link PassageQuery#withPartsApart}) when {@code partsApart}.
   */
  static PassageWeights of(Query query, PassageRarity rarity, Loanwords loanwords,
      PassageWords words, boolean partsApart) {
    Map<String, List<Found>> found = new HashMap<>();
    collect(query, 1f, found);
    PassageWeights weights = new PassageWeights(partsApart);
    found.forEach((field, matches) -> {
      weights.weigh(field, matches, rarity, loanwords.in(field));
      if (words.count() > 0) {
        weights.wordsByField.put(field, weights.words(field, matches, words));
        weights.weighTypedRuns(field, matches, words.typedIn(field));
      }
    });
    return weights;
  }

  /**
   * The words of the matches in {@code field}, each weighing as its heaviest match there, as a
   * share of {@link #WHOLE_WORD}: a word counts as a whole word whatever its rarity, so that one
   * word does not outweigh another by its rarity twice over (in the passage's score and in its
   * share of the words); one that nearly every text holds counts as much less.
   */
  private PassageWords.InField words(String field, List<Found> matches, PassageWords words) {
    Map<BytesRef, Long> bits = new HashMap<>();
    float[] wordWeights = new float[Long.SIZE];
    Map<BytesRef, Float> inField = in(field);
    for (Found match : matches) {
      long of = words.of(field, match.terms);
      bits.merge(match.term, of, (a, b) -> a | b);
      float weight = inField.getOrDefault(match.term, 0f);
      for (int bit = 0; bit < Long.SIZE; bit++) {
        if ((of & (1L << bit)) != 0) {
          wordWeights[bit] = Math.max(wordWeights[bit], Math.min(1f, weight / WHOLE_WORD));
        }
      }
    }
    return new PassageWords.InField(bits, wordWeights, words.typedIn(field));
  }

  /** Whether the query finds a compound's parts apart ({@link PassageQuery#withPartsApart}). */
  boolean partsApart() {
    return partsApart;
  }

  /**
   * A phrase's match whose words are all words as typed (a concept's name "objective effects"
   * for {@code objective effects}) is the typed words standing together as typed: it weighs at
   * least what they weigh apart. Weighed down as a name, it was outweighed by its own typed
   * words at its place ({@link LeanPassageScorer}), and a passage with the words as typed counted
   * as one with them anywhere: "objective benefits … effectively" was shown before "such
   * objective effects".
   */
  private void weighTypedRuns(String field, List<Found> matches, Map<BytesRef, Long> typed) {
    Map<BytesRef, Float> inField = byField.get(field);
    if (inField == null || typed.isEmpty()) {
      return;
    }
    for (Found match : matches) {
      if (match.parts || match.typed || match.terms.size() < 2) {
        continue;
      }
      float apart = 0f;
      for (Term term : match.terms) {
        Float weight = typed.containsKey(term.bytes()) ? inField.get(term.bytes()) : null;
        if (weight == null) {
          apart = 0f;
          break;
        }
        apart += weight;
      }
      if (apart > 0f) {
        inField.merge(match.term, apart, Math::max);
      }
    }
  }

  /** The weights of the matches in {@code field}, by term. */
  Map<BytesRef, Float> in(String field) {
    return byField.getOrDefault(field, Map.of());
  }

  /**
   * The matches in {@code field} of words that nearly every text holds (rarer than {@link
   * #WHOLE_WORD}), where the query also types a word that is not: a passage with only these
   * shows none of what the query asks ({@code werkt} of {@code wat werkt tegen woninginbraak}).
   */
  Set<BytesRef> commonIn(String field) {
    return commonByField.getOrDefault(field, Set.of());
  }

  /** The typed words of the matches in {@code field} ({@link PassageWords}). */
  PassageWords.InField wordsIn(String field) {
    return wordsByField.getOrDefault(field, PassageWords.InField.NONE);
  }

  /**
   * Each match weighs what the query makes of it times how rare its term is in the field
   * ({@link #rarity}). A loanword (a typed word that the lexicon translates into the field's
   * language) is no rarer than the rarest of its translations that the field holds, and those
   * translations weigh as typed words. What the query weighs down (translations, other names, concepts' names) is
   * taken as no rarer than the rarest typed word the field holds, so that a typed word still
   * outweighs them as rare as itself.
   */
  private void weigh(String field, List<Found> matches, PassageRarity rarity,
      Map<BytesRef, List<BytesRef>> loanwords) {
    Set<BytesRef> translations = new HashSet<>();
    loanwords.values().forEach(translations::addAll);
    float[] rare = new float[matches.size()];
    boolean[] typed = new boolean[matches.size()];
    float[] weight = new float[matches.size()];
    float rarestTyped = 0f;
    for (int i = 0; i < matches.size(); i++) {
      Found match = matches.get(i);
      float r = rarity(match, rarity);
      typed[i] = match.typed;
      weight[i] = match.weight;
      List<BytesRef> translated = match.typed ? loanwords.get(match.term) : null;
      if (translated != null) {
        float asTranslated = 0f;
        for (BytesRef translation : translated) {
          asTranslated = Math.max(asTranslated, rarity.of(new Term(field, translation)));
        }
        r = asTranslated > 0f ? Math.min(r, asTranslated) : r;
      } else if (!match.typed && match.terms.size() == 1 && translations.contains(match.term)) {
        typed[i] = true;
        weight[i] = 1f;
      }
      rare[i] = r;
      rarestTyped = typed[i] ? Math.max(rarestTyped, r) : rarestTyped;
    }
    Set<BytesRef> common = new HashSet<>();
    for (int i = 0; i < matches.size(); i++) {
      if (rarestTyped >= WHOLE_WORD && rare[i] < WHOLE_WORD) {
        common.add(matches.get(i).term);
      }
    }
    if (!common.isEmpty()) {
      commonByField.put(field, common);
    }
    for (int i = 0; i < matches.size(); i++) {
      float r = typed[i] || rarestTyped == 0f ? rare[i] : Math.min(rare[i], rarestTyped);
      byField.computeIfAbsent(field, f -> new HashMap<>())
          .merge(matches.get(i).term, weight[i] * r, Math::max);
    }
  }

  /**
   * How rare a match's term is: a phrase's, the sum of its words' (as BM25 weighs a phrase), at
   * most 1; a compound's part found together with the other parts, the rarest part's, as the
   * compound is at least as rare; 0 when the field does not hold every term.
   */
  private static float rarity(Found match, PassageRarity rarity) {
    float sum = 0f;
    float rarest = 0f;
    for (Term term : match.terms) {
      float r = rarity.of(term);
      if (r == 0f) {
        return 0f;
      }
      sum += r;
      rarest = Math.max(rarest, r);
    }
    return match.parts ? rarest : Math.min(1f, sum);
  }

  /**
   * The matches of {@code query}, each weighing {@code weight} times what the query weighs it
   * down by; a boost above 1 is a field's weight and changes nothing.
   */
  private static void collect(Query query, float weight, Map<String, List<Found>> found) {
    collect(query, weight, Map.of(), found);
  }

  /**
   * As {@link #collect(Query, float, Map)}, each term of a compound's part found apart weighing
   * its part's share of the compound ({@code shares}, {@link #partShares}).
   */
  private static void collect(Query query, float weight, Map<Term, Float> shares,
      Map<String, List<Found>> found) {
    if (query instanceof BoostQuery boosted) {
      collect(boosted.getQuery(), boosted.getBoost() < 1f ? weight * boosted.getBoost() : weight,
          shares, found);
    } else if (query instanceof BooleanQuery bool) {
      CompoundAwareParser.Reading apart = shares.isEmpty() ? CompoundAwareParser.reading(bool)
          : null;
      Map<Term, Float> inClauses = apart == null ? shares : partShares(apart.allParts());
      for (BooleanClause clause : bool.clauses()) {
        if (clause.getOccur() != BooleanClause.Occur.MUST_NOT) {
          collect(clause.getQuery(), weight, apart != null && clause.getQuery() == apart.whole()
              ? Map.of() : inClauses, found);
        }
      }
    } else {
      List<Term> terms = terms(query);
      if (terms.isEmpty()) {
        return;
      }
      boolean typed = weight >= 1f;
      float share = 1f;
      for (Term term : terms) {
        share = Math.min(share, shares.getOrDefault(term, 1f));
      }
      List<Found> inField = found.computeIfAbsent(terms.get(0).field(), f -> new ArrayList<>());
      if (query instanceof IntervalQuery) {
        // A compound's parts found together are one word found: they share its weight.
        float together = weight / new HashSet<>(terms).size();
        for (Term term : terms) {
          inField.add(new Found(BytesRef.deepCopyOf(term.bytes()), together, typed, terms, true));
        }
      } else {
        BytesRefBuilder joined = new BytesRefBuilder();
        for (Term term : terms) {
          if (joined.length() > 0) {
            joined.append((byte) ' ');
          }
          joined.append(term.bytes());
        }
        inField.add(new Found(joined.toBytesRef(), weight * share, typed, terms, false));
      }
    }
  }

  /**
   * What each part of a compound found apart ({@link PassageQuery#withPartsApart}) stands for of
   * the compound: a short part ({@link #SHORT_PART}) its share of the compound's letters, each
   * term of a part's query (the part, its other names) as much as the part; a longer part all of
   * it. A word of a few letters has many senses and says little of the compound, and found alone
   * it chose the passage by its rarity: {@code app} of {@code buurtpreventieapp} showed
   * "<mark>App</mark>: meld daarna in de groep" of SAAR in the text on WhatsApp-buurtpreventie.
   * Longer parts keep their weight: by letters, {@code onderzoek} outweighed {@code effect} of
   * {@code effectonderzoek}, which tells the kind of study.
   *
   * @param allParts each field's parts, all required ({@link CompoundAwareParser.Reading})
   */
  private static Map<Term, Float> partShares(BooleanQuery allParts) {
    Map<Term, Float> shares = new HashMap<>();
    for (BooleanClause inField : allParts.clauses()) {
      Query parts = inField.getQuery() instanceof BoostQuery boosted ? boosted.getQuery()
          : inField.getQuery();
      if (!(parts instanceof BooleanQuery partsInField)) {
        continue;
      }
      List<List<Term>> termsOfParts = new ArrayList<>();
      int letters = 0;
      for (BooleanClause part : partsInField.clauses()) {
        List<Term> termsOfPart = terms(part.getQuery());
        if (!termsOfPart.isEmpty()) {
          termsOfParts.add(termsOfPart);
          letters += termsOfPart.get(0).text().length();
        }
      }
      for (List<Term> termsOfPart : termsOfParts) {
        int length = termsOfPart.get(0).text().length();
        float share = length <= SHORT_PART ? (float) length / letters : 1f;
        for (Term term : termsOfPart) {
          shares.merge(term, share, Math::max);
        }
      }
    }
    return shares;
  }

  /** The terms of a query in the order Lucene's highlighter joins them into a match's term. */
  private static List<Term> terms(Query query) {
    List<Term> terms = new ArrayList<>();
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query parent, Term... consumed) {
        for (Term term : consumed) {
          terms.add(new Term(term.field(), BytesRef.deepCopyOf(term.bytes())));
        }
      }
    });
    return terms;
  }
}
