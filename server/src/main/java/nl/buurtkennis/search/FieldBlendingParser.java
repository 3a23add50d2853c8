package nl.buurtkennis.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BlendedTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Lucene's simple query parser, weighing a word by how rare it is in a kind of text as a whole
 * rather than in each field alone (Lucene's {@link BlendedTermQuery}, which gives every field the
 * largest document frequency among them): {@code politie}, in nearly every body but in few titles,
 * weighed as a rare word in a title, and a document holding only that word in its title
 * outranked those holding every word of the query ({@code ouderen politie}). Each field still
 * weighs as it did ({@link UserQueryParser#FIELD_WEIGHTS}), and its matches still add up.
 *
 * <p>The kinds: the documents' own texts (title, keywords, summary, body), and the translations of
 * documents written in the other language, which are a different collection of texts with their
 * own statistics. The concepts field holds concepts' names, not text, and keeps its own, as does
 * a field no document has (Lucene's blend would give it a document frequency without statistics).
 *
 * <p>A word with hyphens ({@code anti-social}, {@code e-mail}) is its parts next to each other, as
 * a text writing it with the hyphen holds them (in a Dutch field, its parts as before), or the
 * word written as one ({@code antisocial}), as another text may write it: English texts write
 * {@code antisocial} and no text {@code anti-social}, so the parts alone, anywhere in a text,
 * found two reports and not the texts on antisocial behaviour. A word whose parts are all stop
 * words ({@code before-and-after}, {@code to-do}) is no word searched, as its parts written apart
 * are none: written as one ({@code beforeandafter}) it was required, and no text holds it.
 */
class FieldBlendingParser extends SimpleQueryParser {
  /** A hyphen between letters or digits; U+2010 and U+2011 are hyphens too. */
  private static final Pattern HYPHEN =
      Pattern.compile("(?<=[\\p{L}\\p{N}])[-\u2010\u2011](?=[\\p{L}\\p{N}])");

  private final IndexReader reader;
  private final Map<String, Boolean> indexed = new HashMap<>();

  /** @param reader the index searched, which tells which fields its documents have */
  FieldBlendingParser(Analyzer analyzer, Map<String, Float> weights, int flags,
      IndexReader reader) {
    super(analyzer, weights, flags);
    this.reader = reader;
  }

  @Override
  protected Query newDefaultQuery(String text) {
    if (!HYPHEN.matcher(text).find()) {
      return blended(text);
    }
    Query parts = adjacent(text);
    if (parts == null) {
      return null; // stop words only (before-and-after), dropped as they are written apart
    }
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    either.add(parts, BooleanClause.Occur.SHOULD);
    addIfAny(either, blended(HYPHEN.matcher(text).replaceAll("")));
    return simplify(either.build());
  }

  /**
   * The parts of a word with hyphens, in any field: next to each other, but in a Dutch field
   * anywhere in it, as before, as Dutch reads a hyphenated word as a compound, whose parts the
   * index holds apart too ({@link CompoundAwareParser}).
   */
  private Query adjacent(String text) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Map.Entry<String, Float> field : weights.entrySet()) {
      Query query = field.getKey().endsWith("_nl")
          ? createBooleanQuery(field.getKey(), text, getDefaultOperator())
          : createPhraseQuery(field.getKey(), text);
      if (query != null) {
        any.add(field.getValue() == 1f ? query : new BoostQuery(query, field.getValue()),
            BooleanClause.Occur.SHOULD);
      }
    }
    return simplify(any.build());
  }

  /** Adds {@code query} to {@code any} as an alternative, unless it is null. */
  static void addIfAny(BooleanQuery.Builder any, Query query) {
    if (query != null) {
      any.add(query, BooleanClause.Occur.SHOULD);
    }
  }

  /** {@code text} in every field, each word weighed by its rarity in its kind of text. */
  private Query blended(String text) {
    Map<TextKind, BlendedTermQuery.Builder> blended = new LinkedHashMap<>();
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Map.Entry<String, Float> field : weights.entrySet()) {
      Query query = createBooleanQuery(field.getKey(), text, getDefaultOperator());
      TextKind kind = TextKind.of(field.getKey());
      if (query instanceof TermQuery term && kind != null && isIndexed(field.getKey())) {
        blended.computeIfAbsent(kind, k -> new BlendedTermQuery.Builder()
                .setRewriteMethod(BlendedTermQuery.BOOLEAN_REWRITE))
            .add(term.getTerm(), field.getValue());
      } else if (query != null) {
        any.add(field.getValue() == 1f ? query : new BoostQuery(query, field.getValue()),
            BooleanClause.Occur.SHOULD);
      }
    }
    blended.values().forEach(terms -> any.add(terms.build(), BooleanClause.Occur.SHOULD));
    return simplify(any.build());
  }

  private boolean isIndexed(String field) {
    return indexed.computeIfAbsent(field, f -> {
      try {
        return reader.getDocCount(f) > 0;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The kinds of text whose fields share their statistics; none for the concepts field. */
  private enum TextKind {
    OWN, TRANSLATION;

    static TextKind of(String field) {
      String name = IndexSchema.nameOf(field);
      return switch (name) {
        case IndexSchema.CONCEPTS -> null;
        case IndexSchema.TRANSLATION, IndexSchema.TRANSLATION_BODY -> TRANSLATION;
        default -> OWN;
      };
    }
  }
}
