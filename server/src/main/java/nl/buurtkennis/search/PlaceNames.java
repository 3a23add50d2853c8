package nl.buurtkennis.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * The places of one commit as its documents spell them, found whatever the case they are asked
 * in: a place is a name that people type ({@code rotterdam}), not an id that a script copies, and
 * the facet counts only the spelling the documents hold ({@code Rotterdam}).
 */
final class PlaceNames {
  private static final PlaceNames NONE = new PlaceNames(Map.of(), Map.of());

  /** Each place by itself, so that a spelling the documents hold is kept as it is. */
  private final Map<String, String> exact;
  /** Each place by its folded spelling; of spellings that fold alike, the first in order. */
  private final Map<String, String> folded;

  private PlaceNames(Map<String, String> exact, Map<String, String> folded) {
    this.exact = exact;
    this.folded = folded;
  }

  /** The places of the commit whose facet ordinals are {@code state} (null: no documents). */
  static PlaceNames of(SortedSetDocValuesReaderState state) throws IOException {
    if (state == null) {
      return NONE;
    }
    SortedSetDocValuesReaderState.OrdRange range;
    try {
      range = state.getOrdRange(IndexSchema.PLACE_DIM);
    } catch (IllegalArgumentException notIndexed) {
      range = null;
    }
    if (range == null) {
      return NONE;
    }
    SortedSetDocValues values = state.getDocValues();
    Map<String, String> exact = new HashMap<>();
    Map<String, String> folded = new HashMap<>();
    for (int ord = range.start; ord <= range.end; ord++) {
      String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
      if (path.length == 2) {
        exact.put(path[1], path[1]);
        folded.putIfAbsent(fold(path[1]), path[1]);
      }
    }
    return new PlaceNames(exact, folded);
  }

  /** The place {@code asked} names as the documents spell it; empty when none holds it. */
  Optional<String> spelled(String asked) {
    String same = exact.get(asked);
    return same != null ? Optional.of(same) : Optional.ofNullable(folded.get(fold(asked)));
  }

  /** {@code places} as the documents spell them, each once; a 400 for one no document has. */
  List<String> spelled(List<String> places) {
    return places.stream().map(place -> spelled(place).orElseThrow(() ->
        new InvalidRequestException(IndexSchema.PLACE_DIM, "unknown_facet_value",
            "no document has place '" + place + "'", place))).distinct().toList();
  }

  private static String fold(String place) {
    return Normalizer.normalize(place, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }
}
