package org.tonus.core.plan;

import java.util.stream.Collectors;

/** Writes a plan step the way the case files do: "1-3: 3 x 5 = 15; 5 x 1". */
final class StepText {
  private StepText() {}

  static String of(PlanStep step) {
    String made;
    if (step.preparation() instanceof DoseInTablets t) {
      made =
          t.tablets().stream()
              .map(c -> Amounts.plain(c.strengthMg()) + " x " + Amounts.plain(c.count()))
              .collect(Collectors.joining(" + "));
    } else if (step.preparation() instanceof DoseInLiquid l) {
      made =
          Amounts.plain(l.mlPerDose())
              + " mL of "
              + Amounts.plain(l.concentrationMgPerMl())
              + " mg/mL";
    } else if (step.preparation() instanceof NotMakeable) {
      made = "cannot be made";
    } else {
      made = "stop";
    }
    return step.fromDay()
        + "-"
        + step.toDay()
        + ": "
        + step.dosesPerDay()
        + " x "
        + Amounts.plain(step.doseMg())
        + " = "
        + Amounts.plain(step.dailyMg())
        + "; "
        + made;
  }
}
