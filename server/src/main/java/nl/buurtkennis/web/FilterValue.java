package nl.buurtkennis.web;

import java.util.regex.Pattern;

/**
 * A facet filter's value as a request gives it, read as the value it names: a run of white space
 * of any kind (a no-break space copied from a document, a narrow no-break space, a tab, two
 * spaces) is one space, and none is kept around it, so that {@code place=Den%C2%A0Haag} and
 * {@code place=%20Den%20%20Haag%20} select Den Haag, and {@code type=practice%C2%A0} the
 * practices. Every route that reads a search's filters (the API, the search page, the map,
 * exports and feeds) reads them through {@link SearchParams}, which reads each value so.
 */
final class FilterValue {
  /** Unicode's White_Space: every space of {@code \p{Z}}, no-break ones included, tabs, breaks. */
  private static final Pattern WHITE_SPACE = Pattern.compile("\\p{IsWhite_Space}+");

  private FilterValue() {}

  /** {@code value} with each run of white space one space, and none at either end. */
  static String normalised(String value) {
    return WHITE_SPACE.matcher(value).replaceAll(" ").strip();
  }
}
