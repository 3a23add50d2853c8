package nl.buurtkennis.web;

/**
 * The titles of the pages that show a search (results, the evidence map), which say what the
 * page is and tell its states apart (WCAG 2.4.2): the query, how many filters, which page,
 * whether anything was found; a refused search's starts with "Fout:" / "Error:". The layout
 * escapes them, as every text; the query is isolated from the words around it when it would turn
 * their direction ({@link TypedText#inPlainText}).
 */
final class SearchTitles {
  private SearchTitles() {}

  /**
   * The title of a page of search results.
   *
   * @param filters how many values and year ranges the search is filtered by
   * @param found whether the search found anything (a page beyond the last one still did)
   * @param beyond whether {@code page} is beyond the last page that holds results
   */
  static String results(Messages msg, String typed, int filters, int page, boolean found,
      boolean beyond) {
    boolean asked = !typed.isBlank();
    String query = TypedText.inPlainText(typed);
    String title;
    if (!asked && filters == 0) {
      title = msg.get("search.title");
    } else if (found) {
      title = asked && filters > 0 ? msg.format("search.title.query.filtered", query,
              count(msg, filters))
          : asked ? msg.format("search.title.query", query)
          : msg.format("search.title.filtered", count(msg, filters));
    } else {
      return asked && filters > 0 ? msg.format("search.title.none.filtered", query,
              count(msg, filters))
          : asked ? msg.format("search.title.none", query)
          : msg.format("search.title.none.filters", count(msg, filters));
    }
    if (beyond) {
      return msg.format("search.title.beyond", title, page);
    }
    return page > 1 ? msg.format("search.title.page", title, page) : title;
  }

  /**
   * The title of a search that ran out of time before it found anything: that it took too long,
   * not that nothing was found.
   */
  static String outOfTime(Messages msg, String typed, int filters) {
    boolean asked = !typed.isBlank();
    String query = TypedText.inPlainText(typed);
    return asked && filters > 0 ? msg.format("search.title.partial.filtered", query,
            count(msg, filters))
        : asked ? msg.format("search.title.partial.query", query)
        : filters > 0 ? msg.format("search.title.partial.filters", count(msg, filters))
        : msg.get("search.title.partial");
  }

  /** The title of the evidence map of a search; {@code found} false when it matches nothing. */
  static String map(Messages msg, String typed, int filters, String rows, String columns,
      boolean found) {
    boolean asked = !typed.isBlank();
    String query = TypedText.inPlainText(typed);
    String title = asked && filters > 0 ? msg.format("map.title.query.filtered", query,
            count(msg, filters))
        : asked ? msg.format("map.title.query", query)
        : filters > 0 ? msg.format("map.title.filtered", count(msg, filters))
        : msg.get("map.title");
    title = msg.format("map.title.view", title, rows, columns);
    return found ? title : msg.format("map.title.none", title);
  }

  /** The title of a page that refuses what was sent: {@code title} after "Fout:" / "Error:". */
  static String error(Messages msg, String title) {
    return msg.format("title.error", title);
  }

  private static String count(Messages msg, int filters) {
    return msg.format("title.filters", filters);
  }
}
