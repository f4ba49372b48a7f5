package org.tonus.core.triage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tonus.core.knowledge.Fact;

/**
 * The outcome of one triage as it is raised step by step (it never falls), with the reasons it
 * reached SEEK_CARE_NOW and the facts behind them. One per answer, never shared.
 */
final class Urgency {
  private TriageOutcome outcome = TriageOutcome.EXPECTED_MILD;
  private final List<String> reasons = new ArrayList<>();
  private final Set<Fact> basis = new LinkedHashSet<>();

  void atLeast(TriageOutcome value) {
    outcome = outcome.atLeast(value);
  }

  void urgent(String reason, Collection<Fact> facts) {
    outcome = TriageOutcome.SEEK_CARE_NOW;
    if (!reasons.contains(reason)) {
      reasons.add(reason);
    }
    basis.addAll(facts);
  }

  /** More facts behind an outcome that is already urgent. */
  void support(Collection<Fact> facts) {
    basis.addAll(facts);
  }

  TriageOutcome outcome() {
    return outcome;
  }

  List<String> reasons() {
    return List.copyOf(reasons);
  }

  Set<Fact> basis() {
    return basis;
  }
}
