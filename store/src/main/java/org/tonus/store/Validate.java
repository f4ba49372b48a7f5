package org.tonus.store;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** The checks the diary's records share, with messages that name the field and the value. */
final class Validate {
  /**
   * How far ahead of the caller's clock an entry may be: a phone's clock runs a little fast, but a
   * dose logged for tomorrow is a mistake.
   */
  static final Duration ALLOWED_CLOCK_SKEW = Duration.ofMinutes(5);

  // Doses are stored in milligrams to the microgram.
  static final int DOSE_SCALE = 3;

  // The columns' range, NUMERIC(9, 3): a storage limit, not a clinical one.
  static final BigDecimal MAX_STORED_MG = new BigDecimal("999999.999");

  private Validate() {}

  static void id(String field, long id) {
    if (id <= 0) {
      throw new IllegalArgumentException(field + " must be a stored id above 0, was " + id);
    }
  }

  static String text(String field, String text, int maxLength) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    if (text.indexOf('\u0000') >= 0) {
      // PostgreSQL cannot store it in a text column; no one types it
      throw new IllegalArgumentException(field + " must not contain the NUL character");
    }
    String trimmed = text.strip();
    if (trimmed.length() > maxLength) {
      throw new IllegalArgumentException(
          field + " must be at most " + maxLength + " characters, was " + trimmed.length());
    }
    return trimmed;
  }

  static void notFuture(String field, Instant at, Instant now) {
    if (at == null || now == null) {
      throw new IllegalArgumentException(field + " and the current time must be given");
    }
    if (at.isAfter(now.plus(ALLOWED_CLOCK_SKEW))) {
      throw new IllegalArgumentException(
          field + " must not be in the future, was " + at + " at " + now);
    }
  }

  static void between(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          field + " must be from " + min + " to " + max + ", was " + value);
    }
  }

  static BigDecimal positiveMilligrams(String field, BigDecimal mg) {
    if (mg == null || mg.signum() <= 0) {
      throw new IllegalArgumentException(field + " must be above 0 mg, was " + mg);
    }
    if (mg.compareTo(MAX_STORED_MG) > 0) {
      throw new IllegalArgumentException(
          field + " must be at most " + MAX_STORED_MG + " mg (what the diary stores), was " + mg);
    }
    if (mg.stripTrailingZeros().scale() > DOSE_SCALE) {
      throw new IllegalArgumentException(
          field + " must be whole micrograms (at most 3 decimals of mg), was " + mg);
    }
    return mg.setScale(DOSE_SCALE);
  }
}
