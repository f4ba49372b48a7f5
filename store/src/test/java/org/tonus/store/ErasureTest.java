package org.tonus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tonus.core.triage.TriageOutcome;

/** Erasing a patient's data in one audited transaction, on H2 and on PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ErasureTest {
  private static final Instant NOW = Instant.parse("2026-03-20T00:00:00Z");
  private static final Instant EARLIER = Instant.parse("2026-03-10T08:00:00Z");
  private static final List<String> TABLES =
      List.of(
          "dose_event",
          "spasticity_score",
          "symptom_report",
          "note",
          "regimen",
          "dispensing",
          "pump_refill",
          "calendar_token");

  @Parameter TestDatabase database;

  private Store store;
  private long patient;
  private long other;
  private long carer;
  private long admin;

  @BeforeEach
  void open() {
    store = database.openFresh();
    patient = store.people().add(Role.PATIENT, "Ada Patient").id();
    other = store.people().add(Role.PATIENT, "Bo Patient").id();
    carer = store.people().add(Role.CAREGIVER, "Cy Carer").id();
    admin = store.people().add(Role.ADMIN, "Di Admin").id();
    fill(patient);
    fill(other);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void nothingClinicalRemainsThePersonIsDeidentifiedAndTheErasureIsAudited() {
    ErasureReceipt receipt = store.erasure().erase(patient, admin, NOW, "203.0.113.7");

    for (String table : TABLES) {
      assertThat(count(table, patient)).as(table).isZero();
      assertThat(count(table, other)).as(table + " of another patient").isEqualTo(1);
    }
    assertThat(store.careGrants().forPatient(patient)).isEmpty();
    assertThat(store.careGrants().forPatient(other)).hasSize(1);
    assertThat(store.people().find(patient))
        .contains(new Person(patient, Role.PATIENT, Erasure.ERASED_NAME));
    assertThat(store.people().find(other).orElseThrow().displayName()).isEqualTo("Bo Patient");
    assertThat(receipt.rowsDeleted()).containsEntry("dose_event", 1).containsEntry("care_grant", 1);
    assertThat(store.auditTrail().forPatient(patient, Instant.EPOCH, NOW.plusSeconds(1)))
        .containsExactly(
            new AuditEntry(admin, Optional.of(patient), Erasure.ACTION, NOW, "203.0.113.7"));
  }

  @Test
  void aFailurePartWayLeavesEverythingAsItWas() {
    Map<String, Integer> before = new LinkedHashMap<>();
    TABLES.forEach(table -> before.put(table, count(table, patient)));
    Erasure failing =
        new Erasure(
            store.database(),
            store.people(),
            table -> {
              if (table.equals("regimen")) {
                throw new SQLException("the disk filled up");
              }
            });

    assertThatThrownBy(() -> failing.erase(patient, admin, NOW, "203.0.113.7"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("rolled back");

    TABLES.forEach(
        table -> assertThat(count(table, patient)).as(table).isEqualTo(before.get(table)));
    assertThat(before.values()).containsOnly(1);
    assertThat(store.careGrants().forPatient(patient)).hasSize(1);
    assertThat(store.people().find(patient).orElseThrow().displayName()).isEqualTo("Ada Patient");
    assertThat(store.auditTrail().forPatient(patient, Instant.EPOCH, NOW.plusSeconds(1))).isEmpty();
  }

  @Test
  void onlyAPatientCanBeErased() {
    assertThatThrownBy(() -> store.erasure().erase(carer, admin, NOW, "here"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a patient");
    assertThatThrownBy(() -> store.erasure().erase(9999, admin, NOW, "here"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no person");
  }

  private void fill(long id) {
    store
        .doseEvents()
        .record(new DoseEvent(id, EARLIER, DoseKind.TAKEN, new BigDecimal("5.000")), NOW);
    store.spasticityScores().record(new SpasticityScore(id, EARLIER, 5, 2), NOW);
    store
        .symptomReports()
        .record(new SymptomReport(id, EARLIER, "a bit sleepy", TriageOutcome.EXPECTED_MILD), NOW);
    store.notes().record(new Note(id, carer, EARLIER, "took doses with food"), NOW);
    store
        .regimens()
        .add(
            new Regimen(
                id,
                RegimenSource.ENTERED,
                LocalDate.parse("2026-03-01"),
                Optional.empty(),
                3,
                "[{\"dailyMg\": 15}]"));
    store.dispensings().record(Dispensing.of(id, EARLIER, "baclofen 5 mg", "5 mg", "90"), NOW);
    store
        .pumpRefills()
        .record(
            new PumpRefillEntry(
                id,
                LocalDate.parse("2026-03-01"),
                new BigDecimal("20"),
                new BigDecimal("500"),
                new BigDecimal("100"),
                new BigDecimal("2"),
                LocalDate.parse("2026-05-23"),
                LocalDate.parse("2026-05-30")));
    store.calendarTokens().issue(id, NOW);
    store.careGrants().grant(carer, id, EARLIER);
  }

  private int count(String table, long id) {
    return store
        .database()
        .list(
            "SELECT COUNT(*) FROM " + table + " WHERE patient_id = ?",
            statement -> statement.setLong(1, id),
            row -> row.getInt(1))
        .get(0);
  }
}
