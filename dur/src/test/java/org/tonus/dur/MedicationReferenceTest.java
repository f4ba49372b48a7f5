package org.tonus.dur;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonus.core.knowledge.Jurisdiction;

/**
 * Medicines named only by medicationReference to the export's Medication resources (a plain and a
 * gzip file, a bare and a full-URL reference), as Synthea writes 6 % to 35 % of its
 * MedicationRequests: the job resolves them before grouping, and its alerts are the plain loop's
 * and the FHIR path's. Three patients:
 *
 * <ul>
 *   <li>p-ref: baclofen 5 mg three times a day by {@code Medication/med-bac}, and oxycodone by a
 *       full URL to med-oxy (in the gzip file): baclofen is found and the opioid interaction is
 *       raised (INT-02).
 *   <li>p-dangling: baclofen by code, and an active co-medication by {@code Medication/missing},
 *       which is not in the export and has no display: the FHIR path refuses the record, so the
 *       prescription is unreadable and the co-medication listed as not recognised.
 *   <li>p-display: baclofen by code, and morphine by a reference not in the export but with the
 *       display "morphine 10 MG Oral Tablet": named by its display, as the FHIR path does (INT-02).
 * </ul>
 */
class MedicationReferenceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

  @TempDir static Path tmp;
  static Path export;
  static Path out;
  static SparkSession spark;
  static DurJob.Outcome outcome;
  static List<AlertRow> jobAlerts;

  @BeforeAll
  static void run() throws IOException {
    export = tmp.resolve("export");
    out = tmp.resolve("out");
    Files.createDirectories(export);
    write(
        "Patient.ndjson",
        patient("p-ref", "1970-05-01"),
        patient("p-dangling", "1965-01-15"),
        patient("p-display", "1980-09-30"));
    write(
        "MedicationRequest.ndjson",
        request(
            "p-ref", "bac-ref", "\"medicationReference\":{\"reference\":\"Medication/med-bac\"}"),
        request(
            "p-ref",
            "oxy-ref",
            "\"medicationReference\":{\"reference\":\"https://ehr.example/fhir/Medication/med-oxy\"}"),
        request("p-dangling", "bac-dangling", baclofenCode()),
        request(
            "p-dangling",
            "co-missing",
            "\"medicationReference\":{\"reference\":\"Medication/missing\"}"),
        request("p-display", "bac-display", baclofenCode()),
        request(
            "p-display",
            "mor-display",
            "\"medicationReference\":{\"reference\":\"Medication/not-sent\","
                + "\"display\":\"morphine 10 MG Oral Tablet\"}"));
    write(
        "Medication.ndjson",
        medication("med-bac", "197446", "baclofen 10 MG Oral Tablet"),
        "{\"resourceType\":\"Medication\",\"code\":{\"text\":\"no id\"}}",
        medication("med-unused", "314076", "lisinopril 10 MG Oral Tablet"));
    try (OutputStream gz =
        new GZIPOutputStream(Files.newOutputStream(export.resolve("2.Medication.ndjson.gz")))) {
      gz.write(
          (medication("med-oxy", "1049621", "oxycodone hydrochloride 5 MG Oral Tablet") + "\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("dur-medref-test")
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

  private static void write(String file, String... lines) throws IOException {
    Files.writeString(
        export.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private static String patient(String id, String born) {
    return "{\"resourceType\":\"Patient\",\"id\":\""
        + id
        + "\",\"birthDate\":\""
        + born
        + "\",\"gender\":\"female\"}";
  }

  private static String baclofenCode() {
    return "\"medicationCodeableConcept\":{\"coding\":[{\"system\":\""
        + RXNORM
        + "\",\"code\":\"197446\",\"display\":\"baclofen 10 MG Oral Tablet\"}],"
        + "\"text\":\"baclofen 10 MG Oral Tablet\"}";
  }

  /** An active MedicationRequest of 5 mg three times a day (UCUM mg), on 2024-03-01. */
  private static String request(String patient, String id, String medicine) {
    return "{\"resourceType\":\"MedicationRequest\",\"id\":\""
        + id
        + "\",\"status\":\"active\",\"intent\":\"order\","
        + medicine
        + ",\"subject\":{\"reference\":\"Patient/"
        + patient
        + "\"},\"authoredOn\":\"2024-03-01T09:30:00+00:00\",\"dosageInstruction\":[{\"sequence\":1,"
        + "\"timing\":{\"repeat\":{\"frequency\":3,\"period\":1.0,\"periodUnit\":\"d\"}},"
        + "\"asNeededBoolean\":false,\"doseAndRate\":[{\"doseQuantity\":{\"value\":5,\"unit\":\"mg\","
        + "\"system\":\"http://unitsofmeasure.org\",\"code\":\"mg\"}}]}]}";
  }

  /** A Medication as Synthea writes it: US Core profile, RxNorm product code and text. */
  private static String medication(String id, String rxnorm, String name) {
    return "{\"resourceType\":\"Medication\",\"id\":\""
        + id
        + "\",\"meta\":{\"profile\":[\"http://hl7.org/fhir/us/core/StructureDefinition/"
        + "us-core-medication\"]},\"code\":{\"coding\":[{\"system\":\""
        + RXNORM
        + "\",\"code\":\""
        + rxnorm
        + "\",\"display\":\""
        + name
        + "\"}],\"text\":\""
        + name
        + "\"},\"status\":\"active\"}";
  }

  @Test
  void baclofenAndItsCoMedicationNamedByReferenceAreScreened() {
    assertThat(GroundTruth.found(jobAlerts))
        .contains(
            "MedicationRequest/bac-ref INTERACTION", "MedicationRequest/bac-display INTERACTION")
        .noneMatch(a -> a.startsWith("MedicationRequest/bac-dangling"));
    // three baclofen prescriptions: two by code, one by reference; none of the others is one
    assertThat(outcome.prescriptions()).isEqualTo(3);
    assertThat(outcome.patients()).isEqualTo(3);
  }

  @Test
  void aDanglingReferenceWithoutDisplayMakesThePrescriptionUnreadable() throws IOException {
    assertThat(outcome.unreadable()).isEqualTo(1);
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("unreadableExamples").get(0).asText())
        .startsWith("MedicationRequest/bac-dangling: MedicationRequest/co-missing")
        .contains("Medication/missing is not in the export and has no display");
    assertThat(summary.get("coMedicationsNotRecognised").asLong()).isEqualTo(1);
    assertThat(summary.get("coMedicationsNotRecognisedByText").fieldNames())
        .toIterable()
        .containsExactly(
            "MedicationRequest/co-missing (medicationReference Medication/missing not in the"
                + " export)");
  }

  @Test
  void malformedMedicationLinesAreCountedWithFileAndLine() throws IOException {
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertThat(outcome.malformed()).isEqualTo(1);
    assertThat(summary.get("malformedExamples").get(0).asText())
        .isEqualTo("Medication.ndjson:2: Medication has no id; no medicationReference can name it");
    List<String> files = new ArrayList<>();
    summary.get("files").forEach(f -> files.add(f.asText()));
    assertThat(files).contains("Medication.ndjson", "2.Medication.ndjson.gz");
  }

  @Test
  void theJobsAlertsAreThePlainLoopsRowForRow() {
    List<AlertRow> plain = new ArrayList<>();
    Tally tally = PlainReview.run(export, Jurisdiction.US, plain::add);
    assertThat(jobAlerts).isNotEmpty().containsExactlyInAnyOrderElementsOf(plain);
    assertThat(tally.unreadable).isEqualTo(outcome.unreadable());
    assertThat(tally.malformed()).isEqualTo(outcome.malformed());
    assertThat(tally.coMedicationsNotRecognised).isEqualTo(1);
  }

  @Test
  void theJobsAlertsAreTheServicesFhirPathRowForRow() throws IOException {
    List<String> reference = HapiReference.alerts(export, Jurisdiction.US);
    assertThat(reference.stream().filter(r -> r.endsWith("|unreadable")))
        .containsExactly("p-dangling|MedicationRequest/bac-dangling|unreadable");
    List<String> job = HapiReference.rowsOf(jobAlerts);
    assertThat(job)
        .containsExactlyInAnyOrderElementsOf(
            reference.stream().filter(r -> !r.endsWith("|unreadable")).toList());
  }

  @Test
  void withoutTheMedicationFilesTheReferencedBaclofenIsNotFound() throws IOException {
    Path bare = tmp.resolve("bare");
    Files.createDirectories(bare);
    for (String file : List.of("Patient.ndjson", "MedicationRequest.ndjson")) {
      Files.copy(export.resolve(file), bare.resolve(file));
    }
    Tally tally = PlainReview.run(bare, Jurisdiction.US, a -> {});
    // the gap this closes: bac-ref is not known as baclofen, only the two by code are screened
    assertThat(tally.prescriptions).isEqualTo(2);
  }
}
