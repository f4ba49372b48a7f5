package org.tonus.core.triage;

import java.util.List;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.Fact;

/**
 * Overdose or withdrawal signs that, together or with their context, form a pattern: the signs
 * present, the context that weighed in, how serious, and the sign facts.
 */
record Pattern(List<Graded> signs, List<String> context, Severity severity, List<Fact> basis) {
  Pattern {
    signs = List.copyOf(signs);
    context = List.copyOf(context);
    basis = List.copyOf(basis);
  }

  boolean hasContext() {
    return !context.isEmpty();
  }
}
