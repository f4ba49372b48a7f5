package org.tonus.app;

import java.math.BigDecimal;
import java.util.Map;
import java.util.SortedMap;
import org.tonus.core.plan.PlanRefused;

/** Text shared by the titration and taper answers. */
final class Plans {
  private Plans() {}

  static String refusedText(PlanRefused refused) {
    return "No plan: "
        + refused.reason()
        + "\n\n"
        + Answers.alertsText(refused.alerts())
        + Answers.footer(refused.rules(), refused.sources());
  }

  static String totals(
      BigDecimal totalMg,
      SortedMap<BigDecimal, Integer> tabletsNeeded,
      SortedMap<BigDecimal, BigDecimal> liquidNeededMl) {
    StringBuilder out = new StringBuilder();
    out.append("  Baclofen over the whole plan: ").append(totalMg.toPlainString()).append(" mg\n");
    for (Map.Entry<BigDecimal, Integer> tablets : tabletsNeeded.entrySet()) {
      out.append("  Tablets needed: ")
          .append(tablets.getValue())
          .append(" x ")
          .append(tablets.getKey().toPlainString())
          .append(" mg\n");
    }
    for (Map.Entry<BigDecimal, BigDecimal> liquid : liquidNeededMl.entrySet()) {
      out.append("  Liquid needed: ")
          .append(liquid.getValue().toPlainString())
          .append(" mL of ")
          .append(liquid.getKey().toPlainString())
          .append(" mg/mL\n");
    }
    return out.toString();
  }
}
