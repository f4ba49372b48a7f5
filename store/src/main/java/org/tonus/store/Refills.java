package org.tonus.store;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.tonus.core.intrathecal.PumpRefill;
import org.tonus.core.intrathecal.PumpRefillCalculator;
import org.tonus.core.intrathecal.PumpRefillOutcome;
import org.tonus.core.intrathecal.PumpRefillRequest;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.quantity.Unit;
import org.tonus.core.supply.DispensedUnit;
import org.tonus.core.supply.SupplyCalculator;
import org.tonus.core.supply.SupplyRequest;
import org.tonus.core.supply.SupplyResult;
import org.tonus.core.supply.SupplyStep;

/**
 * Days' supply and refill dates from what is stored: for each oral product its latest dispensing
 * counted under the active regimen by the core days'-supply arithmetic (POL-15, refill due the
 * policy's margin before running out), and for a pump the days until the refill is due (IT-13-G).
 * Pump refills are recorded through the core refill calculator, so the stored dates are its dates.
 */
public final class Refills {
  // IT-13-G: the refill due date sits the clinic's margin (7 days unless set) before the alarm.
  private static final String PUMP_MARGIN_FACT = "IT-13-G";
  // Units a day that do not divide exactly are rounded up, so a supply is never overstated.
  private static final int UNITS_SCALE = 6;

  private final Dispensings dispensings;
  private final PumpRefills pumpRefills;
  private final Regimens regimens;
  private final Knowledge knowledge;
  private final SupplyCalculator supply;
  private final PumpRefillCalculator pump;

  Refills(
      Dispensings dispensings, PumpRefills pumpRefills, Regimens regimens, Knowledge knowledge) {
    this.dispensings = dispensings;
    this.pumpRefills = pumpRefills;
    this.regimens = regimens;
    this.knowledge = knowledge;
    this.supply = new SupplyCalculator(knowledge);
    this.pump = new PumpRefillCalculator(knowledge);
  }

  /**
   * Works out a pump refill with the core calculator and stores it when the arithmetic holds;
   * returns the calculator's answer either way (a refusal is not stored).
   */
  public PumpRefillOutcome recordPumpRefill(long patientId, PumpRefillRequest request) {
    PumpRefillOutcome outcome = pump.calculate(request);
    if (outcome instanceof PumpRefill refill) {
      pumpRefills.record(PumpRefillEntry.of(patientId, refill));
    }
    return outcome;
  }

  /** The patient's supplies on {@code day}, dispensing days read as local days in {@code zone}. */
  public RefillStatus forPatient(long patientId, LocalDate day, ZoneId zone) {
    Optional<Regimen> active = Regimens.activeOn(regimens.of(patientId), day);
    Map<String, Dispensing> latestPerStrength = new LinkedHashMap<>();
    for (Dispensing dispensing : dispensings.of(patientId)) {
      if (!dispensing.dispensedAt().atZone(zone).toLocalDate().isAfter(day)) {
        latestPerStrength.put(
            dispensing.unit() + " " + dispensing.strength().toString(), dispensing);
      }
    }
    List<OralSupplyStatus> oral = new ArrayList<>();
    for (Dispensing dispensing : latestPerStrength.values()) {
      oral.add(oral(dispensing, active, day, zone));
    }
    Optional<PumpRefillStatus> pumpStatus =
        pumpRefills.latest(patientId).map(refill -> pumpStatus(refill, day));
    return new RefillStatus(day, oral, pumpStatus);
  }

  private OralSupplyStatus oral(
      Dispensing dispensing, Optional<Regimen> active, LocalDate day, ZoneId zone) {
    if (active.isEmpty()) {
      return new OralSupplyStatus.NotCounted(
          dispensing, "no regimen is active on " + day + ", so there is no daily use to count");
    }
    Regimen regimen = active.get();
    LocalDate fill = dispensing.dispensedAt().atZone(zone).toLocalDate();
    LocalDate countFrom = fill.isBefore(regimen.start()) ? regimen.start() : fill;
    List<SupplyStep> steps = new ArrayList<>();
    for (RegimenStep step : regimen.steps()) {
      if (step.to().isPresent() && step.to().get().isBefore(countFrom)) {
        continue;
      }
      if (step.stops()) {
        break;
      }
      LocalDate from = step.from().isBefore(countFrom) ? countFrom : step.from();
      SupplyStep counted =
          new SupplyStep(
              unitsPerDay(step.dailyMg(), dispensing),
              Optional.of(step.dailyMg()),
              OptionalInt.empty(),
              false);
      if (step.to().isPresent()) {
        counted = counted.forDays((int) ChronoUnit.DAYS.between(from, step.to().get()) + 1);
      }
      steps.add(counted);
      if (step.to().isEmpty()) {
        break;
      }
    }
    if (steps.isEmpty()) {
      return new OralSupplyStatus.NotCounted(
          dispensing,
          "the active regimen from "
              + regimen.start()
              + " gives no daily dose in mg from "
              + countFrom);
    }
    SupplyResult result =
        supply.calculate(
            new SupplyRequest(
                steps,
                dispensing.quantity(),
                dispensing.unit(),
                countFrom,
                SupplyRequest.DEFAULT_REFILL_MARGIN_DAYS));
    OptionalLong daysLeft =
        result
            .runsOutOn()
            .map(out -> OptionalLong.of(Math.max(0, ChronoUnit.DAYS.between(day, out))))
            .orElseGet(OptionalLong::empty);
    return new OralSupplyStatus.Counted(dispensing, result, daysLeft, result.refillDueOn());
  }

  // Tablets: daily mg ÷ mg per tablet; liquid: daily mg ÷ mg per mL.
  private static BigDecimal unitsPerDay(BigDecimal dailyMg, Dispensing dispensing) {
    BigDecimal perUnitMg =
        dispensing.unit() == DispensedUnit.TABLET
            ? dispensing.strength().to(Unit.MG).amount()
            : dispensing.strength().to(Unit.MG_PER_ML).amount();
    try {
      return dailyMg.divide(perUnitMg, MathContext.UNLIMITED).stripTrailingZeros();
    } catch (ArithmeticException endless) {
      return dailyMg.divide(perUnitMg, UNITS_SCALE, RoundingMode.UP).stripTrailingZeros();
    }
  }

  private PumpRefillStatus pumpStatus(PumpRefillEntry refill, LocalDate day) {
    Fact margin =
        knowledge
            .fact(PUMP_MARGIN_FACT)
            .orElseThrow(
                () -> new IllegalStateException("the knowledge pack lacks " + PUMP_MARGIN_FACT));
    Set<String> sources = new LinkedHashSet<>(margin.sources());
    return new PumpRefillStatus(
        refill,
        ChronoUnit.DAYS.between(day, refill.refillDueBy()),
        ChronoUnit.DAYS.between(day, refill.alarmDate()),
        List.of(margin.id()),
        List.copyOf(sources));
  }
}
