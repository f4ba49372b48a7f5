package org.tonus.core.sig;

import java.util.Objects;

/**
 * A sig the parser would not interpret. {@code message} is one sentence naming the part it could
 * not read ("no unit after 10"); {@code start} (inclusive) and {@code end} (exclusive) are the
 * character offsets of that part in the text, so a user interface can underline it. The checker
 * turns a refusal into an {@code INVALID_ORDER} alert.
 */
public record Refused(String message, int start, int end) implements SigParse {
  public Refused {
    Objects.requireNonNull(message, "message");
    if (message.isBlank()) {
      throw new IllegalArgumentException("a refusal needs a message");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("refusal span is not a span: " + start + ".." + end);
    }
  }
}
