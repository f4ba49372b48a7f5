package org.tonus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The audit trail and notes, on embedded H2 and on a real PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class AuditTrailTest {
  private static final Instant NOW = Instant.parse("2026-03-20T00:00:00Z");

  @Parameter TestDatabase database;

  private Store store;
  private long patient;
  private long carer;
  private long admin;

  @BeforeEach
  void open() {
    store = database.openFresh();
    patient = store.people().add(Role.PATIENT, "Ada Patient").id();
    carer = store.people().add(Role.CAREGIVER, "Bea Carer").id();
    admin = store.people().add(Role.ADMIN, "Root Admin").id();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void entriesAreQueriedByPatientAndByTimeInTheOrderTheyHappened() {
    AuditEntry read =
        entry(carer, Optional.of(patient), "READ_DOSE_EVENTS", "2026-03-12T08:00:00.5Z");
    AuditEntry login = entry(admin, Optional.empty(), "LOGIN", "2026-03-11T08:00:00Z");
    AuditEntry write =
        entry(patient, Optional.of(patient), "WRITE_DOSE_EVENT", "2026-03-11T09:00:00Z");
    AuditEntry late = entry(carer, Optional.of(patient), "READ_NOTES", "2026-03-15T00:00:00Z");
    for (AuditEntry entry : new AuditEntry[] {read, login, write, late}) {
      store.auditTrail().append(entry);
    }

    assertThat(
            store
                .auditTrail()
                .forPatient(patient, Instant.parse("2026-03-01T00:00:00Z"), late.at()))
        .containsExactly(write, read);
    assertThat(store.auditTrail().between(Instant.EPOCH, NOW))
        .containsExactly(login, write, read, late);
    assertThat(store.auditTrail().forPatient(patient + 1000, Instant.EPOCH, NOW)).isEmpty();
  }

  @Test
  void theTrailOffersNoWayToChangeOrRemoveAnEntry() {
    assertThat(Arrays.stream(AuditTrail.class.getDeclaredMethods()))
        .filteredOn(method -> Modifier.isPublic(method.getModifiers()))
        .extracting(Method::getName)
        .containsExactlyInAnyOrder("append", "forPatient", "between");
  }

  @Test
  void theDatabaseItselfRefusesToUpdateOrDeleteAnEntry() {
    AuditEntry entry =
        entry(carer, Optional.of(patient), "READ_DOSE_EVENTS", "2026-03-12T08:00:00Z");
    store.auditTrail().append(entry);

    assertThatThrownBy(
            () ->
                store
                    .database()
                    .update(
                        "UPDATE audit_entry SET actor_id = ?",
                        statement -> statement.setLong(1, admin)))
        .isInstanceOf(StoreException.class)
        .rootCause()
        .hasMessageContaining("audit_entry is append-only: UPDATE refused");
    assertThatThrownBy(() -> store.database().update("DELETE FROM audit_entry", statement -> {}))
        .isInstanceOf(StoreException.class)
        .rootCause()
        .hasMessageContaining("audit_entry is append-only: DELETE refused");
    // H2 has no TRUNCATE trigger; it refuses to truncate a table another refers to (V5's guard)
    assertThatThrownBy(() -> store.database().update("TRUNCATE TABLE audit_entry", statement -> {}))
        .isInstanceOf(StoreException.class)
        .rootCause()
        .hasMessageContaining(
            database == TestDatabase.POSTGRESQL
                ? "audit_entry is append-only: TRUNCATE refused"
                : "Cannot truncate");
    assertThat(store.auditTrail().between(Instant.EPOCH, NOW)).containsExactly(entry);
  }

  @Test
  void notesRoundTripInTimeOrderAndAFutureNoteIsRefused() {
    Note later = new Note(patient, carer, Instant.parse("2026-03-12T08:00:00Z"), "slept badly");
    Note earlier =
        new Note(patient, patient, Instant.parse("2026-03-11T08:00:00Z"), " legs stiff at dawn ");
    store.notes().record(later, NOW);
    store.notes().record(earlier, NOW);

    assertThat(store.notes().between(patient, Instant.EPOCH, NOW)).containsExactly(earlier, later);
    assertThat(earlier.text()).isEqualTo("legs stiff at dawn");
    assertThatThrownBy(
            () -> store.notes().record(new Note(patient, carer, NOW.plusSeconds(3600), "x"), NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at must not be in the future");
  }

  private static AuditEntry entry(long actor, Optional<Long> patient, String action, String at) {
    return new AuditEntry(actor, patient, action, Instant.parse(at), "203.0.113.7");
  }
}
