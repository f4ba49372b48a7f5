package org.tonus.core.check;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.intrathecal.ScreeningStep;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.sig.SigStep;

/**
 * An intrathecal screening (test) bolus against the sequence of the knowledge (POL-12; IT-01-A..C,
 * IT-02 for a child as IT-04-E counts them). A first bolus above the first step, a bolus above the
 * step after the previous bolus, or one given sooner than the step's {@code afterHours} is {@code
 * TITRATION_TOO_FAST}; a bolus that is no step of the sequence is a {@code CAUTION} (info), unless
 * it is already too large. The previous bolus is the current order when that is an intrathecal
 * bolus in mcg. Only dates are known, so the time since the previous bolus is counted in whole
 * days: a repeat on the same day is sooner than any interval of hours. A patient whose current
 * phase is titration or maintenance, or who is on an intrathecal infusion, is not being screened,
 * and the rule says nothing.
 */
final class IntrathecalScreeningRule implements CheckRule {
  static final String ABOUT = "intrathecal screening";

  /** Patients who do not respond to the last screening step are not pump candidates. */
  private static final String NON_RESPONDER = "IT-01-E";

  @Override
  public List<Alert> check(CheckContext context) {
    Optional<BigDecimal> dose =
        context
            .sig()
            .flatMap(IntrathecalSteps::first)
            .filter(IntrathecalSteps::bolus)
            .flatMap(IntrathecalSteps::mcg);
    Optional<CurrentOrder.Phase> phase = context.request().current().flatMap(CurrentOrder::phase);
    if (dose.isEmpty() || phase.filter(p -> p != CurrentOrder.Phase.SCREENING).isPresent()) {
      return List.of();
    }
    Optional<SigStep> current = context.currentSig().flatMap(IntrathecalSteps::first);
    Optional<BigDecimal> previous =
        current.filter(IntrathecalSteps::bolus).flatMap(IntrathecalSteps::mcg);
    if (current.isPresent() && previous.isEmpty()) {
      return List.of(); // on an infusion (or a bolus not in mcg): not a screening step to place
    }
    List<ScreeningStep> steps = context.facts().screening().steps(context.patient());
    Problems problems = new Problems();
    if (previous.isEmpty()) {
      firstTooLarge(context, steps, dose.get(), problems);
    } else {
      nextTooLarge(context, steps, previous.get(), dose.get(), problems);
      tooSoon(context, steps, dose.get(), problems);
    }
    List<Alert> alerts = new ArrayList<>();
    String sequence = sequence(steps);
    if (!problems.reasons.isEmpty()) {
      problems.evidence.addAll(
          List.of(
              Alerts.ABOUT,
              ABOUT,
              "bolusMcg",
              DoseAboveMaxRule.plain(dose.get()),
              "sequenceMcg",
              sequence));
      previous.ifPresent(
          p -> problems.evidence.addAll(List.of("previousBolusMcg", DoseAboveMaxRule.plain(p))));
      alerts.add(
          Alerts.of(
              AlertCode.TITRATION_TOO_FAST,
              Severity.WARNING,
              "An intrathecal screening bolus of "
                  + DoseAboveMaxRule.plain(dose.get())
                  + " mcg is too fast: "
                  + String.join("; ", problems.reasons)
                  + ".",
              List.copyOf(problems.facts),
              problems.evidence.toArray(String[]::new)));
    }
    if (!problems.tooLarge && steps.stream().noneMatch(s -> same(s, dose.get()))) {
      alerts.add(
          Alerts.of(
              AlertCode.CAUTION,
              Severity.INFO,
              DoseAboveMaxRule.plain(dose.get())
                  + " mcg is not a step of the intrathecal screening sequence for this patient ("
                  + sequence
                  + " mcg, "
                  + ids(steps)
                  + "); check the intended test dose.",
              facts(context, steps),
              Alerts.ABOUT,
              "intrathecal screening step",
              "bolusMcg",
              DoseAboveMaxRule.plain(dose.get()),
              "sequenceMcg",
              sequence));
    }
    return alerts;
  }

  /** IT-01-A (IT-02 for a child): the first bolus is one of the first steps or smaller. */
  private static void firstTooLarge(
      CheckContext context, List<ScreeningStep> steps, BigDecimal dose, Problems problems) {
    List<ScreeningStep> firsts = steps.stream().filter(s -> s.order() == 1).toList();
    BigDecimal ceiling =
        firsts.stream().map(ScreeningStep::doseMcg).max(BigDecimal::compareTo).orElseThrow();
    if (dose.compareTo(ceiling) > 0) {
      problems.large(
          "a first screening bolus is at most "
              + DoseAboveMaxRule.plain(ceiling)
              + " mcg ("
              + ids(firsts)
              + ")",
          facts(context, firsts),
          "firstStepMcg",
          DoseAboveMaxRule.plain(ceiling));
    }
  }

  /** IT-01-B, IT-01-C: one step up at a time; nothing above the last step (IT-01-E). */
  private static void nextTooLarge(
      CheckContext context,
      List<ScreeningStep> steps,
      BigDecimal previous,
      BigDecimal dose,
      Problems problems) {
    Optional<ScreeningStep> next =
        steps.stream()
            .filter(s -> s.doseMcg().compareTo(previous) > 0)
            .min(Comparator.comparing(ScreeningStep::doseMcg));
    if (next.isPresent()) {
      if (dose.compareTo(next.get().doseMcg()) > 0) {
        problems.large(
            "after a bolus of "
                + DoseAboveMaxRule.plain(previous)
                + " mcg the next step is "
                + DoseAboveMaxRule.plain(next.get().doseMcg())
                + " mcg ("
                + next.get().factId()
                + ")",
            facts(context, List.of(next.get())),
            "nextStepMcg",
            DoseAboveMaxRule.plain(next.get().doseMcg()));
      }
    } else if (dose.compareTo(previous) > 0) {
      problems.large(
          DoseAboveMaxRule.plain(previous)
              + " mcg was already the last screening step; a patient who does not respond to it is"
              + " not a pump candidate ("
              + NON_RESPONDER
              + ")",
          List.of(context.facts().fact(NON_RESPONDER)),
          "lastStepMcg",
          DoseAboveMaxRule.plain(steps.get(steps.size() - 1).doseMcg()));
    }
  }

  /**
   * IT-01-B, IT-01-C: each bolus at least {@code afterHours} after the previous one; the ordered
   * step's interval, else the shortest interval of the sequence (a repeat of the first step).
   */
  private static void tooSoon(
      CheckContext context, List<ScreeningStep> steps, BigDecimal dose, Problems problems) {
    Optional<LocalDate> since = context.request().current().flatMap(CurrentOrder::since);
    Optional<ScreeningStep> interval =
        steps.stream()
            .filter(s -> same(s, dose) && s.afterHours().isPresent())
            .findFirst()
            .or(
                () ->
                    steps.stream()
                        .filter(s -> s.afterHours().isPresent())
                        .min(Comparator.comparing(s -> s.afterHours().orElseThrow())));
    if (since.isEmpty() || interval.isEmpty()) {
      return;
    }
    long days = ChronoUnit.DAYS.between(since.get(), context.request().today());
    // whole calendar days: the request gives dates, not times
    BigDecimal elapsedHours = BigDecimal.valueOf(Duration.ofDays(days).toHours());
    BigDecimal needed = interval.get().afterHours().orElseThrow();
    if (elapsedHours.compareTo(needed) >= 0) {
      return;
    }
    problems.reasons.add(
        "the previous bolus was "
            + (days == 0 ? "given today" : "dated " + since.get())
            + ", sooner than the "
            + DoseAboveMaxRule.plain(needed)
            + " h between screening doses ("
            + interval.get().factId()
            + ")");
    problems.facts.addAll(facts(context, List.of(interval.get())));
    problems.evidence.addAll(
        List.of(
            "daysSincePrevious",
            Long.toString(days),
            "intervalHours",
            DoseAboveMaxRule.plain(needed)));
  }

  private static boolean same(ScreeningStep step, BigDecimal dose) {
    return step.doseMcg().compareTo(dose) == 0;
  }

  private static String sequence(List<ScreeningStep> steps) {
    return steps.stream()
        .map(s -> DoseAboveMaxRule.plain(s.doseMcg()))
        .collect(Collectors.joining(", "));
  }

  private static String ids(List<ScreeningStep> steps) {
    return steps.stream().map(ScreeningStep::factId).collect(Collectors.joining(", "));
  }

  private static List<Fact> facts(CheckContext context, List<ScreeningStep> steps) {
    return steps.stream().map(s -> context.facts().fact(s.factId())).toList();
  }

  /** What is wrong with the pace of one bolus, gathered for a single alert. */
  private static final class Problems {
    private final List<String> reasons = new ArrayList<>();
    private final Set<Fact> facts = new LinkedHashSet<>();
    private final List<String> evidence = new ArrayList<>();
    private boolean tooLarge;

    private void large(String reason, List<Fact> cited, String key, String value) {
      tooLarge = true;
      reasons.add(reason);
      facts.addAll(cited);
      evidence.addAll(List.of(key, value));
    }
  }
}
