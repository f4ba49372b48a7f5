package org.tonus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.intrathecal.PumpRefillRequest;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.patient.Patient;

/** The diary alerts read from stored events, regimens and refills, on H2 and on PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class DiaryAlertsTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
  private static final Knowledge KNOWLEDGE = KnowledgeLoader.loadBundled();
  private static final Patient ADULT = Patient.aged(45);

  @Parameter TestDatabase database;

  private Store store;
  private long patient;

  @BeforeEach
  void open() {
    store = database.openFresh();
    patient = store.people().add(Role.PATIENT, "Ada Patient").id();
    store
        .regimens()
        .add(
            new Regimen(
                patient,
                RegimenSource.ENTERED,
                LocalDate.parse("2026-03-01"),
                Optional.empty(),
                3,
                "[{\"doseMg\": 20, \"dosesPerDay\": 3}]"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void storedDaysGiveTheDoseAboveMaximumAndTheMissedDaysAtAHighDose() {
    // Regimen 20 mg x 3 = 60 mg/day, at least 0.5 x 80 = 40 (WD-07): high.
    // 03-02: one missed; 03-03: two missed -> 2 days in a row, 3 doses.
    dose("2026-03-02T08:00", DoseKind.TAKEN, "20");
    dose("2026-03-02T14:00", DoseKind.MISSED, "20");
    dose("2026-03-02T20:00", DoseKind.TAKEN, "20");
    dose("2026-03-03T08:00", DoseKind.MISSED, "20");
    dose("2026-03-03T14:00", DoseKind.TAKEN, "20");
    dose("2026-03-03T20:00", DoseKind.MISSED, "20");
    // 03-04: 20 + 20 + 20 + 40 extra at 23:30 local (22:30 UTC, still 03-04 in Paris) = 100 > 80.
    dose("2026-03-04T08:00", DoseKind.TAKEN, "20");
    dose("2026-03-04T14:00", DoseKind.TAKEN, "20");
    dose("2026-03-04T20:00", DoseKind.TAKEN, "20");
    dose("2026-03-04T23:30", DoseKind.EXTRA, "40");
    // 00:30 local on 03-06 is outside the span asked for.
    dose("2026-03-06T00:30", DoseKind.EXTRA, "200");

    List<Alert> alerts =
        store
            .diaryAlerts(KNOWLEDGE)
            .of(patient, Jurisdiction.US, ADULT, day("2026-03-01"), day("2026-03-05"), PARIS);

    assertThat(alerts)
        .extracting(Alert::code, Alert::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AlertCode.DOSE_ABOVE_MAX, Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple(AlertCode.ABRUPT_STOP_RISK, Severity.WARNING));
    assertThat(alerts.get(0).evidence())
        .containsEntry("day", "2026-03-04")
        .containsEntry("takenMg", "100")
        .containsEntry("maximumDailyMg", "80");
    assertThat(alerts.get(1).evidence())
        .containsEntry("firstDay", "2026-03-02")
        .containsEntry("lastDay", "2026-03-03")
        .containsEntry("missedDoses", "3")
        .containsEntry("regimenDailyMg", "60");
    assertThat(alerts.get(1).sources()).contains("tonus-policy");
  }

  @Test
  void anOverduePumpRefillIsCritical() {
    // (20 - 2) mL x 500 mcg/mL / 100 mcg/day = 90 days: alarm 05-30, due 05-23 (IT-13-G).
    store
        .refills(KNOWLEDGE)
        .recordPumpRefill(
            patient,
            PumpRefillRequest.of(
                Jurisdiction.US, day("2026-03-01"), "20 mL", "500 mcg/mL", "100 mcg/day", "2 mL"));

    List<Alert> onTime =
        store
            .diaryAlerts(KNOWLEDGE)
            .of(patient, Jurisdiction.US, ADULT, day("2026-05-10"), day("2026-05-15"), PARIS);
    List<Alert> late =
        store
            .diaryAlerts(KNOWLEDGE)
            .of(patient, Jurisdiction.US, ADULT, day("2026-05-20"), day("2026-05-25"), PARIS);

    // 05-15 is 8 days before 05-23: beyond the 7-day lead. 05-25 is 2 days after it.
    assertThat(onTime).isEmpty();
    assertThat(late)
        .singleElement()
        .satisfies(
            alert -> {
              assertThat(alert.code()).isEqualTo(AlertCode.ABRUPT_STOP_RISK);
              assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
              assertThat(alert.evidence()).containsEntry("daysUntilDue", "-2");
            });
  }

  private void dose(String localParis, DoseKind kind, String mg) {
    Instant at = LocalDateTime.parse(localParis).atZone(PARIS).toInstant();
    store
        .doseEvents()
        .record(new DoseEvent(patient, at, kind, new BigDecimal(mg).setScale(3)), NOW);
  }

  private static LocalDate day(String date) {
    return LocalDate.parse(date);
  }
}
