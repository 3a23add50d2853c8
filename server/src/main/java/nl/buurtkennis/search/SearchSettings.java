package nl.buurtkennis.search;

/**
 * Which ranking steps are on. The server always runs with {@link #DEFAULT}; the evaluation turns
 * steps off to measure what each one adds.
 *
 * @param compoundQueries read a Dutch compound in a query as "the compound, or all its parts"
 * @param conceptExpansion add the documents tagged with, or naming, a concept the query names,
 *     and the query's words translated word by word through the taxonomy's labels
 * @param phraseProximity rank documents higher where the query's words stand close together
 */
public record SearchSettings(boolean compoundQueries, boolean conceptExpansion,
    boolean phraseProximity) {
  public static final SearchSettings DEFAULT = new SearchSettings(true, true, true);
  public static final SearchSettings WORDS_ONLY = new SearchSettings(false, false, false);
}
