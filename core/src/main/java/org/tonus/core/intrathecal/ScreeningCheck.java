package org.tonus.core.intrathecal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;

/**
 * Checks that the screening dose that worked is a step of the screening sequence for this patient
 * (IT-01; IT-02 for children): above the last step is too fast (IT-01-E), between the steps or a
 * child's dose in an adult is a caution.
 */
final class ScreeningCheck {
  private static final String NON_RESPONDER = "IT-01-E";

  private final IntrathecalFacts facts;

  ScreeningCheck(IntrathecalFacts facts) {
    this.facts = facts;
  }

  /** A screening dose that is not a step of the sequence for this patient. */
  Optional<Alert> check(BigDecimal dose, boolean child, Citations citations) {
    List<ScreeningStep> adult = facts.screening();
    List<ScreeningStep> small = facts.smallChildScreening();
    if (contains(adult, dose) || (child && contains(small, dose))) {
      return Optional.empty();
    }
    String sequence =
        Stream.concat(child ? small.stream() : Stream.empty(), adult.stream())
            .map(s -> s.doseMcg().toPlainString())
            .collect(Collectors.joining(", "));
    Map<String, String> evidence =
        Map.of("screeningDoseMcg", dose.toPlainString(), "sequenceMcg", sequence);
    String[] stepIds = adult.stream().map(ScreeningStep::factId).toArray(String[]::new);
    if (contains(small, dose)) {
      String[] smallIds = small.stream().map(ScreeningStep::factId).toArray(String[]::new);
      citations.cite(smallIds);
      return Optional.of(
          new Alert(
              AlertCode.CAUTION,
              Severity.INFO,
              dose.toPlainString()
                  + " mcg is the screening dose for very small children ("
                  + String.join(", ", smallIds)
                  + "); this patient is not a child, whose sequence is "
                  + sequence
                  + " mcg.",
              evidence,
              citations.sourcesOf(smallIds)));
    }
    BigDecimal last = adult.get(adult.size() - 1).doseMcg();
    if (dose.compareTo(last) > 0) {
      citations.cite(NON_RESPONDER);
      return Optional.of(
          new Alert(
              AlertCode.TITRATION_TOO_FAST,
              Severity.WARNING,
              dose.toPlainString()
                  + " mcg is above the last screening step of "
                  + last.toPlainString()
                  + " mcg; a patient who does not respond to that step is not a pump candidate ("
                  + NON_RESPONDER
                  + ").",
              evidence,
              citations.sourcesOf(NON_RESPONDER)));
    }
    return Optional.of(
        new Alert(
            AlertCode.CAUTION,
            Severity.WARNING,
            dose.toPlainString()
                + " mcg is not a step of the screening sequence ("
                + sequence
                + " mcg); check the dose that worked.",
            evidence,
            citations.sourcesOf(stepIds)));
  }

  private static boolean contains(List<ScreeningStep> steps, BigDecimal dose) {
    return steps.stream().anyMatch(s -> s.doseMcg().compareTo(dose) == 0);
  }
}
