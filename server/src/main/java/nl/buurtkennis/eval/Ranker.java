package nl.buurtkennis.eval;

import java.io.IOException;
import java.util.List;

/** Something that ranks the corpus' documents for a query: the engine or a baseline. */
public interface Ranker {
  String name();

  /** The ids of the best {@code depth} documents, best first, ties broken by id. */
  List<String> rank(String query, int depth) throws IOException;
}
