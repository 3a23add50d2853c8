package nl.buurtkennis.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in console sessions, in memory: a random id (the cookie) and a random CSRF token per
 * session. A session ends after {@link #IDLE} without use, after {@link #MAX_AGE} in any case, or
 * at sign-out. Sessions are keyed by a hash of their id, so a lookup reveals nothing by its timing.
 */
final class Sessions {
  static final Duration IDLE = Duration.ofMinutes(30);
  static final Duration MAX_AGE = Duration.ofHours(8);
  private static final int MAX_SESSIONS = 1_000;

  /** One signed-in librarian. */
  record Session(String csrfToken, Instant createdAt, Instant lastSeen) {}

  /** A new session: the cookie value and the session it opens. */
  record Opened(String id, Session session) {}

  private final Map<String, Session> byDigest = new ConcurrentHashMap<>();
  private final Clock clock;

  Sessions(Clock clock) {
    this.clock = clock;
  }

  Opened open() {
    Instant now = clock.instant();
    if (byDigest.size() >= MAX_SESSIONS) {
      byDigest.entrySet().removeIf(e -> expired(e.getValue(), now));
    }
    String id = Secrets.randomToken();
    Session session = new Session(Secrets.randomToken(), now, now);
    byDigest.put(key(id), session);
    return new Opened(id, session);
  }

  /** The live session with this cookie value, its idle time renewed; empty when none or expired. */
  Optional<Session> find(String id) {
    if (id == null || id.isEmpty() || id.length() > 100) {
      return Optional.empty();
    }
    String key = key(id);
    Instant now = clock.instant();
    Session session = byDigest.get(key);
    if (session == null) {
      return Optional.empty();
    }
    if (expired(session, now)) {
      byDigest.remove(key);
      return Optional.empty();
    }
    Session renewed = new Session(session.csrfToken(), session.createdAt(), now);
    byDigest.put(key, renewed);
    return Optional.of(renewed);
  }

  void close(String id) {
    if (id != null && id.length() <= 100) {
      byDigest.remove(key(id));
    }
  }

  private static boolean expired(Session session, Instant now) {
    return now.isAfter(session.lastSeen().plus(IDLE))
        || now.isAfter(session.createdAt().plus(MAX_AGE));
  }

  private static String key(String id) {
    return Base64.getEncoder().encodeToString(Secrets.sha256(id));
  }
}
