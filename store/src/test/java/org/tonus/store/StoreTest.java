package org.tonus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tonus.core.triage.TriageOutcome;

/** The same diary suite on embedded H2 and on a real PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class StoreTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Instant NOW = Instant.parse("2026-03-20T00:00:00Z");

  @Parameter TestDatabase database;

  private Store store;
  private long patient;

  @BeforeEach
  void open() {
    store = database.openFresh();
    patient = store.people().add(Role.PATIENT, "Ada Patient").id();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aPersonIsFoundByIdWithTheirRole() {
    Person carer = store.people().add(Role.CAREGIVER, "  Bea Carer ");

    assertThat(store.people().find(carer.id()))
        .contains(new Person(carer.id(), Role.CAREGIVER, "Bea Carer"));
    assertThat(store.people().find(carer.id() + 1000)).isEmpty();
  }

  @Test
  void aDoseEventComesBackExactlyAsWritten() {
    DoseEvent event =
        new DoseEvent(
            patient, Instant.parse("2026-03-10T06:00:00.123Z"), DoseKind.LATE, mg("0.125"));

    store.doseEvents().record(event, NOW);

    assertThat(store.doseEvents().between(patient, Instant.EPOCH, NOW)).containsExactly(event);
    assertThat(store.doseEvents().between(patient, Instant.EPOCH, NOW).get(0).doseMg())
        .isEqualTo(new BigDecimal("0.125"));
  }

  @Test
  void anEntryDatedAfterNowBeyondTheSkewIsRefusedAndNotStored() {
    DoseEvent tomorrow = new DoseEvent(patient, NOW.plusSeconds(86_400), DoseKind.TAKEN, mg("5"));
    DoseEvent fourMinutesAhead =
        new DoseEvent(patient, NOW.plusSeconds(240), DoseKind.TAKEN, mg("5"));

    assertThatThrownBy(() -> store.doseEvents().record(tomorrow, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at must not be in the future");
    store.doseEvents().record(fourMinutesAhead, NOW);

    assertThat(store.doseEvents().between(patient, Instant.EPOCH, NOW.plusSeconds(86_400 * 2)))
        .containsExactly(fourMinutesAhead);
  }

  @Test
  void scoresAndSymptomReportsRoundTripInTimeOrder() {
    SpasticityScore later =
        new SpasticityScore(patient, Instant.parse("2026-03-12T08:00:00Z"), 4, 1);
    SpasticityScore earlier =
        new SpasticityScore(patient, Instant.parse("2026-03-11T08:00:00Z"), 7, 3);
    SymptomReport report =
        new SymptomReport(
            patient,
            Instant.parse("2026-03-12T09:00:00Z"),
            "very sleepy, saw things that weren't there",
            TriageOutcome.SEEK_CARE_NOW);

    store.spasticityScores().record(later, NOW);
    store.spasticityScores().record(earlier, NOW);
    store.symptomReports().record(report, NOW);

    assertThat(store.spasticityScores().between(patient, Instant.EPOCH, NOW))
        .containsExactly(earlier, later);
    assertThat(store.symptomReports().between(patient, Instant.EPOCH, NOW)).containsExactly(report);
  }

  @Test
  void theDatabaseItselfRefusesAScoreOutOfRange() {
    // Bypasses the record's own check to prove the schema's CHECK holds on this database too.
    assertThatThrownBy(
            () ->
                store
                    .database()
                    .insert(
                        "INSERT INTO spasticity_score (patient_id, occurred_at, numeric_rating, penn)"
                            + " VALUES (?, CURRENT_TIMESTAMP, 11, 0)",
                        statement -> statement.setLong(1, patient)))
        .isInstanceOf(StoreException.class);
  }

  @Test
  void regimensRoundTripWithAnOpenEnd() {
    Regimen entered =
        new Regimen(
            patient,
            RegimenSource.ENTERED,
            LocalDate.parse("2026-02-01"),
            Optional.of(LocalDate.parse("2026-03-03")),
            3,
            "[{\"dailyMg\":15}]");
    Regimen planned =
        new Regimen(
            patient, RegimenSource.PLAN, LocalDate.parse("2026-03-04"), Optional.empty(), 2, "[]");

    store.regimens().add(planned);
    store.regimens().add(entered);

    assertThat(store.regimens().of(patient)).containsExactly(entered, planned);
  }

  @Test
  void weeklyAdherenceCountsPlannedDosesTakenOnTimeOrLate() {
    // Week Mon 2026-03-02 .. Sun 2026-03-08 in Paris (UTC+1).
    // Planned: Mon, Tue under the entered regimen, 3 a day = 6; Wed..Sun under the plan, 2 a day
    // = 10; 6 + 10 = 16.
    store
        .regimens()
        .add(
            new Regimen(
                patient,
                RegimenSource.ENTERED,
                LocalDate.parse("2026-02-01"),
                Optional.of(LocalDate.parse("2026-03-03")),
                3,
                "[]"));
    store
        .regimens()
        .add(
            new Regimen(
                patient,
                RegimenSource.PLAN,
                LocalDate.parse("2026-03-04"),
                Optional.empty(),
                2,
                "[]"));
    // Taken: 5 TAKEN (Mon, Tue, Wed, Thu, and Sun 23:30 local which is still Sunday) + 1 LATE = 6.
    // Not counted: the MISSED, the EXTRA, and the TAKEN at 00:30 local on the next Monday.
    dose("2026-03-02T08:00", DoseKind.TAKEN, "5");
    dose("2026-03-03T08:00", DoseKind.TAKEN, "5");
    dose("2026-03-04T08:00", DoseKind.TAKEN, "5");
    dose("2026-03-05T08:00", DoseKind.TAKEN, "5");
    dose("2026-03-06T11:00", DoseKind.LATE, "5");
    dose("2026-03-07T08:00", DoseKind.MISSED, "5");
    dose("2026-03-07T20:00", DoseKind.EXTRA, "5");
    dose("2026-03-08T23:30", DoseKind.TAKEN, "5");
    dose("2026-03-09T00:30", DoseKind.TAKEN, "5");

    WeeklyAdherence week = store.diary().adherence(patient, LocalDate.parse("2026-03-05"), PARIS);

    // 6 / 16 = 0.375
    assertThat(week.monday()).isEqualTo(LocalDate.parse("2026-03-02"));
    assertThat(week.taken()).isEqualTo(6);
    assertThat(week.planned()).isEqualTo(16);
    assertThat(week.fraction()).hasValue(new BigDecimal("0.3750"));
  }

  @Test
  void theDailyDoseRunsOverTheDosesTakenThatLocalDay() {
    dose("2026-03-10T07:00", DoseKind.TAKEN, "5");
    dose("2026-03-10T13:00", DoseKind.MISSED, "5");
    dose("2026-03-10T16:00", DoseKind.LATE, "5");
    dose("2026-03-10T21:00", DoseKind.EXTRA, "2.5");
    // 00:10 local on the 11th is 23:10 UTC on the 10th: the next local day.
    dose("2026-03-11T00:10", DoseKind.TAKEN, "5");

    DailyDose day = store.diary().dailyDose(patient, LocalDate.parse("2026-03-10"), PARIS);

    // 5 -> 5 + 5 (late) = 10 -> 10 + 2.5 (extra) = 12.5; the missed dose adds nothing.
    assertThat(day.running())
        .extracting(RunningDose::totalMg)
        .containsExactly(mg("5"), mg("10"), mg("12.5"));
    assertThat(day.totalMg()).isEqualTo(new BigDecimal("12.500"));
  }

  private void dose(String localParis, DoseKind kind, String mg) {
    Instant at = LocalDateTime.parse(localParis).atZone(PARIS).toInstant();
    store.doseEvents().record(new DoseEvent(patient, at, kind, mg(mg)), NOW);
  }

  private static BigDecimal mg(String value) {
    return new BigDecimal(value).setScale(3);
  }
}
