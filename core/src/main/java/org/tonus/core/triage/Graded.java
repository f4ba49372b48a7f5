package org.tonus.core.triage;

import java.util.List;
import org.tonus.core.knowledge.Fact;

/** A symptom the person has, with the outcome it calls for alone and the facts that say so. */
record Graded(Mention mention, TriageOutcome grade, List<Fact> basis) {
  Graded {
    basis = List.copyOf(basis);
  }

  String id() {
    return mention.symptom().id();
  }
}
