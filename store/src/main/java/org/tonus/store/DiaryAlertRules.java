package org.tonus.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.intrathecal.PumpRefillRequest;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.patient.Patient;

/**
 * The diary's own alerts, computed from diary days without any I/O: a day whose swallowed total is
 * above the patient's oral maximum (DOSE_ABOVE_MAX, critical from POL-02's multiple); missed doses
 * on consecutive days while the regimen's daily dose is high (ABRUPT_STOP_RISK, WD-07); a pump
 * refill due within the IT-13-G margin (warning) or overdue (critical, SEEK-11).
 */
final class DiaryAlertRules {
  /** Days in a row with missed doses that make a withdrawal risk (issue 6; WD-07's text). */
  static final int MISSED_DAYS_IN_A_ROW = 2;

  private final DiaryFacts facts;

  DiaryAlertRules(DiaryFacts facts) {
    this.facts = facts;
  }

  List<Alert> alerts(
      Jurisdiction jurisdiction,
      Patient patient,
      List<DiaryDay> days,
      Optional<PumpRefillEntry> pump,
      LocalDate today) {
    List<Alert> alerts = new ArrayList<>();
    Optional<DiaryFacts.Maximum> maximum = facts.oralMaximum(jurisdiction, patient);
    if (maximum.isPresent()) {
      for (DiaryDay day : days) {
        aboveMaximum(day, maximum.get()).ifPresent(alerts::add);
      }
      alerts.addAll(missedAtHighDose(days, maximum.get()));
    }
    pump.flatMap(refill -> refillDue(refill, today)).ifPresent(alerts::add);
    return List.copyOf(alerts);
  }

  private Optional<Alert> aboveMaximum(DiaryDay day, DiaryFacts.Maximum maximum) {
    if (day.takenMg().compareTo(maximum.mg()) <= 0) {
      return Optional.empty();
    }
    Fact policy = facts.fact(DiaryFacts.CRITICAL_MULTIPLE);
    // POL-02: critical from 1.5 x the maximum, a likely slip rather than a decision.
    boolean critical =
        day.takenMg().compareTo(maximum.mg().multiply(facts.criticalMultiple())) >= 0;
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("day", day.date().toString());
    evidence.put("takenMg", DiaryFacts.plain(day.takenMg()));
    evidence.put("maximumDailyMg", DiaryFacts.plain(maximum.mg()));
    evidence.put("maximumBasis", maximum.basis());
    evidence.put("rules", rules(maximum.fact(), policy));
    return Optional.of(
        new Alert(
            AlertCode.DOSE_ABOVE_MAX,
            critical ? Severity.CRITICAL : Severity.WARNING,
            "On "
                + day.date()
                + " the doses taken add up to "
                + DiaryFacts.plain(day.takenMg())
                + " mg, above the maximum of "
                + DiaryFacts.plain(maximum.mg())
                + " mg a day"
                + (critical
                    ? ", by half as much again or more: check the entries and the patient."
                    : "."),
            evidence,
            sources(maximum.fact(), policy)));
  }

  private List<Alert> missedAtHighDose(List<DiaryDay> days, DiaryFacts.Maximum maximum) {
    Fact share = facts.fact(DiaryFacts.HIGH_DOSE_SHARE);
    // WD-07: a regimen of at least this share of the maximum is a high dose.
    BigDecimal highFrom = maximum.mg().multiply(facts.highDoseShare());
    List<Alert> alerts = new ArrayList<>();
    List<DiaryDay> run = new ArrayList<>();
    for (DiaryDay day : days) {
      boolean counts =
          day.missedDoses() > 0
              && day.regimenDailyMg().map(mg -> mg.compareTo(highFrom) >= 0).orElse(false);
      boolean continues =
          !run.isEmpty() && run.get(run.size() - 1).date().plusDays(1).equals(day.date());
      if (counts && (run.isEmpty() || continues)) {
        run.add(day);
        continue;
      }
      flush(run, highFrom, maximum, share).ifPresent(alerts::add);
      run.clear();
      if (counts) {
        run.add(day);
      }
    }
    flush(run, highFrom, maximum, share).ifPresent(alerts::add);
    return alerts;
  }

  private Optional<Alert> flush(
      List<DiaryDay> run, BigDecimal highFrom, DiaryFacts.Maximum maximum, Fact share) {
    if (run.size() < MISSED_DAYS_IN_A_ROW) {
      return Optional.empty();
    }
    DiaryDay first = run.get(0);
    DiaryDay last = run.get(run.size() - 1);
    int missed = run.stream().mapToInt(DiaryDay::missedDoses).sum();
    BigDecimal highest =
        run.stream()
            .map(day -> day.regimenDailyMg().orElseThrow())
            .reduce(BigDecimal.ZERO, BigDecimal::max);
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("firstDay", first.date().toString());
    evidence.put("lastDay", last.date().toString());
    evidence.put("days", Integer.toString(run.size()));
    evidence.put("missedDoses", Integer.toString(missed));
    evidence.put("regimenDailyMg", DiaryFacts.plain(highest));
    evidence.put("highDoseFromMg", DiaryFacts.plain(highFrom));
    evidence.put("rules", rules(share, maximum.fact()));
    return Optional.of(
        new Alert(
            AlertCode.ABRUPT_STOP_RISK,
            Severity.WARNING,
            "Doses were missed on "
                + run.size()
                + " days in a row ("
                + first.date()
                + " to "
                + last.date()
                + ", "
                + missed
                + " doses) at a regimen of "
                + DiaryFacts.plain(highest)
                + " mg a day, a high dose: stopping suddenly can bring on withdrawal"
                + " (hallucinations, seizures, high fever, rebound stiffness). Contact the"
                + " prescriber; do not make up the missed doses at once.",
            evidence,
            sources(share, maximum.fact())));
  }

  private Optional<Alert> refillDue(PumpRefillEntry refill, LocalDate today) {
    Fact margin = facts.fact(DiaryFacts.PUMP_MARGIN);
    // IT-13-G: the margin the refill due date keeps before the alarm is also the warning's lead.
    int leadDays = PumpRefillRequest.DEFAULT_MARGIN_DAYS;
    long daysUntilDue = ChronoUnit.DAYS.between(today, refill.refillDueBy());
    if (daysUntilDue > leadDays) {
      return Optional.empty();
    }
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("today", today.toString());
    evidence.put("lastRefill", refill.refilledOn().toString());
    evidence.put("refillDueBy", refill.refillDueBy().toString());
    evidence.put("alarmDate", refill.alarmDate().toString());
    evidence.put("daysUntilDue", Long.toString(daysUntilDue));
    if (daysUntilDue >= 0) {
      evidence.put("leadDays", Integer.toString(leadDays));
      evidence.put("rules", rules(margin));
      return Optional.of(
          new Alert(
              AlertCode.ABRUPT_STOP_RISK,
              Severity.WARNING,
              "The intrathecal pump refill is due "
                  + (daysUntilDue == 0 ? "today" : "in " + daysUntilDue + " days")
                  + ", by "
                  + refill.refillDueBy()
                  + " (the low-reservoir alarm is expected on "
                  + refill.alarmDate()
                  + "). Make sure the refill is booked: an empty pump interrupts delivery.",
              evidence,
              sources(margin)));
    }
    Fact overdue = facts.fact(DiaryFacts.OVERDUE_REFILL);
    evidence.put("rules", rules(margin, overdue));
    return Optional.of(
        new Alert(
            AlertCode.ABRUPT_STOP_RISK,
            Severity.CRITICAL,
            "The intrathecal pump refill was due by "
                + refill.refillDueBy()
                + " and is "
                + (-daysUntilDue)
                + " days overdue"
                + (today.isBefore(refill.alarmDate())
                    ? "; the low-reservoir alarm is expected on " + refill.alarmDate()
                    : "; the reservoir has reached its alarm volume")
                + ". An interrupted pump can cause severe withdrawal: contact the pump clinic now,"
                + " and go to hospital if stiffness returns, itching, fever or confusion appear.",
            evidence,
            sources(margin, overdue)));
  }

  private static String rules(Fact... used) {
    StringJoiner joined = new StringJoiner(", ");
    for (Fact fact : used) {
      joined.add(fact.id());
    }
    return joined.toString();
  }

  private static List<String> sources(Fact... used) {
    Set<String> sources = new LinkedHashSet<>();
    for (Fact fact : used) {
      sources.addAll(fact.sources());
    }
    return List.copyOf(sources);
  }
}
