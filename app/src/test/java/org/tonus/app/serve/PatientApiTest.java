package org.tonus.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tonus.store.AuditEntry;
import org.tonus.store.Role;

/**
 * The diary endpoints' answers, validation and audit: a symptom report is triaged and stored with
 * its outcome, sums are exact, bad input is a 400 naming the field, and reads and writes each leave
 * an audit entry with the actor, the patient, the action and the client address, which an admin can
 * query.
 */
class PatientApiTest {
  static DiaryServer server;
  static DiaryServer.Signed patient;
  static DiaryServer.Signed admin;

  @BeforeAll
  static void people() throws IOException {
    server = new DiaryServer();
    patient = server.person(Role.PATIENT, "Ada Patient");
    admin = server.person(Role.ADMIN, "Ann Admin");
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  private String path(String rest) {
    return "/api/patients/" + patient.id() + rest;
  }

  @Test
  void aSymptomReportIsTriagedAndStoredWithItsOutcome() {
    HttpResponse<String> response =
        server.post(
            path("/symptom-reports"),
            patient.token(),
            "{\"text\": \"I'm really sleepy and I saw things that weren't there\"}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode answer = RunningServer.tree(response);
    assertThat(answer.path("outcome").asText()).isEqualTo("SEEK_CARE_NOW");
    assertThat(answer.path("triage").path("outcome").asText()).isEqualTo("SEEK_CARE_NOW");
    assertThat(answer.path("triage").path("disclaimer").asText())
        .startsWith("This is not a diagnosis.");
    JsonNode listed =
        RunningServer.tree(server.get(path("/symptom-reports"), patient.token())).path("entries");
    assertThat(listed.get(listed.size() - 1).path("outcome").asText()).isEqualTo("SEEK_CARE_NOW");
  }

  @Test
  void theDailyDoseAddsTakenLateAndExtraButNotMissedDoses() {
    // 10 + 5.5 + 2.25 = 17.75 mg; the missed 10 mg is not taken
    Instant day = Instant.parse("2026-10-05T00:00:00Z");
    for (String event :
        List.of(
            "{\"at\": \"2026-10-05T08:00:00Z\", \"kind\": \"taken\", \"doseMg\": 10}",
            "{\"at\": \"2026-10-05T14:00:00Z\", \"kind\": \"missed\", \"doseMg\": 10}",
            "{\"at\": \"2026-10-05T16:30:00Z\", \"kind\": \"late\", \"doseMg\": 5.5}",
            "{\"at\": \"2026-10-05T22:00:00Z\", \"kind\": \"extra\", \"doseMg\": 2.25}")) {
      assertThat(server.post(path("/dose-events"), patient.token(), event).statusCode())
          .isEqualTo(201);
    }

    JsonNode daily =
        RunningServer.tree(server.get(path("/daily-dose?day=2026-10-05"), patient.token()));
    JsonNode listed =
        RunningServer.tree(
            server.get(
                path("/dose-events?from=2026-10-05&to=" + day.plus(1, ChronoUnit.DAYS)),
                patient.token()));

    assertThat(daily.path("totalMg").decimalValue()).isEqualByComparingTo("17.75");
    assertThat(daily.path("zone").asText()).isEqualTo("UTC");
    assertThat(daily.path("doses").size()).isEqualTo(3);
    assertThat(listed.path("entries").size()).isEqualTo(4);
    assertThat(listed.path("entries").get(1).path("kind").asText()).isEqualTo("missed");
  }

  @Test
  void badInputIsA400NamingTheField() {
    assertThat(detail(server.post(path("/dose-events"), patient.token(), "{\"kind\": \"taken\"}")))
        .contains("doseMg");
    assertThat(
            detail(
                server.post(
                    path("/dose-events"), patient.token(), "{\"kind\": \"eaten\", \"doseMg\": 5}")))
        .startsWith("kind 'eaten' is not one of taken, missed, late, extra");
    assertThat(
            detail(
                server.post(
                    path("/spasticity-scores"),
                    patient.token(),
                    "{\"numericRating\": 11, \"penn\": 1}")))
        .isEqualTo("numericRating must be from 0 to 10, was 11");
    assertThat(
            detail(
                server.post(
                    path("/dose-events"),
                    patient.token(),
                    "{\"at\": \"2099-01-01T00:00:00Z\", \"kind\": \"taken\", \"doseMg\": 5}")))
        .startsWith("at must not be in the future");
    assertThat(detail(server.get(path("/adherence"), patient.token())))
        .isEqualTo("week is missing; give a date like 2026-11-23");
    assertThat(
            detail(server.get(path("/adherence?week=2026-11-23&zone=Mars/Base"), patient.token())))
        .startsWith("zone 'Mars/Base' is not a time zone");
    assertThat(detail(server.get("/api/patients/abc/notes", patient.token())))
        .isEqualTo("id 'abc' is not an id (a whole number above 0)");
    assertThat(
            detail(server.post(path("/notes"), patient.token(), "{\"text\": \"x\", \"mood\": 3}")))
        .contains("mood");
    assertThat(
            detail(
                server.post(
                    path("/dose-events"),
                    patient.token(),
                    "{\"kind\": \"taken\", \"doseMg\": 10000000}")))
        .isEqualTo("doseMg must be at most 999999.999 mg (what the diary stores), was 10000000");
    assertThat(
            detail(
                server.post(
                    path("/notes"),
                    patient.token(),
                    "{\"at\": \"-999999999-01-01T00:00:00Z\", \"text\": \"x\"}")))
        .contains("is out of range");
    assertThat(
            detail(server.get(path("/notes?from=%2B999999999-01-01T00:00:00Z"), patient.token())))
        .contains("is out of range");
    assertThat(detail(server.post(path("/notes"), patient.token(), "{\"text\": \"a\\u0000b\"}")))
        .isEqualTo("text must not contain the NUL character");
    for (String notAnObject : List.of("[]", "null", "\"text\"", "3")) {
      assertThat(detail(server.post(path("/symptom-reports"), patient.token(), notAnObject)))
          .startsWith("the request must be a JSON object");
    }
  }

  private static String detail(HttpResponse<String> response) {
    return ProblemsTest.problem(response, 400).path("detail").asText();
  }

  @Test
  void aReadAndAWriteEachLeaveAnAuditEntryThatAnAdminCanQuery() {
    Instant before = Instant.now().minusSeconds(1);
    server.post(path("/notes"), patient.token(), "{\"text\": \"walked to the shop\"}");
    server.get(path("/notes"), patient.token());

    List<AuditEntry> entries =
        server.store.auditTrail().forPatient(patient.id(), before, Instant.now().plusSeconds(1));
    assertThat(entries)
        .extracting(AuditEntry::action)
        .containsSubsequence("WRITE_NOTE", "READ_NOTES");
    assertThat(entries)
        .allSatisfy(
            entry -> {
              assertThat(entry.actorId()).isEqualTo(patient.id());
              assertThat(entry.patientId()).contains(patient.id());
              assertThat(entry.origin()).isEqualTo("127.0.0.1");
            });

    HttpResponse<String> byAdmin =
        server.get("/api/audit?patient=" + patient.id() + "&from=" + before, admin.token());
    JsonNode trail = RunningServer.tree(byAdmin);

    assertThat(byAdmin.statusCode()).isEqualTo(200);
    assertThat(trail.path("entries").findValuesAsText("action"))
        .containsSubsequence("WRITE_NOTE", "READ_NOTES");
    assertThat(trail.path("entries").get(0).path("origin").asText()).isEqualTo("127.0.0.1");
    assertThat(byAdmin.body()).doesNotContain("walked to the shop");
    ProblemsTest.problem(server.get("/api/audit", patient.token()), 403);
    ProblemsTest.problem(server.get("/api/audit", null), 401);
    // the admin's query is itself on the trail
    assertThat(server.store.auditTrail().between(before, Instant.now().plusSeconds(1)))
        .extracting(AuditEntry::action)
        .contains("READ_AUDIT", "DENIED_READ_AUDIT");
  }

  @Test
  void theAccessLogCarriesRouteTemplatesNeverIdsOrContent() {
    server.post(path("/notes"), patient.token(), "{\"text\": \"secret words\"}");

    assertThat(server.running.accessLog())
        .contains("/api/patients/{id}/notes")
        .doesNotContain("secret words")
        .doesNotContain(patient.token());
  }
}
