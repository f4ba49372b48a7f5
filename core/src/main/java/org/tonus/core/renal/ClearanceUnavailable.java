package org.tonus.core.renal;

import java.util.List;

/**
 * No clearance could be had: {@code missing} names each request field that would be needed, and
 * {@code reason} says why in words. Invariant: at least one missing field and a reason.
 */
public record ClearanceUnavailable(
    List<String> missing, String reason, List<String> rules, List<String> sources)
    implements ClearanceResult {

  public ClearanceUnavailable {
    if (missing.isEmpty()) {
      throw new IllegalArgumentException("an unavailable clearance must say what is missing");
    }
    if (reason.isBlank()) {
      throw new IllegalArgumentException("an unavailable clearance must say why");
    }
    missing = List.copyOf(missing);
    rules = List.copyOf(rules);
    sources = List.copyOf(sources);
  }
}
