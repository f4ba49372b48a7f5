package org.tonus.core.alert;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One finding about an order or a plan: what (code), how serious, why in words a clinician reads,
 * the numbers behind it (evidence, in insertion order, immutable: an {@link Evidence}) and the
 * knowledge sources it rests on.
 */
public record Alert(
    AlertCode code,
    Severity severity,
    String message,
    Map<String, String> evidence,
    List<String> sources) {

  public Alert {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    if (message.isBlank()) {
      throw new IllegalArgumentException("alert " + code + " has no message");
    }
    evidence = Evidence.copyOf(evidence);
    sources = List.copyOf(sources);
  }
}
