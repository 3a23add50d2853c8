package nl.buurtkennis.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password and token guessing: after {@link #FREE_ATTEMPTS} failures in a row from one
 * client, wrong passwords and wrong tokens counted together, that client is locked out of the
 * console and the API for 30 seconds, doubling with every further failure up to
 * {@link #MAX_LOCK}. While locked out, even the right secret is refused, so guessing gains nothing
 * from the lockout ending early.
 *
 * <p>A success clears the failures with the same secret only: a script that uses the right token
 * from an address shared with someone guessing the password does not reset that guessing.
 */
final class SignInThrottle {
  static final int FREE_ATTEMPTS = 5;
  static final Duration FIRST_LOCK = Duration.ofSeconds(30);
  static final Duration MAX_LOCK = Duration.ofMinutes(15);
  private static final int MAX_CLIENTS = 10_000;

  /** The secret a client tried. */
  enum Secret { PASSWORD, TOKEN }

  private record Failures(int passwords, int tokens, Instant lockedUntil) {
    int count() {
      return passwords + tokens;
    }
  }

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

  void failed(String client, Secret secret) {
    Instant now = clock.instant();
    if (byClient.size() >= MAX_CLIENTS) {
      byClient.entrySet().removeIf(e -> e.getValue().lockedUntil() == null
          || now.isAfter(e.getValue().lockedUntil()));
    }
    byClient.compute(client, (key, before) -> {
      int passwords = before == null ? 0 : before.passwords();
      int tokens = before == null ? 0 : before.tokens();
      Failures after = secret == Secret.PASSWORD
          ? new Failures(passwords + 1, tokens, null)
          : new Failures(passwords, tokens + 1, null);
      if (after.count() < FREE_ATTEMPTS) {
        return after;
      }
      int doublings = Math.min(after.count() - FREE_ATTEMPTS, 10);
      Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
      return new Failures(after.passwords(), after.tokens(),
          now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock));
    });
  }

  void succeeded(String client, Secret secret) {
    byClient.computeIfPresent(client, (key, before) -> {
      Failures after = secret == Secret.PASSWORD
          ? new Failures(0, before.tokens(), before.lockedUntil())
          : new Failures(before.passwords(), 0, before.lockedUntil());
      return after.count() == 0 ? null : after;
    });
  }
}
