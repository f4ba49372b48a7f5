package org.tonus.store;

import java.time.Instant;

/**
 * A bearer token just issued: 32 random bytes in base64url (43 characters), valid until {@code
 * expiresAt}. Only its SHA-256 is stored, so this is the one moment the token itself exists on the
 * server; {@link #toString} never shows it.
 */
public record IssuedToken(String token, long personId, Instant expiresAt) {
  public IssuedToken {
    if (token == null || token.length() != Sessions.TOKEN_CHARACTERS || expiresAt == null) {
      throw new IllegalArgumentException("a token of 43 characters and expiresAt must be given");
    }
    Validate.id("personId", personId);
  }

  @Override
  public String toString() {
    return "IssuedToken[personId=" + personId + ", expiresAt=" + expiresAt + "]";
  }
}
