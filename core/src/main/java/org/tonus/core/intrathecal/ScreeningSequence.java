package org.tonus.core.intrathecal;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.patient.Patient;

/**
 * The intrathecal screening (test) bolus sequence for one patient, read from the knowledge: the
 * adult steps (IT-01) and, for a child, the smaller first dose offered to very small children
 * (IT-02). Public, unlike the rest of the pack reader, so that the prescription checker ({@code
 * org.tonus.core.check}) applies the very steps the start planner plans, without a second reader of
 * the screening facts. Invariant: the steps of {@link #steps} are sorted by dose, smallest first,
 * and never empty (the pack reader refuses a pack without screening steps).
 */
public final class ScreeningSequence {
  private final IntrathecalFacts facts;

  /** Reads the pack once; fails on a pack lacking the intrathecal facts the planners need. */
  public ScreeningSequence(Knowledge knowledge) {
    this.facts = new IntrathecalFacts(knowledge);
  }

  /**
   * The screening steps for this patient, smallest dose first: a child (IT-04-E) may also start
   * with the smaller IT-02 dose.
   */
  public List<ScreeningStep> steps(Patient patient) {
    Stream<ScreeningStep> small =
        isChild(patient) ? facts.smallChildScreening().stream() : Stream.empty();
    return Stream.concat(small, facts.screening().stream())
        .sorted(Comparator.comparing(ScreeningStep::doseMcg))
        .toList();
  }

  /** Whether the intrathecal rules treat this patient as a child (IT-04-E). */
  public boolean isChild(Patient patient) {
    return facts.isChild(patient);
  }

  /** The fact that sets the age below which a patient counts as a child (IT-04-E). */
  public String childAgeFactId() {
    return IntrathecalFacts.CHILD_AGE;
  }
}
