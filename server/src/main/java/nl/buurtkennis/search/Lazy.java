package nl.buurtkennis.search;

import java.util.function.Supplier;

/**
 * A value made once, by the first caller that needs it; the others wait for it. Neither the
 * making nor the waiting counts against a request's {@link SearchDeadline}.
 */
final class Lazy<T> {
  private final Supplier<T> make;
  private volatile T value;

  Lazy(Supplier<T> make) {
    this.make = make;
  }

  T get() {
    T made = value;
    return made != null ? made : SearchDeadline.uncharged(this::made);
  }

  private synchronized T made() {
    if (value == null) {
      value = make.get();
    }
    return value;
  }

  boolean isMade() {
    return value != null;
  }
}
