package org.tonus.store;

import java.time.Instant;

/**
 * What a login attempt came to: the person signed in, refused (wrong password or no such username,
 * deliberately indistinguishable), or locked until a time after too many failures.
 */
public sealed interface LoginResult {
  /** The password was right: the failure count is back to 0. */
  record Succeeded(Person person) implements LoginResult {}

  /** Unknown username or wrong password; the two are never told apart. */
  record Refused() implements LoginResult {}

  /** The account is locked until {@code until}, whatever password was given. */
  record Locked(Instant until) implements LoginResult {}
}
