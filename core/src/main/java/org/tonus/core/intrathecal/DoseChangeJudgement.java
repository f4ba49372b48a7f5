package org.tonus.core.intrathecal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tonus.core.alert.Alert;

/**
 * Whether a proposed intrathecal daily dose stays within the dose-change cap for the patient,
 * spasticity origin and phase (IT-04, IT-05). {@code changePercent} is for display, rounded half up
 * to one decimal place; the judgement itself compares exact amounts with the highest and lowest
 * allowed doses.
 *
 * <p>Invariant: {@code withinCap} is true exactly when there are no alerts.
 */
public record DoseChangeJudgement(
    BigDecimal currentMcgPerDay,
    BigDecimal proposedMcgPerDay,
    BigDecimal changePercent,
    BigDecimal maxIncreasePercent,
    Optional<BigDecimal> maxDecreasePercent,
    BigDecimal highestAllowedMcgPerDay,
    Optional<BigDecimal> lowestAllowedMcgPerDay,
    boolean withinCap,
    List<Alert> alerts,
    List<String> rules,
    List<String> sources) {

  public DoseChangeJudgement {
    Objects.requireNonNull(maxDecreasePercent, "maxDecreasePercent");
    Objects.requireNonNull(lowestAllowedMcgPerDay, "lowestAllowedMcgPerDay");
    alerts = List.copyOf(alerts);
    rules = List.copyOf(rules);
    sources = List.copyOf(sources);
    if (withinCap != alerts.isEmpty()) {
      throw new IllegalArgumentException(
          "withinCap " + withinCap + " disagrees with " + alerts.size() + " alert(s)");
    }
  }
}
