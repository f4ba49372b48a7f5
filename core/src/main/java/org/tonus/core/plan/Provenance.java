package org.tonus.core.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tonus.core.knowledge.Fact;

/** The fact ids a plan applied and their sources, each once, in the order they were applied. */
final class Provenance {
  private final Set<String> rules = new LinkedHashSet<>();
  private final Set<String> sources = new LinkedHashSet<>();

  Provenance cite(Fact... facts) {
    for (Fact fact : facts) {
      rules.add(fact.id());
      sources.addAll(fact.sources());
    }
    return this;
  }

  Provenance citeAll(Collection<Fact> facts) {
    facts.forEach(this::cite);
    return this;
  }

  Provenance add(Collection<String> ruleIds, Collection<String> sourceIds) {
    rules.addAll(ruleIds);
    sources.addAll(sourceIds);
    return this;
  }

  List<String> rules() {
    return new ArrayList<>(rules);
  }

  List<String> sources() {
    return new ArrayList<>(sources);
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
