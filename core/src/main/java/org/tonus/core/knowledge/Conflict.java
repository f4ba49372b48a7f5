package org.tonus.core.knowledge;

import java.util.List;
import java.util.stream.Stream;

/**
 * A disagreement between sources, kept as data: at least two positions, each with its sources, and
 * the resolution Tonus applies.
 */
public record Conflict(
    String id,
    String sectionId,
    String topic,
    List<ConflictPosition> positions,
    String resolution) {
  public Conflict {
    if (positions.size() < 2) {
      throw new IllegalArgumentException("conflict " + id + " needs at least two positions");
    }
    positions = List.copyOf(positions);
  }

  /** Every source any position cites. */
  public Stream<String> sources() {
    return positions.stream().flatMap(p -> p.sources().stream());
  }
}
