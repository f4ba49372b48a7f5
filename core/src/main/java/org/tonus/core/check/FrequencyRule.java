package org.tonus.core.check;

import java.util.List;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.IntRange;
import org.tonus.core.knowledge.Route;
import org.tonus.core.sig.Frequency;
import org.tonus.core.sig.FrequencyPattern;
import org.tonus.core.sig.SigStep;

/**
 * Oral doses a day outside the usual range (ADM-06). More often than the range is a warning; less
 * often (a bedtime dose, say) is information, since it gives less, not more.
 */
final class FrequencyRule implements CheckRule {
  @Override
  public List<Alert> check(CheckContext context) {
    if (context.route() != Route.ORAL) {
      return List.of();
    }
    Fact usual = context.facts().frequencyRange(); // ADM-06
    IntRange range = usual.values().countRange(FactField.TIMES_PER_DAY).get();
    for (SigStep step : context.dosedSteps()) {
      if (step.frequency().isEmpty()
          || step.frequency().get().pattern() != FrequencyPattern.REGULAR) {
        continue;
      }
      Frequency often = step.frequency().get();
      int most = often.maxTimesPerDay();
      if (most > range.high() || (!step.asNeeded() && often.timesPerDay().low() < range.low())) {
        boolean tooOften = most > range.high();
        int times = tooOften ? most : often.timesPerDay().low();
        return List.of(
            Alerts.of(
                AlertCode.FREQUENCY_UNUSUAL,
                tooOften ? Severity.WARNING : Severity.INFO,
                "Oral baclofen is usually given "
                    + range.low()
                    + " to "
                    + range.high()
                    + " times a day; this order gives it "
                    + times
                    + (times == 1 ? " time" : " times")
                    + " a day.",
                List.of(usual),
                "timesPerDay",
                Integer.toString(times),
                "usualTimesPerDay",
                range.low() + "-" + range.high()));
      }
    }
    return List.of();
  }
}
