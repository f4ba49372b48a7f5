package org.tonus.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tonus.store.Role;

/** Grants over HTTP: a patient grants and revokes caregivers; an admin runs clinicians' panels. */
class CareApiTest {
  DiaryServer server;
  DiaryServer.Signed patient;
  DiaryServer.Signed other;
  DiaryServer.Signed caregiver;
  DiaryServer.Signed clinician;
  DiaryServer.Signed admin;

  @BeforeEach
  void people() throws IOException {
    server = new DiaryServer();
    patient = server.person(Role.PATIENT, "Ada Patient");
    other = server.person(Role.PATIENT, "Cy Other");
    caregiver = server.person(Role.CAREGIVER, "Gus Care");
    clinician = server.person(Role.CLINICIAN, "Dr Lin");
    admin = server.person(Role.ADMIN, "Ann Admin");
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  private String doseEvents(long patientId) {
    return "/api/patients/" + patientId + "/dose-events";
  }

  @Test
  void aCaregiverReadsOnlyWhileTheGrantIsInForce() {
    String grant = "/api/patients/" + patient.id() + "/caregivers/" + caregiver.id();
    ProblemsTest.problem(server.get(doseEvents(patient.id()), caregiver.token()), 403);

    HttpResponse<String> granted = server.post(grant, patient.token(), "");

    assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
    assertThat(RunningServer.tree(granted).path("kind").asText()).isEqualTo("caregiver");
    assertThat(server.get(doseEvents(patient.id()), caregiver.token()).statusCode()).isEqualTo(200);
    JsonNode listed =
        RunningServer.tree(
            server.get("/api/patients/" + patient.id() + "/caregivers", patient.token()));
    assertThat(listed.path("grants").get(0).path("granteeName").asText()).isEqualTo("Gus Care");

    assertThat(server.delete(grant, patient.token()).statusCode()).isEqualTo(204);

    ProblemsTest.problem(server.get(doseEvents(patient.id()), caregiver.token()), 403);
    ProblemsTest.problem(server.delete(grant, patient.token()), 404);
  }

  @Test
  void onlyThePatientThemselfGrantsTheirCaregivers() {
    String grant = "/api/patients/" + patient.id() + "/caregivers/" + caregiver.id();

    ProblemsTest.problem(server.post(grant, other.token(), ""), 403);
    ProblemsTest.problem(server.post(grant, caregiver.token(), ""), 403);
    ProblemsTest.problem(server.post(grant, admin.token(), ""), 403);
    ProblemsTest.problem(server.post(grant, null, ""), 401);
    JsonNode notACaregiver =
        ProblemsTest.problem(
            server.post(
                "/api/patients/" + patient.id() + "/caregivers/" + clinician.id(),
                patient.token(),
                ""),
            400);

    assertThat(notACaregiver.path("detail").asText())
        .isEqualTo("personId " + clinician.id() + " is not a caregiver");
  }

  @Test
  void anAdminRunsThePanelAndTheClinicianSeesIt() {
    String onPanel = "/api/clinicians/" + clinician.id() + "/panel/" + patient.id();
    String panel = "/api/clinicians/" + clinician.id() + "/panel";

    ProblemsTest.problem(server.post(onPanel, clinician.token(), ""), 403);
    ProblemsTest.problem(server.post(onPanel, patient.token(), ""), 403);
    assertThat(server.post(onPanel, admin.token(), "").statusCode()).isEqualTo(201);

    JsonNode seen = RunningServer.tree(server.get(panel, clinician.token()));
    assertThat(seen.path("grants").get(0).path("patientId").asLong()).isEqualTo(patient.id());
    assertThat(server.get(panel, admin.token()).statusCode()).isEqualTo(200);
    ProblemsTest.problem(server.get(panel, patient.token()), 403);
    assertThat(server.get(doseEvents(patient.id()), clinician.token()).statusCode()).isEqualTo(200);
    ProblemsTest.problem(server.get(doseEvents(other.id()), clinician.token()), 403);

    assertThat(server.delete(onPanel, admin.token()).statusCode()).isEqualTo(204);

    ProblemsTest.problem(server.get(doseEvents(patient.id()), clinician.token()), 403);
    assertThat(RunningServer.tree(server.get(panel, clinician.token())).path("grants").size())
        .isZero();
  }
}
