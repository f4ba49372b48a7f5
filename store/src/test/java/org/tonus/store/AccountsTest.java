package org.tonus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Accounts, logins, lockout and sign-in tokens, on embedded H2 and on a real PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class AccountsTest {
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final String PASSWORD = "correct horse battery";

  @Parameter TestDatabase database;

  private Store store;
  private Accounts accounts;
  private Person ada;

  @BeforeEach
  void open() {
    store = database.openFresh();
    accounts = store.accounts();
    ada = accounts.add(Role.PATIENT, "Ada Patient", "Ada.P", PASSWORD);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void theRightPasswordSignsInInAnyCaseOfTheUsername() {
    assertThat(accounts.login("ada.p", PASSWORD, NOW)).isEqualTo(new LoginResult.Succeeded(ada));
    assertThat(accounts.login("ADA.P", PASSWORD, NOW)).isEqualTo(new LoginResult.Succeeded(ada));
    assertThat(store.people().find(ada.id())).contains(ada);
  }

  @Test
  void theHashIsArgon2idInPhcFormAndNeverThePassword() {
    String stored =
        store
            .database()
            .list("SELECT password_hash FROM account", statement -> {}, row -> row.getString(1))
            .get(0);

    assertThat(stored)
        .startsWith("$argon2id$v=19$m=19456,t=2,p=1$")
        .doesNotContain(PASSWORD)
        .matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
  }

  @Test
  void aWrongPasswordAndAnUnknownUsernameGetTheSameRefusal() {
    assertThat(accounts.login("ada.p", "wrong password", NOW))
        .isEqualTo(accounts.login("nobody", "wrong password", NOW))
        .isEqualTo(new LoginResult.Refused());
  }

  @Test
  void theUsernameIsUniqueRegardlessOfCase() {
    assertThatThrownBy(() -> accounts.add(Role.CAREGIVER, "Other", "ADA.p", PASSWORD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("username 'ADA.p' is taken");
  }

  @Test
  void badUsernamesAndShortPasswordsAreRefusedWithTheirField() {
    assertThatThrownBy(() -> accounts.add(Role.PATIENT, "X", "a b", PASSWORD))
        .hasMessageStartingWith("username must be 3 to 64 of the characters");
    assertThatThrownBy(() -> accounts.add(Role.PATIENT, "X", "xavier", "short"))
        .hasMessage("password must be 10 to 256 characters, was 5");
  }

  @Test
  void fiveFailuresInARowLockTheAccountForFifteenMinutesEvenAgainstTheRightPassword() {
    for (int failure = 1; failure < Accounts.MAX_FAILED_LOGINS; failure++) {
      assertThat(accounts.login("ada.p", "wrong password", NOW.plusSeconds(failure)))
          .isEqualTo(new LoginResult.Refused());
    }
    Instant fifth = NOW.plusSeconds(Accounts.MAX_FAILED_LOGINS);
    // 15 min after the fifth failure
    Instant until = fifth.plus(Accounts.LOCKOUT);

    assertThat(accounts.login("ada.p", "wrong password", fifth))
        .isEqualTo(new LoginResult.Locked(until));
    assertThat(accounts.login("ada.p", PASSWORD, until.minusSeconds(1)))
        .isEqualTo(new LoginResult.Locked(until));
    assertThat(accounts.login("ada.p", PASSWORD, until)).isEqualTo(new LoginResult.Succeeded(ada));
  }

  @Test
  void aSuccessfulLoginResetsTheFailureCount() {
    for (int failure = 1; failure < Accounts.MAX_FAILED_LOGINS; failure++) {
      accounts.login("ada.p", "wrong password", NOW);
    }
    assertThat(accounts.find("ada.p").orElseThrow().failedLogins())
        .isEqualTo(Accounts.MAX_FAILED_LOGINS - 1);

    accounts.login("ada.p", PASSWORD, NOW);

    assertThat(accounts.find("ada.p").orElseThrow().failedLogins()).isZero();
    assertThat(accounts.login("ada.p", "wrong password", NOW)).isEqualTo(new LoginResult.Refused());
  }

  @Test
  void aTokenSignsInUntilItExpiresOrIsRevoked() {
    Sessions sessions = store.sessions();
    IssuedToken token = sessions.issue(ada.id(), NOW);
    IssuedToken other = sessions.issue(ada.id(), NOW);

    assertThat(token.token()).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(other.token());
    assertThat(token.expiresAt()).isEqualTo(NOW.plus(Sessions.TOKEN_LIFETIME));
    assertThat(token.toString()).doesNotContain(token.token());
    assertThat(sessions.authenticate(token.token(), NOW.plusSeconds(60))).contains(ada);
    assertThat(sessions.authenticate(token.token(), token.expiresAt())).isEmpty();
    assertThat(sessions.authenticate("x" + token.token().substring(1), NOW)).isEmpty();
    assertThat(sessions.authenticate("not a token", NOW)).isEmpty();

    assertThat(sessions.revoke(token.token(), NOW.plusSeconds(120))).isTrue();
    assertThat(sessions.revoke(token.token(), NOW.plusSeconds(121))).isFalse();
    assertThat(sessions.authenticate(token.token(), NOW.plusSeconds(180))).isEmpty();
    assertThat(sessions.authenticate(other.token(), NOW.plusSeconds(180))).contains(ada);
  }

  @Test
  void onlyTheTokensSha256IsStored() {
    IssuedToken token = store.sessions().issue(ada.id(), NOW);

    List<String> stored =
        store
            .database()
            .list(
                "SELECT token_sha256 FROM session_token", statement -> {}, row -> row.getString(1));

    assertThat(stored).hasSize(1);
    assertThat(stored.get(0)).hasSize(64).matches("[0-9a-f]+").doesNotContain(token.token());
  }

  @Test
  void aPanelListsTheGrantsAClinicianHolds() {
    Person clinician = accounts.add(Role.CLINICIAN, "Dr Who", "drwho", PASSWORD);
    store.careGrants().grant(clinician.id(), ada.id(), NOW);

    assertThat(store.careGrants().heldBy(clinician.id()))
        .extracting(CareGrant::patientId)
        .containsExactly(ada.id());
  }
}
