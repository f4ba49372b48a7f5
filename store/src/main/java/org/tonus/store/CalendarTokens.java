package org.tonus.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The unguessable tokens of patients' calendar feeds: 32 random bytes, base64url without padding,
 * handed out once; only their SHA-256 is stored. A token resolves to its patient until revoked; an
 * unknown, malformed or revoked token resolves to nothing.
 */
public final class CalendarTokens {
  private static final int TOKEN_BYTES = 32;
  // 32 bytes in base64url without padding.
  private static final int TOKEN_LENGTH = 43;

  private final Database database;
  private final SecureRandom random = new SecureRandom();

  CalendarTokens(Database database) {
    this.database = database;
  }

  /** Issues a new token for the patient's feed, stored (as its hash) before this returns. */
  public String issue(long patientId, Instant now) {
    Validate.id("patientId", patientId);
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    database.insert(
        "INSERT INTO calendar_token (patient_id, token_sha256, issued_at) VALUES (?, ?, ?)",
        statement -> {
          statement.setLong(1, patientId);
          statement.setString(2, sha256(token));
          Times.set(statement, 3, now);
        });
    return token;
  }

  /** The patient whose feed the token opens; empty when unknown, malformed or revoked. */
  public Optional<Long> resolve(String token) {
    if (!wellFormed(token)) {
      return Optional.empty();
    }
    List<Long> found =
        database.list(
            "SELECT patient_id FROM calendar_token WHERE token_sha256 = ? AND revoked_at IS NULL",
            statement -> statement.setString(1, sha256(token)),
            row -> row.getLong("patient_id"));
    return found.stream().findFirst();
  }

  /** Revokes the token; returns whether a live token was revoked. */
  public boolean revoke(String token, Instant now) {
    if (!wellFormed(token)) {
      return false;
    }
    return database.update(
            "UPDATE calendar_token SET revoked_at = ? WHERE token_sha256 = ? AND revoked_at IS NULL",
            statement -> {
              Times.set(statement, 1, now);
              statement.setString(2, sha256(token));
            })
        > 0;
  }

  /** Revokes every live token of the patient; returns how many were revoked. */
  public int revokeAll(long patientId, Instant now) {
    return database.update(
        "UPDATE calendar_token SET revoked_at = ? WHERE patient_id = ? AND revoked_at IS NULL",
        statement -> {
          Times.set(statement, 1, now);
          statement.setLong(2, patientId);
        });
  }

  private static boolean wellFormed(String token) {
    return token != null
        && token.length() == TOKEN_LENGTH
        && token.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
  }

  static String sha256(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
