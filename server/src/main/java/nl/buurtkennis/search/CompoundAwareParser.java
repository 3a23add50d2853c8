package nl.buurtkennis.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.buurtkennis.analysis.DutchCompounds;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * Lucene's simple query parser, reading a Dutch compound in a query as "the compound, or all of
 * its parts, or, far weaker, some of them": {@code veiligheidsgevoel} also finds "gevoel van
 * veiligheid", and {@code whatsappgroep} finds "WhatsApp-groep". The index already holds the parts of compounds,
 * so a part alone ({@code preventie}) finds them without help.
 */
final class CompoundAwareParser extends SimpleQueryParser {
  /**
   * A document that has only some of the parts ({@code hondenuitlaters}: honden, not uitlaters)
   * is still a candidate, far below one that has them all.
   */
  static final float SOME_PARTS_WEIGHT = 0.2f;

  private final boolean dutch;

  CompoundAwareParser(Analyzer analyzer, Map<String, Float> weights, int flags, boolean dutch) {
    super(analyzer, weights, flags);
    this.dutch = dutch;
  }

  @Override
  protected Query newDefaultQuery(String text) {
    Query whole = super.newDefaultQuery(text);
    if (!dutch || whole == null) {
      return whole;
    }
    List<String> parts = DutchCompounds.segments(text.toLowerCase(Locale.ROOT));
    if (parts.size() < 2) {
      return whole;
    }
    BooleanQuery.Builder allParts = new BooleanQuery.Builder();
    BooleanQuery.Builder someParts = new BooleanQuery.Builder();
    for (Map.Entry<String, Float> field : weights.entrySet()) {
      BooleanQuery.Builder inField = new BooleanQuery.Builder();
      for (String part : parts) {
        Query partQuery = createBooleanQuery(field.getKey(), part, BooleanClause.Occur.MUST);
        if (partQuery != null) {
          inField.add(partQuery, BooleanClause.Occur.MUST);
          someParts.add(new BoostQuery(partQuery, field.getValue()), BooleanClause.Occur.SHOULD);
        }
      }
      allParts.add(new BoostQuery(inField.build(), field.getValue()), BooleanClause.Occur.SHOULD);
    }
    return new BooleanQuery.Builder()
        .add(whole, BooleanClause.Occur.SHOULD)
        .add(allParts.build(), BooleanClause.Occur.SHOULD)
        .add(new BoostQuery(someParts.build(), SOME_PARTS_WEIGHT), BooleanClause.Occur.SHOULD)
        .build();
  }
}
