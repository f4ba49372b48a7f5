package org.tonus.core.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Holds laid out on the calendar, each dose made by a preparer, with the totals a pharmacy needs:
 * mg over the whole schedule, whole tablets per strength (halves rounded up once, at the end, per
 * strength) and mL of liquid per concentration.
 */
record Schedule(
    List<PlanStep> steps,
    BigDecimal totalMg,
    SortedMap<BigDecimal, Integer> tabletsNeeded,
    SortedMap<BigDecimal, BigDecimal> liquidNeededMl,
    List<PlanStep> notMakeable) {

  /**
   * Lays out {@code holds} from day 1 = {@code start}; with {@code stop}, adds a last step at zero.
   */
  static Schedule write(LocalDate start, List<Hold> holds, Preparer preparer, boolean stop) {
    List<PlanStep> steps = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    TreeMap<BigDecimal, BigDecimal> tablets = new TreeMap<>();
    TreeMap<BigDecimal, BigDecimal> liquid = new TreeMap<>();
    int day = 1;
    for (Hold hold : holds) {
      DoseLevel level = hold.level();
      int toDay = day + hold.days() - 1;
      Preparation preparation = preparer.prepare(level.doseMg());
      steps.add(
          new PlanStep(
              day,
              toDay,
              start.plusDays(day - 1L),
              start.plusDays(toDay - 1L),
              level.dosesPerDay(),
              level.doseMg(),
              level.dailyMg(),
              preparation));
      BigDecimal administrations = BigDecimal.valueOf((long) level.dosesPerDay() * hold.days());
      total = total.add(level.dailyMg().multiply(BigDecimal.valueOf(hold.days())));
      if (preparation instanceof DoseInTablets inTablets) {
        inTablets
            .tablets()
            .forEach(
                t ->
                    tablets.merge(
                        t.strengthMg(), t.count().multiply(administrations), BigDecimal::add));
      } else if (preparation instanceof DoseInLiquid inLiquid) {
        liquid.merge(
            inLiquid.concentrationMgPerMl(),
            inLiquid.mlPerDose().multiply(administrations),
            BigDecimal::add);
      }
      day = toDay + 1;
    }
    if (stop) {
      LocalDate date = start.plusDays(day - 1L);
      steps.add(
          new PlanStep(day, day, date, date, 0, BigDecimal.ZERO, BigDecimal.ZERO, new NoDose()));
    }
    TreeMap<BigDecimal, Integer> wholeTablets = new TreeMap<>();
    tablets.forEach(
        (strength, count) ->
            wholeTablets.put(strength, count.setScale(0, RoundingMode.CEILING).intValueExact()));
    TreeMap<BigDecimal, BigDecimal> ml = new TreeMap<>();
    liquid.forEach((concentration, volume) -> ml.put(concentration, Amounts.normal(volume)));
    return new Schedule(
        steps,
        Amounts.normal(total),
        Collections.unmodifiableSortedMap(wholeTablets),
        Collections.unmodifiableSortedMap(ml),
        steps.stream().filter(s -> !s.makeable()).toList());
  }
}
