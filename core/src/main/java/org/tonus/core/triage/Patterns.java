package org.tonus.core.triage;

import java.util.Optional;

/**
 * The overdose and withdrawal patterns after WD-06 weighed them: {@code weighed} when both appeared
 * and context had to decide.
 */
record Patterns(Optional<Pattern> overdose, Optional<Pattern> withdrawal, boolean weighed) {

  /** Both patterns stand: the context did not decide between them. */
  boolean undecided() {
    return overdose.isPresent() && withdrawal.isPresent();
  }
}
