package org.tonus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Calendar feed tokens on H2 and on PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class CalendarTokensTest {
  private static final Instant NOW = Instant.parse("2026-03-20T00:00:00Z");

  @Parameter TestDatabase database;

  private Store store;
  private long patient;
  private long other;

  @BeforeEach
  void open() {
    store = database.openFresh();
    patient = store.people().add(Role.PATIENT, "Ada Patient").id();
    other = store.people().add(Role.PATIENT, "Bo Patient").id();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aTokenIs32RandomBytesInBase64UrlAndResolvesToItsPatient() {
    String token = store.calendarTokens().issue(patient, NOW);
    String second = store.calendarTokens().issue(other, NOW);

    assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
    assertThat(token).hasSize(43).doesNotContain("=", "+", "/");
    assertThat(second).isNotEqualTo(token);
    assertThat(store.calendarTokens().resolve(token)).contains(patient);
    assertThat(store.calendarTokens().resolve(second)).contains(other);
  }

  @Test
  void onlyTheHashIsStored() {
    String token = store.calendarTokens().issue(patient, NOW);

    List<String> stored =
        store
            .database()
            .list(
                "SELECT token_sha256 FROM calendar_token",
                statement -> {},
                row -> row.getString(1).trim());
    assertThat(stored).containsExactly(CalendarTokens.sha256(token)).doesNotContain(token);
  }

  @Test
  void revokedUnknownAndMalformedTokensResolveToNothing() {
    String token = store.calendarTokens().issue(patient, NOW);
    String kept = store.calendarTokens().issue(patient, NOW);

    assertThat(store.calendarTokens().revoke(token, NOW)).isTrue();
    assertThat(store.calendarTokens().revoke(token, NOW)).isFalse();

    assertThat(store.calendarTokens().resolve(token)).isEmpty();
    assertThat(store.calendarTokens().resolve(kept)).contains(patient);
    assertThat(store.calendarTokens().resolve("A".repeat(43))).isEmpty();
    assertThat(store.calendarTokens().resolve("not a token")).isEmpty();
    assertThat(store.calendarTokens().resolve("")).isEmpty();
    assertThat(store.calendarTokens().resolve(null)).isEmpty();
  }

  @Test
  void revokingAllOfAPatientsTokensLeavesOthersAlone() {
    String first = store.calendarTokens().issue(patient, NOW);
    String second = store.calendarTokens().issue(patient, NOW);
    String others = store.calendarTokens().issue(other, NOW);

    assertThat(store.calendarTokens().revokeAll(patient, NOW)).isEqualTo(2);

    assertThat(store.calendarTokens().resolve(first)).isEmpty();
    assertThat(store.calendarTokens().resolve(second)).isEmpty();
    assertThat(store.calendarTokens().resolve(others)).contains(other);
  }
}
