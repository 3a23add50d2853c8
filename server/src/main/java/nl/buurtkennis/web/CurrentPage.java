package nl.buurtkennis.web;

/**
 * Which site link names the page shown, for {@code aria-current="page"} in the site's and the
 * console's menus. Every page passes the layout the same page in the other language as its
 * language link, other parameters kept; the path of that link is the page's own path.
 */
public final class CurrentPage {
  private CurrentPage() {}

  /** True when {@code url} (a site-relative link, its query ignored) is the page at {@code path}. */
  public static boolean is(String url, String path) {
    if (url == null) {
      return false;
    }
    int query = url.indexOf('?');
    return (query < 0 ? url : url.substring(0, query)).equals(path);
  }
}
