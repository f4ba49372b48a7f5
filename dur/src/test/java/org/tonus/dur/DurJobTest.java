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
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonus.core.knowledge.Jurisdiction;

/**
 * The Spark job on a synthetic population of 2,000 patients in local[2], against the plain loop,
 * the service's FHIR path and the ground truth, with malformed lines added to two files.
 */
class DurJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  static SparkSession spark;
  static Path export;
  static Path out;
  static List<AlertRow> jobAlerts;
  static long conditionLines;
  static long observationLines;

  @BeforeAll
  static void run() throws IOException {
    export = tmp.resolve("export");
    out = tmp.resolve("out");
    Synth.write(Engines.knowledge(), new Synth.Options(2000, 11, false, Map.of()), export);
    conditionLines = Files.readAllLines(export.resolve("Condition.ndjson")).size();
    observationLines = Files.readAllLines(export.resolve("Observation.ndjson")).size();
    append(
        "Condition.ndjson",
        "{\"resourceType\":\"Condition\",\"id\":\"cut\",\"subject\":{\"refer", // truncated
        "{\"resourceType\":\"Observation\",\"id\":\"lost\",\"subject\":{\"reference\":\"Patient/p1\"}}",
        "this is not FHIR");
    append("Observation.ndjson", "[1,2,3]", "{\"id\":\"no-type\"}");
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("dur-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
    DurJob.run(spark, export.toString(), out.toString(), Jurisdiction.US, System.out);
    jobAlerts = HapiReference.jobAlerts(spark, out);
  }

  private static void append(String file, String... lines) throws IOException {
    Files.writeString(
        export.resolve(file),
        String.join("\n", lines) + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void theJobsAlertsAreThePlainLoopsRowForRow() {
    List<AlertRow> plain = new ArrayList<>();
    PlainReview.run(export, Jurisdiction.US, plain::add);
    assertThat(jobAlerts).isNotEmpty().containsExactlyInAnyOrderElementsOf(plain);
  }

  @Test
  void theJobsAlertsAreTheServicesFhirPathRowForRow() throws IOException {
    List<String> job = HapiReference.rowsOf(jobAlerts);
    List<String> reference = HapiReference.alerts(export, Jurisdiction.US);
    assertThat(reference).noneMatch(r -> r.endsWith("|unreadable"));
    assertThat(job).containsExactlyInAnyOrderElementsOf(reference);
  }

  @Test
  void everyInjectedProblemIsFoundAndNothingElse() {
    GroundTruth.Score score =
        GroundTruth.Score.of(GroundTruth.expected(export), GroundTruth.found(jobAlerts));
    System.out.printf(
        "ground truth, 2000 patients: precision %.4f, recall %.4f (%d missed, %d extra)%n",
        score.precision(), score.recall(), score.missed().size(), score.extra().size());
    assertThat(score.missed()).as("injected problems not found").isEmpty();
    assertThat(score.extra()).as("alerts where none was injected").isEmpty();
    assertThat(score.precision()).isEqualTo(1.0);
    assertThat(score.recall()).isEqualTo(1.0);
  }

  @Test
  void malformedLinesAreCountedWithFileAndLine() throws IOException {
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("malformedLines").asLong()).isEqualTo(5);
    assertThat(summary.get("malformedByFile").get("Condition.ndjson").asLong()).isEqualTo(3);
    assertThat(summary.get("malformedByFile").get("Observation.ndjson").asLong()).isEqualTo(2);
    List<String> examples = new ArrayList<>();
    summary.get("malformedExamples").forEach(e -> examples.add(e.asText()));
    assertThat(examples)
        .anyMatch(e -> e.startsWith("Condition.ndjson:" + (conditionLines + 1) + ": not JSON"))
        .anyMatch(
            e ->
                e.equals(
                    "Condition.ndjson:"
                        + (conditionLines + 2)
                        + ": resourceType Observation in a file of Condition resources"))
        .anyMatch(e -> e.startsWith("Condition.ndjson:" + (conditionLines + 3) + ": not JSON"))
        .anyMatch(
            e ->
                e.equals(
                    "Observation.ndjson:"
                        + (observationLines + 1)
                        + ": not a FHIR resource: a JSON array"))
        .anyMatch(
            e ->
                e.equals(
                    "Observation.ndjson:"
                        + (observationLines + 2)
                        + ": not a FHIR resource: no resourceType"));
  }

  @Test
  void theCsvHoldsTheParquetsRows() {
    List<AlertRow> csv = new ArrayList<>();
    for (Row row :
        spark
            .read()
            .option("header", "true")
            .option("escape", "\"")
            .option("multiLine", "true")
            .csv(out.resolve("alerts.csv").toString())
            .collectAsList()) {
      String[] v = new String[AlertRow.COLUMNS.size()];
      for (int i = 0; i < v.length; i++) {
        String value = row.getString(row.fieldIndex(AlertRow.COLUMNS.get(i)));
        v[i] = value == null ? "" : value;
      }
      csv.add(new AlertRow(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]));
    }
    assertThat(csv).containsExactlyInAnyOrderElementsOf(jobAlerts);
  }

  @Test
  void splitsAreNumberedFromTheCountsOfTheSplitsBeforeThem() {
    // file 0: split 0 has 10 lines, split 1 has 5 (counted twice, as after a rerun); file 1: 3
    var first =
        DurJob.firstLines(
            List.of(
                new long[] {0, 1, 5},
                new long[] {0, 0, 10},
                new long[] {0, 1, 5},
                new long[] {1, 0, 3}));
    assertThat(first.applyAsLong(0, 0)).isEqualTo(1);
    assertThat(first.applyAsLong(0, 1)).isEqualTo(11);
    assertThat(first.applyAsLong(1, 0)).isEqualTo(1);
  }

  @Test
  void writesTheCsvTheSummaryAndTheReport() throws IOException {
    List<String> csv = Files.readAllLines(out.resolve("alerts.csv"));
    assertThat(csv.get(0)).isEqualTo(String.join(",", AlertRow.COLUMNS));
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("patients").asLong()).isEqualTo(2000);
    assertThat(summary.get("alerts").asLong()).isEqualTo(jobAlerts.size());
    assertThat(summary.get("alertsByCode").get("DOSE_ABOVE_MAX").asLong()).isPositive();
    assertThat(summary.get("dailyDoseMg").size()).isPositive();
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).contains("<svg", "DOSE_ABOVE_MAX").doesNotContain("<script", "http://cdn");
  }
}
