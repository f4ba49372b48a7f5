package org.tonus.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tonus.store.AuditEntry;
import org.tonus.store.Role;

/**
 * Every patient-data endpoint, GET and POST, called by every kind of caller for their own patient
 * and for another: who may (2xx, with the patient's data) and who may not (401 anonymous, 403
 * otherwise, with a DENIED audit entry naming the caller).
 */
class AuthorizationMatrixTest {
  /** Who calls, and for which patient ("own") they hold whatever they hold. */
  enum Caller {
    PATIENT,
    CAREGIVER_GRANTED,
    CAREGIVER_REVOKED,
    CAREGIVER_NEVER_GRANTED,
    CLINICIAN_WITH_PANEL,
    CLINICIAN_WITHOUT,
    ADMIN,
    ANONYMOUS
  }

  /** A patient endpoint: method, path after /api/patients/{id}, body for POST. */
  record Endpoint(String method, String path, String body) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  static final List<Endpoint> ENDPOINTS =
      List.of(
          new Endpoint("GET", "/regimens", ""),
          new Endpoint(
              "POST",
              "/regimens",
              "{\"start\": \"2026-11-01\", \"dosesPerDay\": 3,"
                  + " \"steps\": [{\"fromDay\": 1, \"doseMg\": 5}]}"),
          new Endpoint("GET", "/dose-events", ""),
          new Endpoint("POST", "/dose-events", "{\"kind\": \"taken\", \"doseMg\": 10}"),
          new Endpoint("GET", "/symptom-reports", ""),
          new Endpoint("POST", "/symptom-reports", "{\"text\": \"a bit sleepy in the afternoon\"}"),
          new Endpoint("GET", "/spasticity-scores", ""),
          new Endpoint("POST", "/spasticity-scores", "{\"numericRating\": 4, \"penn\": 1}"),
          new Endpoint("GET", "/notes", ""),
          new Endpoint("POST", "/notes", "{\"text\": \"walked to the shop\"}"),
          new Endpoint("GET", "/adherence?week=2026-11-23", ""),
          new Endpoint("GET", "/daily-dose?day=2026-11-23&zone=Europe/London", ""),
          new Endpoint("GET", "/caregivers", ""),
          new Endpoint("GET", "/dispensings", ""),
          new Endpoint(
              "POST",
              "/dispensings",
              "{\"product\": \"baclofen 10 mg tablets\", \"strength\": \"10 mg\","
                  + " \"quantity\": 90}"),
          new Endpoint(
              "POST",
              "/pump-refills",
              "{\"refillDate\": \"2026-11-23\", \"volumeMl\": 20, \"concentrationMcgPerMl\":"
                  + " 500, \"dailyDoseMcg\": 300, \"reserveMl\": 2}"),
          new Endpoint("GET", "/refills?day=2026-11-23", ""),
          new Endpoint("GET", "/alerts?ageYears=50&today=2026-11-23", ""),
          new Endpoint("POST", "/calendar-tokens", ""),
          new Endpoint("GET", "/export", ""));

  static DiaryServer server;
  static Map<Caller, DiaryServer.Signed> callers;
  static long ownPatient;
  static long otherPatient;

  @BeforeAll
  static void people() throws IOException {
    server = new DiaryServer();
    DiaryServer.Signed patient = server.person(Role.PATIENT, "Ada Patient");
    DiaryServer.Signed other = server.person(Role.PATIENT, "Cy Other");
    ownPatient = patient.id();
    otherPatient = other.id();
    DiaryServer.Signed granted = server.person(Role.CAREGIVER, "Gus Granted");
    DiaryServer.Signed revoked = server.person(Role.CAREGIVER, "Rev Revoked");
    DiaryServer.Signed never = server.person(Role.CAREGIVER, "Nev Never");
    DiaryServer.Signed panel = server.person(Role.CLINICIAN, "Dr Panel");
    DiaryServer.Signed without = server.person(Role.CLINICIAN, "Dr Without");
    DiaryServer.Signed admin = server.person(Role.ADMIN, "Ann Admin");
    Instant before = Instant.now().minusSeconds(3600);
    server.store.careGrants().grant(granted.id(), ownPatient, before);
    server.store.careGrants().grant(revoked.id(), ownPatient, before);
    server.store.careGrants().revoke(revoked.id(), ownPatient, before.plusSeconds(60));
    server.store.careGrants().grant(panel.id(), ownPatient, before);
    // the other patient's own caregiver and clinician, so "other" is a real patient with grants
    server.store.careGrants().grant(server.person(Role.CAREGIVER, "X").id(), otherPatient, before);
    callers =
        Map.of(
            Caller.PATIENT, patient,
            Caller.CAREGIVER_GRANTED, granted,
            Caller.CAREGIVER_REVOKED, revoked,
            Caller.CAREGIVER_NEVER_GRANTED, never,
            Caller.CLINICIAN_WITH_PANEL, panel,
            Caller.CLINICIAN_WITHOUT, without,
            Caller.ADMIN, admin);
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  static boolean allowed(Caller caller, boolean own) {
    return own
        && (caller == Caller.PATIENT
            || caller == Caller.CAREGIVER_GRANTED
            || caller == Caller.CLINICIAN_WITH_PANEL);
  }

  static Stream<Arguments> matrix() {
    List<Arguments> cases = new ArrayList<>();
    for (Caller caller : Caller.values()) {
      for (Endpoint endpoint : ENDPOINTS) {
        for (boolean own : List.of(true, false)) {
          int expected =
              caller == Caller.ANONYMOUS
                  ? 401
                  : allowed(caller, own) ? (endpoint.method().equals("POST") ? 201 : 200) : 403;
          cases.add(Arguments.of(caller, endpoint, own ? "own" : "other", expected));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} for {2} patient: {3}")
  @MethodSource("matrix")
  void everyCallerGetsExactlyWhatTheGrantsAllow(
      Caller caller, Endpoint endpoint, String whose, int expected) {
    long patient = whose.equals("own") ? ownPatient : otherPatient;
    DiaryServer.Signed signed = callers.get(caller);
    String token = signed == null ? null : signed.token();
    Instant before = Instant.now().minusSeconds(1);

    HttpResponse<String> response =
        server.send(
            endpoint.method(),
            "/api/patients/" + patient + endpoint.path(),
            token,
            endpoint.body());

    if (expected >= 400) {
      JsonNode problem = ProblemsTest.problem(response, expected);
      if (expected == 403) {
        assertThat(problem.path("type").asText()).isEqualTo(Problem.FORBIDDEN);
        AuditEntry denial = lastAuditEntry(patient, before);
        assertThat(denial.actorId()).isEqualTo(signed.id());
        assertThat(denial.action()).startsWith("DENIED_");
      } else {
        assertThat(response.headers().firstValue("WWW-Authenticate"))
            .hasValue("Bearer realm=\"tonus\"");
      }
    } else {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
      JsonNode answer = RunningServer.tree(response);
      if (endpoint.method().equals("POST") && answer.has("id")) {
        assertThat(answer.path("id").asLong()).isPositive();
      } else if (answer.path("resourceType").asText().equals("Bundle")) {
        assertThat(response.body()).contains("\"Patient\"");
      } else {
        assertThat(
                answer.has("patientId")
                    ? answer.path("patientId").asLong()
                    : answer.path("personId").asLong())
            .isEqualTo(patient);
      }
      AuditEntry allowed = lastAuditEntry(patient, before);
      assertThat(allowed.actorId()).isEqualTo(signed.id());
      assertThat(allowed.action()).doesNotStartWith("DENIED_");
    }
  }

  private static AuditEntry lastAuditEntry(long patient, Instant since) {
    List<AuditEntry> entries =
        server.store.auditTrail().forPatient(patient, since, Instant.now().plusSeconds(1));
    assertThat(entries).isNotEmpty();
    return entries.get(entries.size() - 1);
  }
}
