package org.tonus.store;

import java.time.Instant;
import java.util.Optional;

/**
 * A person's local account: the username they sign in with (unique regardless of case), how many
 * logins in a row have failed, and until when it is locked, if it is. Never carries the password or
 * its hash.
 */
public record Account(
    long personId, String username, int failedLogins, Optional<Instant> lockedUntil) {
  public Account {
    Validate.id("personId", personId);
    username = Validate.text("username", username, Accounts.MAX_USERNAME_LENGTH);
    if (failedLogins < 0 || lockedUntil == null) {
      throw new IllegalArgumentException(
          "failedLogins must not be negative and lockedUntil (maybe empty) must be given");
    }
  }

  /** Whether a login at {@code now} is refused because of the lockout. */
  public boolean lockedAt(Instant now) {
    return lockedUntil.map(now::isBefore).orElse(false);
  }
}
