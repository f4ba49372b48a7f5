package org.tonus.core.intrathecal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.DoseChangePhase;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.SpasticityOrigin;
import org.tonus.core.patient.Patient;

/**
 * Judges one change of an intrathecal daily dose against the cap for the patient, origin and phase
 * (IT-04, IT-05): a rise above the cap is too fast; a fall beyond the maintenance decrease cap, or
 * to nothing, risks withdrawal (IT-16).
 */
final class DoseChangeJudge {
  private final Knowledge knowledge;
  private final IntrathecalFacts facts;

  DoseChangeJudge(Knowledge knowledge, IntrathecalFacts facts) {
    this.knowledge = knowledge;
    this.facts = facts;
  }

  DoseChangeJudgement judge(
      Patient patient,
      BigDecimal currentMcgPerDay,
      BigDecimal proposedMcgPerDay,
      SpasticityOrigin origin,
      DoseChangePhase phase) {
    if (currentMcgPerDay.signum() <= 0) {
      throw new IllegalArgumentException(
          "currentMcgPerDay "
              + currentMcgPerDay.toPlainString()
              + " must be above 0; a first dose is a start, not a change");
    }
    if (proposedMcgPerDay.signum() < 0) {
      throw new IllegalArgumentException(
          "proposedMcgPerDay " + proposedMcgPerDay.toPlainString() + " must be 0 or more");
    }
    Citations citations = new Citations(knowledge);
    DoseChangeCap cap = facts.cap(patient, origin, phase);
    citations.cite(cap.rules());
    if (phase == DoseChangePhase.TITRATION) {
      citations.cite(IntrathecalFacts.ONE_CHANGE_PER_DAY);
    }
    BigDecimal current = Rates.plain(currentMcgPerDay);
    BigDecimal proposed = Rates.plain(proposedMcgPerDay);
    BigDecimal highest = cap.highestNext(current);
    Optional<BigDecimal> lowest = cap.lowestNext(current);
    BigDecimal changePercent =
        Rates.plain(
            proposed.subtract(current).movePointRight(2).divide(current, 1, RoundingMode.HALF_UP));
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("currentMcgPerDay", current.toPlainString());
    evidence.put("proposedMcgPerDay", proposed.toPlainString());
    evidence.put("changePercent", changePercent.toPlainString());
    evidence.put("capFact", cap.fact().id());

    List<Alert> alerts = new ArrayList<>();
    if (proposed.signum() == 0) {
      citations.cite(IntrathecalFacts.INTERRUPTION_RISK);
      alerts.add(
          new Alert(
              AlertCode.ABRUPT_STOP_RISK,
              Severity.CRITICAL,
              "Stopping intrathecal delivery at once can cause severe, life-threatening withdrawal"
                  + " (IT-16).",
              evidence,
              citations.sourcesOf(IntrathecalFacts.INTERRUPTION_RISK)));
    } else if (proposed.compareTo(highest) > 0) {
      evidence.put("highestAllowedMcgPerDay", highest.toPlainString());
      alerts.add(
          new Alert(
              AlertCode.TITRATION_TOO_FAST,
              Severity.WARNING,
              "A rise from "
                  + current.toPlainString()
                  + " to "
                  + proposed.toPlainString()
                  + " mcg/day is "
                  + changePercent.toPlainString()
                  + " %, above the "
                  + cap.maxIncreasePercent().toPlainString()
                  + " % allowed "
                  + IntrathecalFacts.per(cap.fact())
                  + " ("
                  + cap.fact().id()
                  + "); at most "
                  + highest.toPlainString()
                  + " mcg/day.",
              evidence,
              citations.sourcesOf(cap.rules().toArray(String[]::new))));
    } else if (lowest.isPresent() && proposed.compareTo(lowest.get()) < 0) {
      evidence.put("lowestAllowedMcgPerDay", lowest.get().toPlainString());
      alerts.add(
          new Alert(
              AlertCode.ABRUPT_STOP_RISK,
              Severity.WARNING,
              "A cut from "
                  + current.toPlainString()
                  + " to "
                  + proposed.toPlainString()
                  + " mcg/day is larger than the "
                  + cap.maxDecreasePercent().orElseThrow().toPlainString()
                  + " % allowed "
                  + IntrathecalFacts.per(cap.fact())
                  + " ("
                  + cap.fact().id()
                  + "); at least "
                  + lowest.get().toPlainString()
                  + " mcg/day.",
              evidence,
              citations.sourcesOf(cap.rules().toArray(String[]::new))));
    }
    return new DoseChangeJudgement(
        current,
        proposed,
        changePercent,
        cap.maxIncreasePercent(),
        cap.maxDecreasePercent(),
        highest,
        lowest,
        alerts.isEmpty(),
        alerts,
        citations.rules(),
        citations.sources());
  }
}
