package nl.buurtkennis.search.scoring;

/**
 * A query whose every score, made with a boost, is its score made with boost 1 times the boost
 * as floats compute it, so that boosts a power of two apart give scores the same power of two
 * apart, bit for bit ({@link SharedClause#scalesExactly}): the boost multiplies into each score
 * once, and the rest is products, quotients and sums of such scores.
 */
public interface ScalesWithBoost {}
