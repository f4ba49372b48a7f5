package org.tonus.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sign-in tokens (bearer token or session cookie): 32 random bytes from {@link SecureRandom} in
 * base64url, of which only the SHA-256 is stored. A token authenticates its person until it expires
 * ({@link #TOKEN_LIFETIME} after issue) or is revoked (logout).
 */
public final class Sessions {
  /** Project policy: a token is good for one working day, then the person signs in again. */
  public static final Duration TOKEN_LIFETIME = Duration.ofHours(12);

  static final int TOKEN_BYTES = 32;
  static final int TOKEN_CHARACTERS = 43;

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final Database database;
  private final SecureRandom random;

  Sessions(Database database, SecureRandom random) {
    this.database = database;
    this.random = random;
  }

  /** Issues a new token for {@code personId} at {@code now}, committed before this returns. */
  public IssuedToken issue(long personId, Instant now) {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant expires = now.plus(TOKEN_LIFETIME);
    database.update(
        "INSERT INTO session_token (token_sha256, person_id, issued_at, expires_at)"
            + " VALUES (?, ?, ?, ?)",
        statement -> {
          statement.setString(1, sha256(token));
          statement.setLong(2, personId);
          Times.set(statement, 3, now);
          Times.set(statement, 4, expires);
        });
    return new IssuedToken(token, personId, expires);
  }

  /** The person {@code token} signs in at {@code now}: issued, not expired, not revoked. */
  public Optional<Person> authenticate(String token, Instant now) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    return database
        .list(
            "SELECT person_id FROM session_token"
                + " WHERE token_sha256 = ? AND revoked_at IS NULL AND expires_at > ?",
            statement -> {
              statement.setString(1, sha256(token));
              Times.set(statement, 2, now);
            },
            row -> row.getLong(1))
        .stream()
        .findFirst()
        .flatMap(new People(database)::find);
  }

  /** Revokes {@code token} from {@code now}; returns whether it was in force. */
  public boolean revoke(String token, Instant now) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return false;
    }
    return database.update(
            "UPDATE session_token SET revoked_at = ?"
                + " WHERE token_sha256 = ? AND revoked_at IS NULL AND expires_at > ?",
            statement -> {
              Times.set(statement, 1, now);
              statement.setString(2, sha256(token));
              Times.set(statement, 3, now);
            })
        > 0;
  }

  private static String sha256(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
