package nl.buurtkennis.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How hits are ordered; ties are always broken by document id, so pages are stable. */
public enum SortOrder {
  RELEVANCE, NEWEST, OLDEST;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SortOrder> of(String id) {
    return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
  }
}
