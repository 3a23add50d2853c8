package nl.buurtkennis.search;

import java.util.function.Supplier;

/** A value made once, by the first caller that needs it; the others wait for it. */
final class Lazy<T> {
  private final Supplier<T> make;
  private volatile T value;

  Lazy(Supplier<T> make) {
    this.make = make;
  }

  T get() {
    T made = value;
    if (made == null) {
      synchronized (this) {
        if (value == null) {
          value = make.get();
        }
        made = value;
      }
    }
    return made;
  }

  boolean isMade() {
    return value != null;
  }
}
