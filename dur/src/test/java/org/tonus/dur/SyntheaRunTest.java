package org.tonus.dur;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonus.core.knowledge.Jurisdiction;

/**
 * Synthea itself, run in a JVM of its own (its HAPI 6.1, Jackson 2.13, SnakeYAML 1.33 and GraalVM
 * cannot share this class path; module synthea-run resolves it and writes its class path), writes a
 * real FHIR R4 bulk export of a small population; the test adds baclofen prescriptions in Synthea's
 * own MedicationRequest shape for some of its patients and runs the job on it in local mode.
 */
class SyntheaRunTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Synthea's population: small, so the run stays at about half a minute on 2 cores. */
  private static final int POPULATION = 10;

  @TempDir static Path tmp;
  static Path export;
  static Path out;
  static SparkSession spark;
  static DurJob.Outcome outcome;
  static List<AlertRow> jobAlerts;
  static List<String> patients;
  static long syntheaOwnBaclofen;

  @BeforeAll
  static void generateAndReview() throws IOException, InterruptedException {
    String classPathFile = System.getProperty("tonus.synthea.classpath", "");
    assertThat(classPathFile)
        .as("surefire passes the class path file that module synthea-run writes")
        .isNotBlank();
    Path classPath = Path.of(classPathFile);
    assertThat(classPath)
        .as("build module synthea-run first (it is in the reactor before dur)")
        .exists();
    Path base = tmp.resolve("synthea");
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx1g",
            // a short run: the quick compiler and one collector thread save a third of its CPU
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-cp",
            Files.readString(classPath).trim(),
            "App",
            "-p",
            Integer.toString(POPULATION),
            "-s",
            "42",
            "-cs",
            "42",
            "-r",
            "20250101",
            "-a",
            "30-70",
            "--exporter.baseDirectory=" + base,
            "--exporter.fhir.bulk_data=true",
            "--exporter.fhir.included_resources="
                + "Patient,Condition,MedicationRequest,MedicationStatement,AllergyIntolerance,"
                + "Observation,Medication",
            "--exporter.years_of_history=5",
            "--exporter.hospital.fhir.export=false",
            "--exporter.practitioner.fhir.export=false",
            "--exporter.metadata.export=false",
            "--generate.only_alive_patients=true");
    long started = System.nanoTime();
    Process synthea =
        new ProcessBuilder(command)
            .directory(tmp.toFile())
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("synthea.log").toFile())
            .start();
    if (!synthea.waitFor(5, TimeUnit.MINUTES)) {
      synthea.destroyForcibly();
      throw new AssertionError("Synthea ran for more than 5 minutes");
    }
    assertThat(synthea.exitValue())
        .as("Synthea's exit status; its output:%n%s", Files.readString(tmp.resolve("synthea.log")))
        .isZero();
    System.out.printf(
        "Synthea: %d patients in %.1f s%n", POPULATION, (System.nanoTime() - started) / 1e9);
    export = base.resolve("fhir");
    patients = new ArrayList<>();
    for (String line : Files.readAllLines(export.resolve("Patient.ndjson"))) {
      patients.add(JSON.readTree(line).get("id").asText());
    }
    // Synthea writes its patients from several threads: the lines' order varies, the ids do not
    patients.sort(null);
    // baclofen named in the request, or in the Medication its reference names
    java.util.Set<String> baclofenMedications = new java.util.HashSet<>();
    for (String line : Files.readAllLines(export.resolve("Medication.ndjson"))) {
      if (line.toLowerCase(Locale.ROOT).contains("baclofen")) {
        baclofenMedications.add(JSON.readTree(line).get("id").asText());
      }
    }
    syntheaOwnBaclofen =
        Files.readAllLines(export.resolve("MedicationRequest.ndjson")).stream()
            .filter(
                l ->
                    l.toLowerCase(Locale.ROOT).contains("baclofen")
                        || baclofenMedications.contains(referencedId(l)))
            .count();
    addBaclofen();
    out = tmp.resolve("out");
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("dur-synthea-test")
            .config("spark.ui.enabled", "false")
            .getOrCreate();
    outcome = DurJob.run(spark, export.toString(), out.toString(), Jurisdiction.US, System.out);
    jobAlerts = HapiReference.jobAlerts(spark, out);
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** The Medication id a line's medicationReference names, or "" (a test reading of its own). */
  private static String referencedId(String line) {
    try {
      JsonNode reference = JSON.readTree(line).path("medicationReference").path("reference");
      String text = reference.asText("");
      return text.startsWith("Medication/") ? text.substring("Medication/".length()) : "";
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Baclofen prescriptions as Synthea writes a MedicationRequest (US Core profile, community
   * category, RxNorm product code, Patient/ subject, Encounter reference, requester by NPI,
   * structured dosage with an "ordered" dose-rate type), for the first four patients: the dose in
   * UCUM mg as an EHR gives it, except the last, which keeps Synthea's own unitless dose ("1" of
   * the product).
   */
  private static void addBaclofen() throws IOException {
    assertThat(patients).hasSizeGreaterThanOrEqualTo(5);
    List<String> lines =
        List.of(
            // 5 mg three times a day, then 10 mg three times a day 1 day later: 15 to 30 mg a
            // day sooner than every 3 days (POL-04-B)
            synthea("bac-syn-1", patients.get(0), "2024-03-01", "5", "mg", 3),
            synthea("bac-syn-2", patients.get(0), "2024-03-02", "10", "mg", 3),
            // 30 mg four times a day: 120 mg a day, above 80 mg a day (DOSE-US-02)
            synthea("bac-syn-3", patients.get(1), "2024-05-10", "30", "mg", 4),
            // the labelled start, 5 mg three times a day (DOSE-US-01-A)
            synthea("bac-syn-4", patients.get(2), "2024-07-01", "5", "mg", 3),
            // Synthea's own dose: a value without a unit
            synthea("bac-syn-5", patients.get(3), "2024-08-15", "1.0", "", 3),
            // named only by medicationReference, as Synthea names 6 % to 35 % of its drugs: 30
            // mg four times a day, 120 mg a day, above 80 mg a day (DOSE-US-02)
            synthea(
                "bac-syn-6",
                patients.get(4),
                "2024-09-20",
                "30",
                "mg",
                4,
                "\"medicationReference\":{\"reference\":\"Medication/" + ADDED_MEDICATION + "\"}"));
    Files.writeString(
        export.resolve("MedicationRequest.ndjson"),
        String.join("\n", lines) + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    // the Medication it names, in Synthea's own shape (US Core profile, RxNorm product code)
    Files.writeString(
        export.resolve("Medication.ndjson"),
        "{\"resourceType\":\"Medication\",\"id\":\""
            + ADDED_MEDICATION
            + "\",\"meta\":{\"profile\":[\"http://hl7.org/fhir/us/core/StructureDefinition/"
            + "us-core-medication\"]},\"code\":{\"coding\":[{\"system\":"
            + "\"http://www.nlm.nih.gov/research/umls/rxnorm\",\"code\":\"197446\",\"display\":"
            + "\"baclofen 10 MG Oral Tablet\"}],\"text\":\"baclofen 10 MG Oral Tablet\"},"
            + "\"status\":\"active\"}\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
  }

  /** The id of the Medication the test adds, a UUID as Synthea gives its Medications. */
  private static final String ADDED_MEDICATION = "0b6f9c3e-5a1d-4e2b-9c7f-3d8e1a2b4c5d";

  private static String synthea(
      String id, String patient, String day, String dose, String unit, int timesADay) {
    return synthea(
        id,
        patient,
        day,
        dose,
        unit,
        timesADay,
        "\"medicationCodeableConcept\":{\"coding\":[{\"system\":"
            + "\"http://www.nlm.nih.gov/research/umls/rxnorm\",\"code\":\"197446\",\"display\":"
            + "\"baclofen 10 MG Oral Tablet\"}],\"text\":\"baclofen 10 MG Oral Tablet\"}");
  }

  private static String synthea(
      String id,
      String patient,
      String day,
      String dose,
      String unit,
      int timesADay,
      String medicine) {
    String quantity =
        unit.isEmpty()
            ? "{\"value\":" + dose + "}"
            : "{\"value\":"
                + dose
                + ",\"unit\":\""
                + unit
                + "\",\"system\":\"http://unitsofmeasure.org\",\"code\":\""
                + unit
                + "\"}";
    return "{\"resourceType\":\"MedicationRequest\",\"id\":\""
        + id
        + "\",\"meta\":{\"profile\":[\"http://hl7.org/fhir/us/core/StructureDefinition/"
        + "us-core-medicationrequest\"]},\"status\":\"active\",\"intent\":\"order\","
        + "\"category\":[{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/"
        + "medicationrequest-category\",\"code\":\"community\",\"display\":\"Community\"}],"
        + "\"text\":\"Community\"}],"
        + medicine
        + ",\"subject\":{\"reference\":\"Patient/"
        + patient
        + "\"},\"encounter\":{\"reference\":\"Encounter/enc-"
        + id
        + "\"},\"authoredOn\":\""
        + day
        + "T09:30:00+00:00\",\"requester\":{\"reference\":\"Practitioner?identifier="
        + "http://hl7.org/fhir/sid/us-npi|9999999999\",\"display\":\"Dr. Test1 Prescriber2\"},"
        + "\"dosageInstruction\":[{\"sequence\":1,\"timing\":{\"repeat\":{\"frequency\":"
        + timesADay
        + ",\"period\":1.0,\"periodUnit\":\"d\"}},\"asNeededBoolean\":false,\"doseAndRate\":"
        + "[{\"type\":{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/"
        + "dose-rate-type\",\"code\":\"ordered\",\"display\":\"Ordered\"}]},\"doseQuantity\":"
        + quantity
        + "}]}]}";
  }

  @Test
  void everySyntheaLineIsRead() throws IOException {
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("malformedExamples")).isEmpty();
    assertThat(outcome.malformed()).isZero();
    assertThat(outcome.patients()).isEqualTo(patients.size());
    List<String> files = new ArrayList<>();
    summary.get("files").forEach(f -> files.add(f.asText()));
    assertThat(files).contains("Patient.ndjson", "MedicationRequest.ndjson", "Observation.ndjson");
  }

  @Test
  void theAddedPrescriptionsAreAllScreened() throws IOException {
    // six added, of which the one with Synthea's unitless dose cannot be read
    assertThat(outcome.prescriptions()).isEqualTo(6 + syntheaOwnBaclofen);
    assertThat(outcome.unreadable()).isEqualTo(1);
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("unreadableExamples").get(0).asText())
        .startsWith("MedicationRequest/bac-syn-5")
        .contains("has no unit");
    assertThat(GroundTruth.found(jobAlerts))
        .contains(
            "MedicationRequest/bac-syn-2 TITRATION_TOO_FAST",
            "MedicationRequest/bac-syn-3 DOSE_ABOVE_MAX",
            "MedicationRequest/bac-syn-6 DOSE_ABOVE_MAX")
        .noneMatch(a -> a.startsWith("MedicationRequest/bac-syn-4 DOSE_ABOVE_MAX"))
        .noneMatch(a -> a.startsWith("MedicationRequest/bac-syn-4 TITRATION_TOO_FAST"));
  }

  @Test
  void theJobsAlertsAreTheServicesFhirPathRowForRow() throws IOException {
    List<String> reference = HapiReference.alerts(export, Jurisdiction.US);
    assertThat(reference.stream().filter(r -> r.endsWith("|unreadable")))
        .singleElement()
        .asString()
        .contains("MedicationRequest/bac-syn-5");
    List<String> job = HapiReference.rowsOf(jobAlerts);
    assertThat(job)
        .containsExactlyInAnyOrderElementsOf(
            reference.stream().filter(r -> !r.endsWith("|unreadable")).toList());
  }

  @Test
  void theJobsAlertsAreThePlainLoopsRowForRow() {
    List<AlertRow> plain = new ArrayList<>();
    Tally tally = PlainReview.run(export, Jurisdiction.US, plain::add);
    assertThat(tally.malformed()).isZero();
    assertThat(jobAlerts).isNotEmpty().containsExactlyInAnyOrderElementsOf(plain);
  }

  @Test
  void syntheasReferenceNamedMedicinesAreResolved() throws IOException {
    // every medicationReference Synthea wrote names a Medication of its export
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (String line : Files.readAllLines(export.resolve("Medication.ndjson"))) {
      ids.add(JSON.readTree(line).get("id").asText());
    }
    List<String> references =
        Files.readAllLines(export.resolve("MedicationRequest.ndjson")).stream()
            .map(SyntheaRunTest::referencedId)
            .filter(r -> !r.isEmpty())
            .toList();
    System.out.printf(
        "Synthea: %d MedicationRequests name their drug by medicationReference (the added one"
            + " included)%n",
        references.size());
    assertThat(references).isNotEmpty().allMatch(ids::contains);
    // so no co-medication is left unnamed: those not recognised are what the knowledge cannot
    // name, the same the FHIR path (given every Medication) finds
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    long notRecognised = summary.get("coMedicationsNotRecognised").asLong();
    List<String> texts = new ArrayList<>();
    summary.get("coMedicationsNotRecognisedByText").fieldNames().forEachRemaining(texts::add);
    System.out.printf(
        "Synthea: %d co-medications not recognised (one per check): %s%n", notRecognised, texts);
    assertThat(texts).noneMatch(t -> t.contains("medicationReference"));
    HapiReference.Result fhir = HapiReference.run(export, Jurisdiction.US);
    assertThat(notRecognised).isEqualTo(fhir.notRecognised().size());
    assertThat(texts)
        .containsExactlyInAnyOrderElementsOf(new java.util.TreeSet<>(fhir.notRecognised()));
    // without the Medication file, the baclofen named by reference is not found at all
    Path bare = tmp.resolve("without-medications");
    Files.createDirectories(bare);
    try (var files = Files.list(export)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".ndjson")).toList()) {
        if (!f.getFileName().toString().equals("Medication.ndjson")) {
          Files.copy(f, bare.resolve(f.getFileName()));
        }
      }
    }
    Tally without = PlainReview.run(bare, Jurisdiction.US, a -> {});
    System.out.printf(
        "Synthea without Medication.ndjson: %d prescriptions, %d unreadable, %d co-medications not"
            + " recognised%n",
        without.prescriptions, without.unreadable, without.coMedicationsNotRecognised);
    assertThat(without.prescriptions).isEqualTo(outcome.prescriptions() - 1);
  }
}
