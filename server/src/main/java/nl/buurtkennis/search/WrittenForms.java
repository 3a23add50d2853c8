package nl.buurtkennis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkennis.analysis.DutchCompounds;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * A query's words as the texts write them, where the query writes them otherwise, in either
 * language; the parser reads a word with hyphens as its parts next to each other or as one word
 * ({@link FieldBlendingParser}), which covers {@code anti-social} for {@code antisocial}.
 * <ul>
 *   <li>A word that no text holds in any form, but that splits into two words some text holds
 *       next to each other, is those two joined by a hyphen, and so found as that phrase:
 *       {@code tipline} is "tip line", {@code email} "e-mail", {@code coproduction}
 *       "co-production". Of several such splits, the first from the left.
 *   <li>Two neighbours that some text writes as one word are that word, as a hyphen joins
 *       them (and so written as one where no text holds them next to each other), where one of
 *       them no text holds in any form: {@code whats app} is {@code whatsapp}, also in
 *       {@code police whats app}; and, where the two are the whole query, where fewer texts
 *       hold both than write them as one: {@code anti social} is {@code anti-social}, which
 *       finds the texts writing {@code antisocial}. Where more texts hold both, they stay as
 *       typed (Dutch {@code burger net}: the index holds a compound's parts, and
 *       {@link UserQueryParser} ranks the texts writing {@code burgernet} higher).
 *   <li>A word that begins compounds as a prefix or a verb's particle does ({@link
 *       DutchCompounds#isBound}: {@code terug}, {@code samen}) and the word after it are read as
 *       the hyphen joins them, where some text holds the two as one word in any form (not only
 *       its other part: {@code tussen buren} stays), beside other
 *       words too: the index holds no such word as a compound's part, so {@code terug koppeling}
 *       is {@code terug-koppeling}, which finds the texts writing {@code terugkoppeling} and
 *       those holding the two words next to each other.
 * </ul>
 * Only words are read so, not a phrase, an excluded word or a prefix, and two words are joined
 * only where a space alone stands between them. What is worked out for a word or a pair is kept for the commit ({@link
 * IndexView#writtenForms}), so a query pays for its words' term lookups only the first time.
 */
final class WrittenForms {
  private static final Pattern PLAIN_WORD = Pattern.compile("\\p{L}+");
  /**
   * A word of letters, or of letters whose parts hyphens join (U+2010 and U+2011 are hyphens
   * too), and the punctuation after it, which asks for nothing ({@code whats app?}).
   */
  private static final Pattern WORD =
      Pattern.compile("(\\p{L}+(?:[-\u2010\u2011]\\p{L}+)*)([?!.,;:]*)");
  private static final Pattern HYPHEN = Pattern.compile("[-\u2010\u2011]");
  /** What the cache holds for a word or pair that the texts write as typed. */
  private static final String NONE = "";

  private static final List<String> TEXT_FIELDS = List.of(IndexSchema.TITLE,
      IndexSchema.SUMMARY, IndexSchema.KEYWORDS, IndexSchema.BODY);

  private final QueryBuilder builder;
  private final TextlessWords textless;

  /** @param analyzer the analyzer queries are parsed with */
  WrittenForms(Analyzer analyzer) {
    this.builder = new QueryBuilder(analyzer);
    this.textless = new TextlessWords(analyzer);
  }

  /** {@code query} with its words as the texts write them; {@code query} itself if none moved. */
  String read(String query, IndexView view) throws IOException {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = UserQueryParser.QUOTED_OR_WORD.matcher(query);
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    boolean moved = false;
    // A split adds a word, which changes how many of the words a text must hold: it is made only
    // where the query is that word alone (hondenbezitters tipline, read as three words, made
    // hondenbezitters optional). A join takes one away, but beside other words only one of a
    // word that no text holds, which no text could hold among the others anyway.
    long words = tokens.stream().filter(token -> WORD.matcher(token).matches()).count();
    boolean alone = words == tokens.size();
    List<String> read = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Matcher word = WORD.matcher(tokens.get(i));
      if (!word.matches()) {
        read.add(tokens.get(i));
        continue;
      }
      Matcher next = i + 1 < tokens.size() ? WORD.matcher(tokens.get(i + 1)) : null;
      String joined = next != null && next.matches() && isPlain(word.group(1))
          && word.group(2).isEmpty() && isPlain(next.group(1))
          ? joined(word.group(1), next.group(1), alone && words == 2, view) : null;
      if (joined != null) {
        read.add(joined + next.group(2));
        moved = true;
        i++;
        continue;
      }
      String written = !isPlain(word.group(1)) ? closed(word.group(1), view)
          : alone && words == 1 ? split(word.group(1), view) : null;
      moved |= written != null;
      read.add(written == null ? tokens.get(i) : written + word.group(2));
    }
    return moved ? String.join(" ", read) : query;
  }

  /**
   * {@code word} (with hyphens) written as one, where some text writes it so and none holds its
   * parts next to each other, or null.
   */
  private String closed(String word, IndexView view) throws IOException {
    String lower = lower(word);
    return remembered(view, lower, () -> {
      String joined = HYPHEN.matcher(lower).replaceAll("");
      return isSpellingWord(joined, view.getIndexReader())
          && !nextToEachOther(view, HYPHEN.matcher(lower).replaceAll(" ")) ? joined : null;
    });
  }

  private static boolean isPlain(String token) {
    return PLAIN_WORD.matcher(token).matches();
  }

  /**
   * {@code first} and {@code second} as the one word some text writes for them, as a hyphen joins
   * them ({@link #closed}: {@code whats app} is {@code whatsapp}, {@code anti social}
   * {@code anti-social}), where one of them is held by no text in any form, or, where the two
   * are the whole query ({@code alone}), where fewer texts hold both than write them as one; or
   * null.
   */
  private String joined(String first, String second, boolean alone, IndexView view)
      throws IOException {
    String a = lower(first);
    String b = lower(second);
    IndexReader reader = view.getIndexReader();
    if (DutchCompounds.isBound(a) && !ConceptMatcher.isStopWord(b)) {
      // The index holds no such word as a part of a compound, so terug koppeling finds the texts
      // writing terugkoppeling only as the one word it is, read as terug-koppeling is. The word
      // itself must be held, not only found by its other part as a compound no text holds is:
      // tussen buren is no tussenburen.
      String bound = remembered(view, a + "+" + b,
          () -> QueryCompounds.isHeld(a + b, reader) ? asOneWord(a, b, view) : null);
      if (bound != null) {
        return bound;
      }
    }
    if (!isSpellingWord(a + b, reader)) {
      return null;
    }
    if (isTextless(a, view) || isTextless(b, view)) {
      return asOneWord(a, b, view);
    }
    return alone ? remembered(view, a + " " + b,
        () -> textsHoldingBoth(view, a, b) < textsWriting(view, a + b)
            ? asOneWord(a, b, view) : null) : null;
  }

  /** {@code first} and {@code second} as the hyphenated word {@code first-second} is read. */
  private String asOneWord(String first, String second, IndexView view) throws IOException {
    String hyphenated = first + "-" + second;
    String closed = closed(hyphenated, view);
    return closed == null ? hyphenated : closed;
  }

  private boolean isTextless(String word, IndexView view) throws IOException {
    return !textless.in(word, view.getIndexReader(), view.textlessWords()).isEmpty();
  }

  /** How many texts hold {@code word} as written (lower case, without diacritics). */
  private static int textsWriting(IndexView view, String word) throws IOException {
    return view.count(new TermQuery(new Term(IndexSchema.SPELL, word)));
  }

  /** {@code word} as two words joined by a hyphen that texts hold next to each other, or null. */
  private String split(String word, IndexView view) throws IOException {
    String lower = lower(word);
    return remembered(view, lower, () -> {
      IndexReader reader = view.getIndexReader();
      // most words some text holds as written; only the others are checked in every form
      if (isSpellingWord(lower, reader)
          || textless.in(lower, reader, view.textlessWords()).isEmpty()) {
        return null;
      }
      for (int at = 1; at < lower.length(); at++) {
        String first = lower.substring(0, at);
        String second = lower.substring(at);
        if (isPart(first, reader) && isPart(second, reader)
            && nextToEachOther(view, first + " " + second)) {
          return first + "-" + second;
        }
      }
      return null;
    });
  }

  /** How the texts write something the query writes otherwise, or null where as typed. */
  private interface Reading {
    String read() throws IOException;
  }

  /**
   * What {@code reading} gives for {@code key} (a word, or a pair written "a b"), worked out once
   * per commit ({@link IndexView#writtenForms}, which holds {@link #NONE} for null).
   */
  private static String remembered(IndexView view, String key, Reading reading)
      throws IOException {
    String known = view.writtenForms().computeIfAbsent(key, k -> {
      String read = reading.read();
      return read == null ? NONE : read;
    });
    return known.isEmpty() ? null : known;
  }

  /** Whether a text holds the words of {@code words} next to each other, in any text field. */
  private boolean nextToEachOther(IndexView view, String words) throws IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String language : IndexSchema.LANGUAGES) {
      for (String field : TEXT_FIELDS) {
        Query phrase = builder.createPhraseQuery(IndexSchema.field(field, language), words);
        if (phrase != null) {
          any.add(phrase, BooleanClause.Occur.SHOULD);
        }
      }
    }
    return view.matchesAny(any.build());
  }

  /**
   * How many texts hold both words, in any of their text fields, in either language's analysis (a
   * Dutch text writing {@code burgernet} holds {@code burger} and {@code net}, as the index holds
   * a compound's parts); where an analysis drops both words, every text.
   */
  private int textsHoldingBoth(IndexView view, String first, String second) throws IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String language : IndexSchema.LANGUAGES) {
      BooleanQuery.Builder both = new BooleanQuery.Builder();
      for (String word : List.of(first, second)) {
        BooleanQuery.Builder inAnyField = new BooleanQuery.Builder();
        for (String field : TEXT_FIELDS) {
          Query term = builder.createBooleanQuery(IndexSchema.field(field, language), word);
          if (term != null) {
            inAnyField.add(term, BooleanClause.Occur.SHOULD);
          }
        }
        BooleanQuery held = inAnyField.build();
        if (!held.clauses().isEmpty()) {
          both.add(held, BooleanClause.Occur.MUST);
        }
      }
      BooleanQuery built = both.build();
      if (built.clauses().isEmpty()) {
        return view.getIndexReader().numDocs();
      }
      any.add(built, BooleanClause.Occur.SHOULD);
    }
    return view.count(any.build());
  }

  private static boolean isPart(String word, IndexReader reader) throws IOException {
    return !ConceptMatcher.isStopWord(word) && isSpellingWord(word, reader);
  }

  /** Whether some text holds {@code word} as written (lower case, without diacritics). */
  private static boolean isSpellingWord(String word, IndexReader reader) throws IOException {
    return reader.docFreq(new Term(IndexSchema.SPELL, word)) > 0;
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
