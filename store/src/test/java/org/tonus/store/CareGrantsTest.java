package org.tonus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Who may act for which patient, on embedded H2 and on a real PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class CareGrantsTest {
  private static final Instant GRANTED = Instant.parse("2026-03-01T09:00:00Z");
  private static final Instant REVOKED = Instant.parse("2026-03-10T09:00:00Z");
  private static final Instant NOW = Instant.parse("2026-03-20T00:00:00Z");

  /** Whether the actor's own kind of grant for their own patient exists, and in what state. */
  enum GrantState {
    NONE,
    GRANTED,
    REVOKED
  }

  @Parameter TestDatabase database;

  private Store store;
  private long ownPatient;
  private long otherPatient;

  @BeforeEach
  void open() {
    store = database.openFresh();
    ownPatient = store.people().add(Role.PATIENT, "Ada Patient").id();
    otherPatient = store.people().add(Role.PATIENT, "Cy Other").id();
  }

  @AfterEach
  void close() {
    store.close();
  }

  // "own" is the patient the grant is about; for a PATIENT it is themself, and the grant column is
  // a caregiver grant the patient gave to a third person, which must change nothing for the
  // patient. An ADMIN cannot hold a grant, so the same third-party grant is used: admins are
  // refused every patient whatever the grants.
  @ParameterizedTest(name = "{0} for {1} patient, grant {2}: {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          PATIENT   | own   | NONE    | true
          PATIENT   | own   | GRANTED | true
          PATIENT   | own   | REVOKED | true
          PATIENT   | other | NONE    | false
          PATIENT   | other | GRANTED | false
          PATIENT   | other | REVOKED | false
          CAREGIVER | own   | NONE    | false
          CAREGIVER | own   | GRANTED | true
          CAREGIVER | own   | REVOKED | false
          CAREGIVER | other | NONE    | false
          CAREGIVER | other | GRANTED | false
          CAREGIVER | other | REVOKED | false
          CLINICIAN | own   | NONE    | false
          CLINICIAN | own   | GRANTED | true
          CLINICIAN | own   | REVOKED | false
          CLINICIAN | other | NONE    | false
          CLINICIAN | other | GRANTED | false
          CLINICIAN | other | REVOKED | false
          ADMIN     | own   | NONE    | false
          ADMIN     | own   | GRANTED | false
          ADMIN     | own   | REVOKED | false
          ADMIN     | other | NONE    | false
          ADMIN     | other | GRANTED | false
          ADMIN     | other | REVOKED | false
          """)
  void mayActFollowsTheDecisionTable(Role role, String target, GrantState state, boolean allowed) {
    long actor = role == Role.PATIENT ? ownPatient : store.people().add(role, "Actor " + role).id();
    long grantee =
        role == Role.CAREGIVER || role == Role.CLINICIAN
            ? actor
            : store.people().add(Role.CAREGIVER, "Third Carer").id();
    if (state != GrantState.NONE) {
      store.careGrants().grant(grantee, ownPatient, GRANTED);
    }
    if (state == GrantState.REVOKED) {
      store.careGrants().revoke(grantee, ownPatient, REVOKED);
    }
    long patient = target.equals("own") ? ownPatient : otherPatient;

    assertThat(store.careGrants().mayAct(actor, patient, NOW)).isEqualTo(allowed);
  }

  @Test
  void aRevokedGrantStillCoveredTheTimeBeforeItsRevocation() {
    long carer = store.people().add(Role.CAREGIVER, "Bea Carer").id();
    store.careGrants().grant(carer, ownPatient, GRANTED);
    store.careGrants().revoke(carer, ownPatient, REVOKED);

    assertThat(store.careGrants().mayAct(carer, ownPatient, GRANTED.minusSeconds(1))).isFalse();
    assertThat(store.careGrants().mayAct(carer, ownPatient, GRANTED)).isTrue();
    assertThat(store.careGrants().mayAct(carer, ownPatient, REVOKED.minusSeconds(1))).isTrue();
    assertThat(store.careGrants().mayAct(carer, ownPatient, REVOKED)).isFalse();
  }

  @Test
  void grantingAgainAfterARevocationStartsANewGrantAndGrantingTwiceChangesNothing() {
    long clinician = store.people().add(Role.CLINICIAN, "Dr Dee").id();
    store.careGrants().grant(clinician, ownPatient, GRANTED);
    store.careGrants().grant(clinician, ownPatient, GRANTED.plusSeconds(60));
    assertThat(store.careGrants().revoke(clinician, ownPatient, REVOKED)).isTrue();
    assertThat(store.careGrants().revoke(clinician, ownPatient, REVOKED)).isFalse();
    Instant regranted = REVOKED.plusSeconds(3600);

    CareGrant grant = store.careGrants().grant(clinician, ownPatient, regranted);

    assertThat(grant)
        .isEqualTo(
            new CareGrant(clinician, ownPatient, GrantKind.PANEL, regranted, Optional.empty()));
    assertThat(store.careGrants().forPatient(ownPatient)).containsExactly(grant);
    assertThat(store.careGrants().mayAct(clinician, ownPatient, NOW)).isTrue();
  }

  @Test
  void onlyCaregiversAndCliniciansCanBeGrantedCareOfAPatient() {
    long admin = store.people().add(Role.ADMIN, "Root Admin").id();
    long carer = store.people().add(Role.CAREGIVER, "Bea Carer").id();

    assertThatThrownBy(() -> store.careGrants().grant(admin, ownPatient, GRANTED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ADMIN cannot be granted");
    assertThatThrownBy(() -> store.careGrants().grant(otherPatient, ownPatient, GRANTED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PATIENT cannot be granted");
    assertThatThrownBy(() -> store.careGrants().grant(carer, admin, GRANTED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("patientId must be a PATIENT");
    assertThatThrownBy(() -> store.careGrants().grant(carer + 1000, ownPatient, GRANTED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("granteeId must be a known person");
    assertThat(store.careGrants().forPatient(ownPatient)).isEmpty();
  }

  @Test
  void nobodyUnknownMayActAndNobodyMayActForANonPatient() {
    long carer = store.people().add(Role.CAREGIVER, "Bea Carer").id();

    assertThat(store.careGrants().mayAct(carer + 1000, ownPatient, NOW)).isFalse();
    assertThat(store.careGrants().mayAct(ownPatient, ownPatient + 1000, NOW)).isFalse();
    assertThat(store.careGrants().mayAct(carer, carer, NOW)).isFalse();
  }
}
