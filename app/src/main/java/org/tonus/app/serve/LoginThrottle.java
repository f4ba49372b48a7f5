package org.tonus.app.serve;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Counts login attempts per client address and per username in fixed windows, in memory, and says
 * when one more would exceed the limit. At most {@link #MAX_TRACKED} keys are kept; past that the
 * least recently seen are forgotten, so a flood of invented usernames cannot exhaust memory.
 */
final class LoginThrottle {
  /** How many attempts each key may make per window. */
  record Limits(int perAddress, int perUsername, Duration window) {
    /**
     * Project policy: 20 attempts a minute from one address, 10 a minute for one username; both far
     * above a person retyping a password, and the account lockout stops slower guessing.
     */
    static final Limits DEFAULT = new Limits(20, 10, Duration.ofMinutes(1));

    Limits {
      if (perAddress < 1 || perUsername < 1 || window == null || window.isNegative()) {
        throw new IllegalArgumentException(
            "login limits must allow at least 1 attempt per positive window");
      }
    }
  }

  static final int MAX_TRACKED = 10_000;

  private final Limits limits;
  private final Clock clock;
  private final Map<String, Window> windows =
      new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
          return size() > MAX_TRACKED;
        }
      };

  LoginThrottle(Limits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  /**
   * Counts one attempt from {@code address} for {@code username}; empty when it may go ahead, else
   * how long until it may be tried again.
   */
  synchronized Optional<Duration> attempt(String address, String username) {
    Instant now = clock.instant();
    Optional<Duration> byAddress = count("address " + address, limits.perAddress(), now);
    Optional<Duration> byUsername =
        count("username " + username.toLowerCase(Locale.ROOT), limits.perUsername(), now);
    return byAddress.isPresent() ? byAddress : byUsername;
  }

  private Optional<Duration> count(String key, int limit, Instant now) {
    Window window = windows.get(key);
    if (window == null || !now.isBefore(window.start.plus(limits.window()))) {
      window = new Window(now);
      windows.put(key, window);
    }
    window.attempts++;
    if (window.attempts <= limit) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, window.start.plus(limits.window())));
  }

  private static final class Window {
    private final Instant start;
    private int attempts;

    Window(Instant start) {
      this.start = start;
    }
  }
}
