package org.tonus.core.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.Fact;

/**
 * Decides whether signs form an overdose or withdrawal pattern (POL-08, WD-06). An expected mild
 * sign weighs 1, any other sign 2, the pattern's context 2. A pattern needs a weight of 3 and
 * either two signs or its context, so one lone sign is graded alone and two common mild effects
 * (sleepy and queasy) do not alarm. It is critical on a pump, with a sign that is urgent alone, or
 * at a weight of 5; otherwise a warning.
 */
final class PatternJudge {
  private static final int PRESENT = 3;
  private static final int CRITICAL = 5;
  private static final int MILD_WEIGHT = 1;
  private static final int SIGN_WEIGHT = 2;
  private static final int CONTEXT_WEIGHT = 2;

  private PatternJudge() {}

  /**
   * WD-06: when both patterns appear, the shared signs belong to the one whose context is present,
   * unless the other is graver, which then stays too (when in doubt, the more cautious reading).
   */
  static Patterns weigh(Optional<Pattern> overdose, Optional<Pattern> withdrawal) {
    if (overdose.isEmpty() || withdrawal.isEmpty()) {
      return new Patterns(overdose, withdrawal, false);
    }
    if (explains(overdose.get(), withdrawal.get())) {
      return new Patterns(overdose, Optional.empty(), true);
    }
    if (explains(withdrawal.get(), overdose.get())) {
      return new Patterns(Optional.empty(), withdrawal, true);
    }
    return new Patterns(overdose, withdrawal, true);
  }

  /** True when {@code kept} has its context, {@code other} has none and is no graver. */
  private static boolean explains(Pattern kept, Pattern other) {
    return kept.hasContext()
        && !other.hasContext()
        && other.severity().compareTo(kept.severity()) >= 0;
  }

  static Optional<Pattern> judge(
      List<Graded> symptoms,
      Function<String, List<Fact>> signFacts,
      List<String> context,
      boolean intrathecal) {
    List<Graded> signs = new ArrayList<>();
    List<Fact> basis = new ArrayList<>();
    int weight = context.isEmpty() ? 0 : CONTEXT_WEIGHT;
    boolean urgentSign = false;
    for (Graded symptom : symptoms) {
      List<Fact> facts = signFacts.apply(symptom.id());
      if (facts.isEmpty()) {
        continue;
      }
      signs.add(symptom);
      facts.stream().filter(f -> !basis.contains(f)).forEach(basis::add);
      weight += symptom.grade() == TriageOutcome.EXPECTED_MILD ? MILD_WEIGHT : SIGN_WEIGHT;
      urgentSign |= symptom.grade() == TriageOutcome.SEEK_CARE_NOW;
    }
    if (signs.isEmpty() || weight < PRESENT || (signs.size() < 2 && context.isEmpty())) {
      return Optional.empty();
    }
    Severity severity =
        intrathecal || urgentSign || weight >= CRITICAL ? Severity.CRITICAL : Severity.WARNING;
    return Optional.of(new Pattern(signs, context, severity, basis));
  }
}
