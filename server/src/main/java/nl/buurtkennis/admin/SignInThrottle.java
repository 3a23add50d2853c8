package nl.buurtkennis.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password and token guessing: after {@link #FREE_ATTEMPTS} failures in a row from one
 * client, that client is locked out for 30 seconds, doubling with every further failure up to
 * {@link #MAX_LOCK}. A success clears the count. While locked out, even the right secret is
 * refused, so guessing gains nothing from the lockout ending early.
 */
final class SignInThrottle {
  static final int FREE_ATTEMPTS = 5;
  static final Duration FIRST_LOCK = Duration.ofSeconds(30);
  static final Duration MAX_LOCK = Duration.ofMinutes(15);
  private static final int MAX_CLIENTS = 10_000;

  private record Failures(int count, Instant lockedUntil) {}

  private final Map<String, Failures> byClient = new ConcurrentHashMap<>();
  private final Clock clock;

  SignInThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long {@code client} must still wait, if it is locked out now. */
  Optional<Duration> lockedFor(String client) {
    Failures failures = byClient.get(client);
    Instant now = clock.instant();
    if (failures == null || failures.lockedUntil() == null
        || !now.isBefore(failures.lockedUntil())) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, failures.lockedUntil()));
  }

  void failed(String client) {
    Instant now = clock.instant();
    if (byClient.size() >= MAX_CLIENTS) {
      byClient.entrySet().removeIf(e -> e.getValue().lockedUntil() == null
          || now.isAfter(e.getValue().lockedUntil()));
    }
    byClient.compute(client, (key, before) -> {
      int count = before == null ? 1 : before.count() + 1;
      if (count < FREE_ATTEMPTS) {
        return new Failures(count, null);
      }
      int doublings = Math.min(count - FREE_ATTEMPTS, 10);
      Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
      return new Failures(count, now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock));
    });
  }

  void succeeded(String client) {
    byClient.remove(client);
  }
}
