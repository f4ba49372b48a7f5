package org.tonus.app.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.triage.TriageOutcome;
import org.tonus.store.DailyDose;
import org.tonus.store.DoseEvent;
import org.tonus.store.DoseKind;
import org.tonus.store.OralSupplyStatus;
import org.tonus.store.PumpRefillStatus;
import org.tonus.store.RefillStatus;
import org.tonus.store.Regimen;
import org.tonus.store.RegimenStep;
import org.tonus.store.SpasticityScore;
import org.tonus.store.Store;
import org.tonus.store.WeeklyAdherence;

/**
 * One patient's diary as the diary page shows it, read from the store with the same store calls as
 * the {@code /api/patients/{id}/…} routes (daily dose, weekly adherence, refills): today's planned
 * doses, the running total, the week's adherence, supplies, recent symptoms and the chart series.
 * Days are UTC days, as the API's default {@code zone}.
 */
final class DiaryView {
  /** The diary's days begin at midnight UTC, as the API's days do when no zone is given. */
  static final ZoneId ZONE = ZoneId.of("UTC");

  /** How many days the dose chart covers, today included. */
  static final int CHART_DAYS = 14;

  /** How far back the score chart and the symptom list reach. */
  static final Duration SCORE_SPAN = Duration.ofDays(90);

  static final Duration SYMPTOM_SPAN = Duration.ofDays(7);

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(ZONE);
  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZONE);

  /** One planned dose of today's step: its number, its mg, and what was logged for it, if any. */
  record PlannedDose(int number, String doseMg, String logged) {}

  /** One row of today's doses with the running total. */
  record RunningRow(String time, String kind, String doseMg, String totalMg) {}

  record SymptomRow(String at, String text, String outcome, String label) {}

  record ScoreRow(String at, int numericRating, int penn) {}

  private final Store store;
  private final Knowledge knowledge;

  DiaryView(Store store, Knowledge knowledge) {
    this.store = store;
    this.knowledge = knowledge;
  }

  /** Today's regimen step: the latest regimen that gives a dose for today. */
  Optional<RegimenStep> stepOn(long patientId, LocalDate day) {
    List<Regimen> regimens = store.regimens().of(patientId);
    for (int i = regimens.size() - 1; i >= 0; i--) {
      Optional<RegimenStep> step = regimens.get(i).stepOn(day);
      if (step.isPresent()) {
        return step;
      }
    }
    return Optional.empty();
  }

  /** Today's planned doses (taken, late or missed, not extra) in the order they were logged. */
  List<DoseEvent> plannedLogged(long patientId, LocalDate day) {
    return store.doseEvents().between(patientId, start(day), start(day.plusDays(1))).stream()
        .filter(event -> event.kind() != DoseKind.EXTRA)
        .toList();
  }

  /** The model entries of the diary page for {@code patientId} on {@code today}. */
  Map<String, Object> model(long patientId, LocalDate today, Instant now) {
    Map<String, Object> model = new HashMap<>();
    model.put("today", today.toString());
    Optional<RegimenStep> step = stepOn(patientId, today);
    List<DoseEvent> logged = plannedLogged(patientId, today);
    List<PlannedDose> planned = new ArrayList<>();
    step.filter(s -> !s.stops())
        .ifPresent(
            s -> {
              for (int number = 1; number <= s.dosesPerDay(); number++) {
                String kind = number <= logged.size() ? word(logged.get(number - 1).kind()) : "";
                planned.add(new PlannedDose(number, mg(s.doseMg()), kind));
              }
            });
    model.put("hasPlan", step.isPresent());
    model.put("planDailyMg", step.map(s -> mg(s.dailyMg())).orElse(""));
    model.put("plannedDoses", planned);

    DailyDose daily = store.diary().dailyDose(patientId, today, ZONE);
    model.put("totalMg", mg(daily.totalMg()));
    model.put(
        "running",
        daily.running().stream()
            .map(
                dose ->
                    new RunningRow(
                        TIME.format(dose.at()),
                        word(dose.kind()),
                        mg(dose.doseMg()),
                        mg(dose.totalMg())))
            .toList());

    WeeklyAdherence week = store.diary().adherence(patientId, today, ZONE);
    model.put("weekMonday", week.monday().toString());
    model.put("weekTaken", week.taken());
    model.put("weekPlanned", week.planned());
    model.put("weekPercent", percent(week).orElse(""));

    model.put("refills", refillLines(patientId, today));

    List<SymptomRow> symptoms =
        store
            .symptomReports()
            .between(patientId, now.minus(SYMPTOM_SPAN), now.plusSeconds(3600))
            .stream()
            .map(
                report ->
                    new SymptomRow(
                        DAY_TIME.format(report.at()),
                        report.text(),
                        report.outcome().name(),
                        label(report.outcome())))
            .collect(Collectors.toCollection(ArrayList::new));
    // the store lists oldest first (by time, then as recorded); the page shows the newest first
    Collections.reverse(symptoms);
    model.put("symptoms", symptoms);
    model.put(
        "emergency",
        !symptoms.isEmpty()
            && symptoms.get(0).outcome().equals(TriageOutcome.SEEK_CARE_NOW.name()));

    List<String> days = new ArrayList<>();
    List<String> taken = new ArrayList<>();
    List<String> plan = new ArrayList<>();
    for (LocalDate day = today.minusDays(CHART_DAYS - 1L);
        !day.isAfter(today);
        day = day.plusDays(1)) {
      days.add(day.toString());
      taken.add(mg(store.diary().dailyDose(patientId, day, ZONE).totalMg()));
      plan.add(stepOn(patientId, day).map(s -> mg(s.dailyMg())).orElse(""));
    }
    model.put("chartDays", String.join(",", days));
    model.put("chartTaken", String.join(",", taken));
    model.put("chartPlan", String.join(",", plan));

    List<SpasticityScore> scores =
        store
            .spasticityScores()
            .between(patientId, now.minus(SCORE_SPAN), now.plusSeconds(3600))
            .stream()
            .toList();
    model.put(
        "scores",
        scores.stream()
            .map(
                score ->
                    new ScoreRow(DAY_TIME.format(score.at()), score.numericRating(), score.penn()))
            .toList());
    model.put(
        "scoreDays",
        scores.stream().map(score -> DAY_TIME.format(score.at())).collect(Collectors.joining(",")));
    model.put(
        "scoreNrs",
        scores.stream()
            .map(score -> Integer.toString(score.numericRating()))
            .collect(Collectors.joining(",")));
    model.put(
        "scorePenn",
        scores.stream()
            .map(score -> Integer.toString(score.penn()))
            .collect(Collectors.joining(",")));
    return model;
  }

  /** Each supply in a sentence: oral products' days left and refill dates, and the pump's. */
  List<String> refillLines(long patientId, LocalDate today) {
    RefillStatus status = store.refills(knowledge).forPatient(patientId, today, ZONE);
    List<String> lines = new ArrayList<>();
    for (OralSupplyStatus oral : status.oral()) {
      String product = oral.dispensing().product() + " " + oral.dispensing().strength();
      if (oral instanceof OralSupplyStatus.Counted counted) {
        lines.add(
            product
                + ": "
                + (counted.daysLeft().isPresent()
                    ? counted.daysLeft().getAsLong() + " days left"
                    : "lasts past the end of the regimen")
                + counted.refillDueOn().map(due -> ", refill due " + due).orElse(""));
      } else if (oral instanceof OralSupplyStatus.NotCounted notCounted) {
        lines.add(product + ": not counted (" + notCounted.reason() + ")");
      }
    }
    status.pump().map(DiaryView::pumpLine).ifPresent(lines::add);
    return lines;
  }

  static String pumpLine(PumpRefillStatus pump) {
    return pump.overdue()
        ? "Pump refill overdue by " + -pump.daysUntilDue() + " days"
        : "Pump refill due in " + pump.daysUntilDue() + " days";
  }

  static Optional<String> percent(WeeklyAdherence week) {
    return week.fraction()
        .map(
            fraction ->
                fraction
                        .movePointRight(2)
                        .setScale(0, java.math.RoundingMode.HALF_UP)
                        .toPlainString()
                    + "%");
  }

  static String label(TriageOutcome outcome) {
    return switch (outcome) {
      case SEEK_CARE_NOW -> "Seek care now";
      case CONTACT_PRESCRIBER -> "Call your prescriber";
      case EXPECTED_MILD -> "Expected and mild";
    };
  }

  static String mg(BigDecimal mg) {
    return mg.stripTrailingZeros().toPlainString();
  }

  static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  static Instant start(LocalDate day) {
    return day.atStartOfDay(ZONE).toInstant();
  }
}
