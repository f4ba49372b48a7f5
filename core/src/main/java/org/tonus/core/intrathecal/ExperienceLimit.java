package org.tonus.core.intrathecal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;

/**
 * The intrathecal daily dose beyond usual experience (IT-06-C): a caution that needs review, not a
 * hard maximum (CONFLICT-A-IT-DAILY-1000).
 */
final class ExperienceLimit {
  private ExperienceLimit() {}

  static Optional<Alert> check(IntrathecalFacts facts, BigDecimal dailyMcg, Citations citations) {
    BigDecimal limit = facts.experienceLimitMcgPerDay(); // IT-06-C
    if (dailyMcg.compareTo(limit) <= 0) {
      return Optional.empty();
    }
    String id = facts.experienceLimitId();
    citations.cite(id);
    return Optional.of(
        new Alert(
            AlertCode.CAUTION,
            Severity.WARNING,
            dailyMcg.toPlainString()
                + " mcg/day is above "
                + limit.toPlainString()
                + " mcg/day, beyond usual experience ("
                + id
                + "): check the pump and catheter and have a specialist review it.",
            Map.of(
                "dailyDoseMcg",
                dailyMcg.toPlainString(),
                "experienceLimitMcg",
                limit.toPlainString()),
            citations.sourcesOf(id)));
  }
}
