package org.tonus.core.knowledge;

import java.util.List;

/** A monograph section: its facts in the order the pack gives them, and its conflicts. */
public record Section(String id, String title, List<Fact> facts, List<Conflict> conflicts) {
  public Section {
    facts = List.copyOf(facts);
    conflicts = List.copyOf(conflicts);
  }

  /** The facts that hold in {@code jurisdiction}. */
  public List<Fact> factsFor(Jurisdiction jurisdiction) {
    return facts.stream().filter(f -> f.scope().appliesIn(jurisdiction)).toList();
  }
}
