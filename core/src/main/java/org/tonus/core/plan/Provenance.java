package org.tonus.core.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tonus.core.knowledge.Fact;

/** The fact ids a plan applied and their sources, each once, in the order they were applied. */
final class Provenance {
  // Sized for a plan's usual two dozen ids, so the sets never grow while a plan is made.
  private static final int EXPECTED_IDS = 64;

  private final Set<String> rules = new LinkedHashSet<>(EXPECTED_IDS);
  private final Set<String> sources = new LinkedHashSet<>(EXPECTED_IDS);

  Provenance cite(Fact... facts) {
    for (Fact fact : facts) {
      rules.add(fact.id());
      sources.addAll(fact.sources());
    }
    return this;
  }

  Provenance citeAll(Collection<Fact> facts) {
    for (Fact fact : facts) {
      rules.add(fact.id());
      sources.addAll(fact.sources());
    }
    return this;
  }

  Provenance add(Collection<String> ruleIds, Collection<String> sourceIds) {
    rules.addAll(ruleIds);
    sources.addAll(sourceIds);
    return this;
  }

  /** The rule ids so far, unmodifiable (every plan record keeps an unmodifiable copy anyway). */
  List<String> rules() {
    return List.copyOf(rules);
  }

  /** The source ids so far, unmodifiable. */
  List<String> sources() {
    return List.copyOf(sources);
  }

  /** The sources of some facts, for an alert that rests on just those. */
  static List<String> sourcesOf(Fact... facts) {
    Set<String> out = new LinkedHashSet<>();
    for (Fact fact : facts) {
      out.addAll(fact.sources());
    }
    return new ArrayList<>(out);
  }
}
