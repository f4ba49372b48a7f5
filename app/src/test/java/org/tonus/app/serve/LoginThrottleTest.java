package org.tonus.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The login throttle's windows and its bound on memory. */
class LoginThrottleTest {
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  private static LoginThrottle throttle(Instant at, int perAddress, int perUsername) {
    return new LoginThrottle(
        new LoginThrottle.Limits(perAddress, perUsername, Duration.ofMinutes(1)),
        Clock.fixed(at, ZoneOffset.UTC));
  }

  @Test
  void theAttemptPastTheLimitWaitsForTheWindowToEnd() {
    LoginThrottle throttle = throttle(NOW, 2, 100);

    assertThat(throttle.attempt("10.0.0.1", "ada")).isEmpty();
    assertThat(throttle.attempt("10.0.0.1", "bob")).isEmpty();
    assertThat(throttle.attempt("10.0.0.1", "cy")).contains(Duration.ofMinutes(1));
    assertThat(throttle.attempt("10.0.0.2", "cy")).isEmpty();
  }

  @Test
  void usernamesAreCountedInAnyCase() {
    LoginThrottle throttle = throttle(NOW, 100, 1);

    assertThat(throttle.attempt("10.0.0.1", "Ada")).isEmpty();
    assertThat(throttle.attempt("10.0.0.2", "ADA")).isPresent();
  }

  @Test
  void atMostMaxTrackedKeysAreKeptTheLeastRecentlySeenForgottenFirst() {
    LoginThrottle throttle = throttle(NOW, 1, 1_000_000);
    throttle.attempt("first", "u");
    assertThat(throttle.attempt("first", "u")).isPresent();

    // each attempt tracks its address; the username "u" is seen again every time
    for (int i = 0; i < LoginThrottle.MAX_TRACKED; i++) {
      throttle.attempt("address-" + i, "u");
    }

    assertThat(throttle.attempt("first", "u")).as("forgotten, so counted afresh").isEmpty();
  }
}
