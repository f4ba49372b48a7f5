package org.tonus.core.knowledge;

import java.util.List;

/** One side of a disagreement: what some sources say, and the facts that hold that value. */
public record ConflictPosition(String claim, List<String> factIds, List<String> sources) {
  public ConflictPosition {
    if (claim.isBlank()) {
      throw new IllegalArgumentException("a conflict position needs a claim");
    }
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a conflict position needs sources: " + claim);
    }
    factIds = List.copyOf(factIds);
    sources = List.copyOf(sources);
  }
}
