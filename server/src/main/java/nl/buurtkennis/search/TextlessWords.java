package nl.buurtkennis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.buurtkennis.analysis.WordCache;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The words of a query that no text of the corpus holds in any form: not as written, and not as
 * either language's analysis reads it. Such a word can only find documents through a concept it
 * names or its translation ({@code effectiviteit} names the concept of effects), or not at all
 * ({@code zebra}).
 */
final class TextlessWords {
  /** A word ({@link QueryWordPattern}); the start of a word before {@code *} is not. */
  static final Pattern WORD = Pattern.compile(QueryWordPattern.WORD + "(?!\\*)");
  /** A word whose parts hyphens join (group 1), else a word ({@link #WORD}). */
  private static final Pattern HYPHENATED_OR_WORD = Pattern.compile(
      "([\\p{L}\\p{N}]++(?:[-\u2010\u2011][\\p{L}\\p{N}]++)++)(?!\\*)|" + WORD);
  private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
  private static final List<String> TEXT_FIELDS = List.of(IndexSchema.TITLE,
      IndexSchema.SUMMARY, IndexSchema.KEYWORDS, IndexSchema.BODY);

  /** The Dutch text fields, each at weight 1: whether a compound is found, not how well. */
  private static final Map<String, Float> DUTCH_TEXT_FIELDS = TEXT_FIELDS.stream()
      .collect(Collectors.toUnmodifiableMap(name -> IndexSchema.field(name, "nl"), name -> 1f));

  private final Analyzer analyzer;

  /** @param analyzer the analyzer queries are parsed with */
  TextlessWords(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * The textless words of {@code query} (lower case), in order, once each; stop words, excluded
   * words and the starts of words before {@code *} are not counted.
   *
   * @param known what was worked out before for a word, on the same commit
   */
  List<String> in(String query, IndexReader reader, WordCache<Boolean> known) throws IOException {
    List<String> textless = new ArrayList<>();
    Matcher matcher = WORD.matcher(Exclusions.of(query).wanted());
    while (matcher.find()) {
      String word = matcher.group();
      String lower = lower(word);
      if (textless.contains(lower) || ConceptMatcher.isStopWord(lower)) {
        continue;
      }
      boolean none = known.computeIfAbsent(word,
          w -> reader.docFreq(new Term(IndexSchema.SPELL, lower)) == 0
              && !heldAsAnalysed(w, reader) && !foundByItsParts(lower, reader));
      if (none) {
        textless.add(lower);
      }
    }
    return textless;
  }

  /**
   * {@code query} without the standalone words of {@code words} (lower case, as {@link #in} and
   * {@link DidYouMean#unmatched} give them); a phrase keeps its words. The query itself when no
   * word it asks for would be left: what it excludes alone ({@code zebra -wiet} without
   * {@code zebra}) would ask for every other document, where the query finds none.
   */
  static String without(String query, List<String> words) {
    if (words.isEmpty()) {
      return query;
    }
    StringBuilder kept = new StringBuilder();
    Matcher matcher = UserQueryParser.QUOTED_OR_WORD.matcher(query);
    while (matcher.find()) {
      String token = matcher.group();
      String left = token.startsWith("\"") ? token
          : words.contains(token.toLowerCase(Locale.ROOT)) ? "" // a prefix: zebra*
          : withoutWordsIn(token, words);
      if (!left.isEmpty()) {
        kept.append(kept.length() == 0 ? "" : " ").append(left);
      }
    }
    return ConceptMatcher.words(Exclusions.of(kept.toString()).wanted()).isEmpty()
        ? query : kept.toString();
  }

  /**
   * {@code token} (no phrase) without its words of {@code words}, and empty when nothing but
   * punctuation would be left: a word glued to another by punctuation ({@code whatsapp(zebra)},
   * {@code politie/zebra}) is left out as it is when spaces set it apart. What is left of the
   * punctuation keeps the query's structure ({@code (zebra | wiet)} → {@code ( | wiet)}).
   */
  private static String withoutWordsIn(String token, List<String> words) {
    StringBuilder kept = new StringBuilder();
    Matcher word = HYPHENATED_OR_WORD.matcher(token);
    int from = 0;
    boolean removed = false;
    while (word.find()) {
      kept.append(token, from, word.start());
      // a word with hyphens found nothing as a whole (face-to-face?), or each word on its own
      if (word.group(1) != null && words.contains(word.group().toLowerCase(Locale.ROOT))) {
        removed = true;
      } else if (word.group(1) != null) {
        String parts = WORD.matcher(word.group())
            .replaceAll(part -> words.contains(lower(part.group())) ? ""
                : Matcher.quoteReplacement(part.group()));
        removed |= !parts.equals(word.group());
        kept.append(parts);
      } else if (words.contains(lower(word.group()))) {
        removed = true;
      } else {
        kept.append(word.group());
      }
      from = word.end();
    }
    if (!removed) {
      return token; // wijk* holds no word of its own: its letters start words
    }
    kept.append(token, from, token.length());
    // what joined the removed word to the others joins nothing now: wijk*/zebra is wijk*
    String left = kept.toString().replaceAll("^[/,;:~^&.+]+|[/,;:~^&.+]+$", "");
    if (!token.startsWith("-")) {
      left = left.replaceFirst("^-+", ""); // zebra-politie is no exclusion of politie
    }
    return LETTER_OR_DIGIT.matcher(left).find() || left.matches(".*[()|].*") ? left : "";
  }

  /**
   * The words {@code folded} names ({@link #in} and {@link DidYouMean#unmatched} give them folded:
   * lower case, without diacritics) as {@code query} writes them, in lower case, in the order of
   * {@code folded}: what an answer echoes, {@code coördinatie} rather than {@code coordinatie}.
   */
  static List<String> asTyped(String query, List<String> folded) {
    if (folded.isEmpty()) {
      return folded;
    }
    Map<String, String> typed = new HashMap<>();
    Matcher matcher = WORD.matcher(query);
    while (matcher.find()) {
      typed.putIfAbsent(lower(matcher.group()),
          matcher.group().toLowerCase(Locale.ROOT));
    }
    return folded.stream().map(word -> typed.getOrDefault(word, word)).toList();
  }

  /** Whether a text field of either language holds {@code word} as its analysis reads it. */
  boolean heldAsAnalysed(String word, IndexReader reader) throws IOException {
    return heldAsAnalysed(word, reader, analyzer, IndexSchema.LANGUAGES);
  }

  /**
   * Whether a text field of one of {@code languages} holds {@code word} as {@code analyzer} reads
   * it.
   */
  static boolean heldAsAnalysed(String word, IndexReader reader, Analyzer analyzer,
      List<String> languages) throws IOException {
    for (String language : languages) {
      for (String name : TEXT_FIELDS) {
        String field = IndexSchema.field(name, language);
        try (TokenStream tokens = analyzer.tokenStream(field, word)) {
          CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
          tokens.reset();
          while (tokens.incrementToken()) {
            if (reader.docFreq(new Term(field, term.toString())) > 0) {
              return true;
            }
          }
          tokens.end();
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code word} is a Dutch compound that a search finds by its parts, as the query parser
   * reads it ({@link CompoundAwareParser}): {@code hennepplantage} through {@code hennep}, though
   * no text holds {@code plantage}; not {@code Noordwijk} through the common {@code wijk} alone.
   */
  private boolean foundByItsParts(String word, IndexReader reader) throws IOException {
    if (QueryCompounds.parts(word, reader).isEmpty()) {
      return false;
    }
    Query query = new CompoundAwareParser(analyzer, DUTCH_TEXT_FIELDS, 0, true, reader).parse(word);
    return query != null && new IndexSearcher(reader).count(query) > 0;
  }

  static String lower(String word) {
    return ConceptMatcher.words(word).stream().findFirst().orElse(word);
  }
}
