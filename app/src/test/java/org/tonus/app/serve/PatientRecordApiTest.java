package org.tonus.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tonus.store.AuditEntry;
import org.tonus.store.Role;

/**
 * The patient's supplies, diary alerts, calendar feed, FHIR export and erasure over real HTTP, with
 * the numbers worked out here from the label arithmetic they rest on.
 */
class PatientRecordApiTest {
  private DiaryServer server;
  private DiaryServer.Signed patient;

  @BeforeEach
  void start() throws IOException {
    server = new DiaryServer();
    patient = server.person(Role.PATIENT, "Ada Patient");
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  private String base() {
    return "/api/patients/" + patient.id();
  }

  @Test
  void ninetyTenMilligramTabletsAtTenMilligramsThreeTimesADayLastThirtyDays() {
    created(
        server.post(
            base() + "/regimens",
            patient.token(),
            "{\"start\": \"2026-11-20\", \"dosesPerDay\": 3, \"steps\": [{\"doseMg\": 10}]}"));
    created(
        server.post(
            base() + "/dispensings",
            patient.token(),
            "{\"dispensedAt\": \"2026-11-20T10:00:00Z\", \"product\": \"baclofen 10 mg"
                + " tablets\", \"strength\": \"10 mg\", \"quantity\": 90}"));

    JsonNode refills = ok(server.get(base() + "/refills?day=2026-11-23", patient.token()));

    // 10 mg x 3 = 30 mg a day = 3 tablets of 10 mg; 90 / 3 = 30 days from 2026-11-20, so the
    // supply runs out on 2026-12-20 (fill + 30), 27 days after 2026-11-23; the refill is due
    // 7 days before (POL-15's margin), on 2026-12-13
    JsonNode supply = refills.path("oral").get(0);
    assertThat(supply.path("counted").asBoolean()).isTrue();
    assertThat(supply.path("supply").path("daysSupply").asLong()).isEqualTo(30);
    assertThat(supply.path("daysLeft").asLong()).isEqualTo(27);
    assertThat(supply.path("refillDueOn").asText()).isEqualTo("2026-12-13");
  }

  @Test
  void aDispensingWithoutAStrengthIsA400NamingTheField() {
    HttpResponse<String> response =
        server.post(
            base() + "/dispensings",
            patient.token(),
            "{\"product\": \"baclofen tablets\", \"quantity\": 90}");

    assertThat(ProblemsTest.problem(response, 400).path("detail").asText()).contains("strength");
  }

  @Test
  void aPumpRefillIsStoredWithItsDueDateAndTheRefillStatusCountsDownToIt() {
    // 20 mL at 500 mcg/mL, 2 mL reserve: (20 - 2) x 500 = 9,000 mcg usable at 300 mcg a day
    // = 30 days, so the reservoir reaches its reserve on 2026-12-23 (IT-13)
    HttpResponse<String> stored =
        server.post(
            base() + "/pump-refills",
            patient.token(),
            "{\"refillDate\": \"2026-11-23\", \"volumeMl\": 20, \"concentrationMcgPerMl\": 500,"
                + " \"dailyDoseMcg\": 300, \"reserveMl\": 2}");
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
    assertThat(RunningServer.tree(stored).path("stored").asBoolean()).isTrue();

    JsonNode pump =
        ok(server.get(base() + "/refills?day=2026-11-30", patient.token())).path("pump");

    JsonNode last = pump.path("lastRefill");
    assertThat(last.path("alarmDate").asText()).isEqualTo("2026-12-23");
    // days until due counts from the day asked about to the stored due date
    assertThat(pump.path("daysUntilDue").asLong())
        .isEqualTo(
            java.time.temporal.ChronoUnit.DAYS.between(
                java.time.LocalDate.parse("2026-11-30"),
                java.time.LocalDate.parse(last.path("refillDueBy").asText())));
  }

  @Test
  void aPumpRefillTheCalculatorRefusesIsNotStored() {
    HttpResponse<String> refused =
        server.post(
            base() + "/pump-refills",
            patient.token(),
            "{\"refillDate\": \"2026-11-23\", \"volumeMl\": 20, \"concentrationMcgPerMl\": 500,"
                + " \"dailyDoseMcg\": 300, \"reserveMl\": 25}");

    assertThat(refused.statusCode()).as(refused.body()).isIn(400, 422);
    JsonNode status = ok(server.get(base() + "/refills?day=2026-11-30", patient.token()));
    assertThat(status.has("pump")).isFalse();
  }

  @Test
  void ninetyFiveMilligramsTakenInADayIsAboveTheUsMaximumOfEighty() {
    for (String at : List.of("08", "12", "16", "20", "22")) {
      created(
          server.post(
              base() + "/dose-events",
              patient.token(),
              "{\"at\": \"2026-11-22T" + at + ":00:00Z\", \"kind\": \"taken\", \"doseMg\": 19}"));
    }

    JsonNode alerts =
        ok(
            server.get(
                base() + "/alerts?ageYears=45&today=2026-11-23&jurisdiction=US", patient.token()));

    // 5 x 19 mg = 95 mg on 2026-11-22 > 80 mg (DOSE-US-02) and < 1.5 x 80 = 120 (POL-02): warning
    JsonNode alert = alerts.path("alerts").get(0);
    assertThat(alert.path("code").asText()).isEqualTo("DOSE_ABOVE_MAX");
    assertThat(alert.path("severity").asText()).isEqualTo("warning");
    assertThat(alert.path("evidence").path("takenMg").asText()).isEqualTo("95");
    assertThat(alert.path("evidence").path("maximumDailyMg").asText()).isEqualTo("80");
  }

  @Test
  void theDiaryAlertsNeedTheAgeTheMaximumDependsOn() {
    HttpResponse<String> response = server.get(base() + "/alerts", patient.token());

    assertThat(ProblemsTest.problem(response, 400).path("detail").asText())
        .contains("ageYears is missing");
  }

  @Test
  void theCalendarFeedOpensWithItsTokenOnlyUntilRevokedAndEachReadIsAudited()
      throws IOException, ParserException {
    created(
        server.post(
            base() + "/regimens",
            patient.token(),
            "{\"start\": \"2026-11-20\", \"dosesPerDay\": 3, \"steps\": [{\"doseMg\": 10}]}"));
    JsonNode issued = created(server.post(base() + "/calendar-tokens", patient.token(), ""));
    URI feed = URI.create(issued.path("url").asText());
    String path = feed.getRawPath() + "?" + feed.getRawQuery();

    HttpResponse<String> calendar = server.get(path, null);

    assertThat(calendar.statusCode()).as(server.running.errorLog()).isEqualTo(200);
    assertThat(calendar.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/calendar");
    Calendar parsed = new CalendarBuilder().build(new StringReader(calendar.body()));
    assertThat(parsed.<VEvent>getComponents("VEVENT")).isNotEmpty();
    assertThat(calendar.body()).contains("10 mg");
    List<AuditEntry> trail =
        server.store.auditTrail().forPatient(patient.id(), Instant.EPOCH, Instant.now());
    assertThat(trail).extracting(AuditEntry::action).contains("READ_CALENDAR_BY_TOKEN");

    assertThat(server.get(base() + "/calendar.ics?token=guessed", null).statusCode())
        .isEqualTo(404);
    ok(server.delete(base() + "/calendar-tokens", patient.token()));
    assertThat(server.get(path, null).statusCode()).isEqualTo(404);
  }

  @Test
  void theExportIsAFhirBundleOfWhatIsStored() {
    created(
        server.post(
            base() + "/dispensings",
            patient.token(),
            "{\"product\": \"baclofen 10 mg tablets\", \"strength\": \"10 mg\", \"quantity\": 90}"));

    HttpResponse<String> export = server.get(base() + "/export", patient.token());

    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/fhir+json");
    JsonNode bundle = RunningServer.tree(export);
    assertThat(bundle.path("resourceType").asText()).isEqualTo("Bundle");
    assertThat(bundle.findValuesAsText("resourceType")).contains("Patient", "MedicationDispense");
  }

  @Test
  void onlyThePatientOrAnAdminMayEraseAndErasureLeavesNothingClinical() {
    DiaryServer.Signed caregiver = server.person(Role.CAREGIVER, "Gus Granted");
    server.store.careGrants().grant(caregiver.id(), patient.id(), Instant.now().minusSeconds(60));
    created(
        server.post(
            base() + "/dose-events", patient.token(), "{\"kind\": \"taken\", \"doseMg\": 10}"));

    assertThat(ProblemsTest.problem(server.delete(base(), caregiver.token()), 403)).isNotNull();
    JsonNode erased = ok(server.delete(base(), patient.token()));

    assertThat(erased.path("rowsDeleted").path("dose_event").asInt()).isEqualTo(1);
    // the patient's sign-in went with the data: the token no longer opens anything
    assertThat(server.get(base() + "/dose-events", patient.token()).statusCode()).isEqualTo(401);
    assertThat(server.store.doseEvents().between(patient.id(), Instant.EPOCH, Instant.now()))
        .isEmpty();
    assertThat(server.store.auditTrail().forPatient(patient.id(), Instant.EPOCH, Instant.now()))
        .extracting(AuditEntry::action)
        .contains("DENIED_ERASE", "erase");
  }

  private static JsonNode ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return RunningServer.tree(response);
  }

  private static JsonNode created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return RunningServer.tree(response);
  }
}
