package org.tonus.core.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One sourced statement of the monograph: our words ({@code text}), the sources it rests on (at
 * least one), whom it applies to, and the typed values a computation may use.
 */
public record Fact(
    String id,
    String sectionId,
    FactKind kind,
    String text,
    List<String> sources,
    Scope scope,
    FactValues values,
    Optional<String> note) {

  public Fact {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    if (text.isBlank()) {
      throw new IllegalArgumentException("fact " + id + " has no text");
    }
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("fact " + id + " has no sources");
    }
    sources = List.copyOf(sources);
  }
}
