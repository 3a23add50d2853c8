package nl.buurtkennis.admin;

import static nl.buurtkennis.admin.SignInThrottle.Secret.PASSWORD;
import static nl.buurtkennis.admin.SignInThrottle.Secret.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Sessions expire, the lockout grows and ends, and secrets are checked as documented. */
class SessionSecurityTest {
  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-01-01T10:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void aSessionEndsWhenIdleTooLongOrTooOldAndAtSignOut() {
    ManualClock clock = new ManualClock();
    Sessions sessions = new Sessions(clock);
    Sessions.Opened idle = sessions.open();
    assertNotEquals(idle.id(), idle.session().csrfToken());
    clock.advance(Sessions.IDLE.minusSeconds(1));
    assertTrue(sessions.find(idle.id()).isPresent());
    clock.advance(Sessions.IDLE.plusSeconds(1));
    assertTrue(sessions.find(idle.id()).isEmpty());

    Sessions.Opened busy = sessions.open();
    for (Duration used = Duration.ZERO; used.compareTo(Sessions.MAX_AGE) < 0;
        used = used.plus(Sessions.IDLE.dividedBy(2))) {
      assertTrue(sessions.find(busy.id()).isPresent());
      clock.advance(Sessions.IDLE.dividedBy(2));
    }
    clock.advance(Duration.ofSeconds(1));
    assertTrue(sessions.find(busy.id()).isEmpty(), "no session outlives its maximum age");

    Sessions.Opened closed = sessions.open();
    sessions.close(closed.id());
    assertTrue(sessions.find(closed.id()).isEmpty());
    assertTrue(sessions.find("guess").isEmpty());
    assertTrue(sessions.find(null).isEmpty());
  }

  @Test
  void theLockoutDoublesWithEachFailureAndASuccessClearsIt() {
    ManualClock clock = new ManualClock();
    SignInThrottle throttle = new SignInThrottle(clock);
    for (int i = 1; i < SignInThrottle.FREE_ATTEMPTS; i++) {
      throttle.failed("a", PASSWORD);
      assertTrue(throttle.lockedFor("a").isEmpty());
    }
    throttle.failed("a", PASSWORD);
    assertEquals(SignInThrottle.FIRST_LOCK, throttle.lockedFor("a").orElseThrow());
    assertTrue(throttle.lockedFor("b").isEmpty(), "other clients are not locked out");
    clock.advance(SignInThrottle.FIRST_LOCK);
    assertTrue(throttle.lockedFor("a").isEmpty());
    throttle.failed("a", PASSWORD);
    assertEquals(SignInThrottle.FIRST_LOCK.multipliedBy(2), throttle.lockedFor("a").orElseThrow());
    for (int i = 0; i < 20; i++) {
      throttle.failed("a", PASSWORD);
    }
    assertEquals(SignInThrottle.MAX_LOCK, throttle.lockedFor("a").orElseThrow());
    throttle.succeeded("a", PASSWORD);
    assertTrue(throttle.lockedFor("a").isEmpty());
  }

  @Test
  void wrongPasswordsAndWrongTokensCountTowardsOneLockout() {
    ManualClock clock = new ManualClock();
    SignInThrottle throttle = new SignInThrottle(clock);
    for (int i = 1; i < SignInThrottle.FREE_ATTEMPTS; i++) {
      throttle.failed("a", i % 2 == 0 ? PASSWORD : TOKEN);
    }
    assertTrue(throttle.lockedFor("a").isEmpty());
    throttle.failed("a", TOKEN);
    assertEquals(SignInThrottle.FIRST_LOCK, throttle.lockedFor("a").orElseThrow());
  }

  @Test
  void aRightTokenDoesNotForgiveWrongPasswords() {
    ManualClock clock = new ManualClock();
    SignInThrottle throttle = new SignInThrottle(clock);
    for (int i = 1; i < SignInThrottle.FREE_ATTEMPTS; i++) {
      throttle.failed("a", PASSWORD);
    }
    throttle.succeeded("a", TOKEN);
    throttle.failed("a", PASSWORD);
    assertEquals(SignInThrottle.FIRST_LOCK, throttle.lockedFor("a").orElseThrow(),
        "a script with the token on a shared address does not reset password guessing");
  }

  @Test
  void secretsAreHashedComparedExactlyAndMustNotBeShort() {
    AdminSettings settings = AdminSettings.of("a long enough password", "a long enough token");
    assertTrue(settings.passwordMatches("a long enough password"));
    assertFalse(settings.passwordMatches("a long enough passwor"));
    assertFalse(settings.passwordMatches(null));
    assertTrue(settings.tokenMatches("a long enough token"));
    assertFalse(settings.tokenMatches("A long enough token"));
    assertThrows(IllegalArgumentException.class, () -> AdminSettings.of("short", null));
    AdminSettings off = AdminSettings.fromEnvironment(java.util.Map.of());
    assertFalse(off.consoleOn());
    assertFalse(off.apiOn());
    assertFalse(off.passwordMatches(""));
    assertTrue(Secrets.equal("same", "same"));
    assertFalse(Secrets.equal("same", "Same"));
    assertFalse(Secrets.equal(null, "x"));
  }

  @Test
  void onlyPathsOutsideTheAdminAreaPassTheGateUnchecked() {
    for (String path : new String[] {"/admin", "/admin/", "/ADMIN", "//admin", "/%61dmin",
        "/%2561dmin", "/api/admin/status", "/api//admin", "/api/%61dmin", "/administration"}) {
      String normal = AdminGuard.normalise(path);
      assertTrue(normal.startsWith("/admin") || normal.startsWith("/api/admin"), path);
    }
    for (String path : new String[] {"/", "/api/search", "/documents/admin", "/health"}) {
      String normal = AdminGuard.normalise(path);
      assertFalse(normal.startsWith("/admin") || normal.startsWith("/api/admin"), path);
    }
  }
}
