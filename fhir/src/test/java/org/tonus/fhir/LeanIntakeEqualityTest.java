package org.tonus.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.fhir.lean.LeanReader;
import org.tonus.fhir.lean.LeanRecord;

/**
 * The lean intake ({@code org.tonus.fhir.lean}: JSON trees into lean records, the FHIR rules over
 * them) against the HAPI intake on the same resources: for every baclofen MedicationRequest of the
 * fixtures, the check request read with the record as lean records equals, field for field (exact
 * decimals included), the one read with the record as HAPI trees; where HAPI refuses, the lean
 * intake refuses too (the hook then reads with HAPI and gives HAPI's message). Fixtures: this
 * module's FHIR bundles (good and bad) and the population review's Synthea-shaped export.
 */
class LeanIntakeEqualityTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final FhirCheckIntake INTAKE =
      new FhirCheckIntake(TestData.FHIR, TestData.KNOWLEDGE);
  private static final IntakeOptions US = IntakeOptions.of(Jurisdiction.US, TestData.TODAY);

  /** One patient's resources, as JSON and as HAPI trees, and the order to check. */
  record Case(String name, List<JsonNode> json, List<Resource> hapi, MedicationRequest order) {
    @Override
    public String toString() {
      return name;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goodBundles")
  void aReadableRecordReadsAlike(Case c) {
    FhirCheckRequest hapi = INTAKE.read(ClinicalRecord.of(c.hapi()), c.order(), US);
    FhirCheckRequest lean = INTAKE.read(LeanRecord.of(c.json()), -1, c.order(), US);

    assertThat(lean).isEqualTo(hapi);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everything")
  void theLeanIntakeNeverAnswersDifferently(Case c) {
    Optional<FhirCheckRequest> hapi = attempt(() -> hapiRead(c));
    Optional<FhirCheckRequest> lean =
        attempt(() -> INTAKE.read(LeanRecord.of(c.json()), -1, c.order(), US));

    // where the lean intake cannot tell, it refuses and HAPI reads: it may refuse more, never
    // answer otherwise
    if (lean.isPresent()) {
      assertThat(hapi).as("HAPI reads what the lean intake reads").isPresent();
      assertThat(lean.get()).isEqualTo(hapi.get());
    }
  }

  @Test
  void theSyntheaShapedExportIsReadWithoutFallingBack() throws IOException {
    List<Case> cases = synthea().toList();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(3);
    long readAlike =
        cases.stream()
            .filter(c -> attempt(() -> hapiRead(c)).isPresent())
            .peek(
                c ->
                    assertThat(INTAKE.read(LeanRecord.of(c.json()), -1, c.order(), US))
                        .isEqualTo(hapiRead(c)))
            .count();
    // m-bac-3's dose has no unit: HAPI refuses it, so two are read
    assertThat(readAlike).isEqualTo(2);
  }

  private static FhirCheckRequest hapiRead(Case c) {
    return INTAKE.read(ClinicalRecord.of(c.hapi()), c.order(), US);
  }

  private static Optional<FhirCheckRequest> attempt(
      java.util.function.Supplier<FhirCheckRequest> read) {
    try {
      return Optional.of(read.get());
    } catch (FhirInputException
        | LeanReader.Unreadable
        | org.tonus.fhir.lean.LeanIntake.Unreadable e) {
      return Optional.empty();
    }
  }

  static Stream<Case> goodBundles() throws IOException {
    return bundles("bundles");
  }

  static Stream<Arguments> everything() throws IOException {
    return Stream.concat(Stream.concat(bundles("bundles"), bundles("bad")), synthea())
        .map(Arguments::of);
  }

  /** Each draft baclofen order of each Bundle in a fixture folder, with the Bundle's record. */
  private static Stream<Case> bundles(String folder) throws IOException {
    Path dir = Path.of("src/test/resources/org/tonus/fhir", folder);
    List<Case> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String text = Files.readString(file);
        JsonNode json;
        Bundle bundle;
        try {
          json = JSON.readTree(text);
          bundle = TestData.FHIR.newJsonParser().parseResource(Bundle.class, text);
        } catch (RuntimeException | IOException notABundle) {
          continue;
        }
        List<Resource> resources = new ArrayList<>();
        bundle.getEntry().forEach(e -> resources.add(e.getResource()));
        for (Resource r : resources) {
          if (r instanceof MedicationRequest m
              && m.getStatus() == MedicationRequest.MedicationRequestStatus.DRAFT) {
            cases.add(
                new Case(
                    folder + "/" + file.getFileName() + " " + m.getIdElement().getIdPart(),
                    List.of(json),
                    resources,
                    m));
          }
        }
      }
    }
    return cases.stream();
  }

  /**
   * Each baclofen MedicationRequest of the population review's Synthea-shaped export, with its
   * patient's resources.
   */
  private static Stream<Case> synthea() throws IOException {
    Path dir = Path.of("..", "dur", "src", "test", "resources", "synthea-shaped");
    Map<String, List<JsonNode>> json = new LinkedHashMap<>();
    Map<String, List<Resource>> hapi = new LinkedHashMap<>();
    for (String type : LeanReader.TYPES) {
      Path file = dir.resolve(type + ".ndjson");
      if (!Files.exists(file)) {
        continue;
      }
      for (String line : Files.readAllLines(file)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = JSON.readTree(line);
        String patient = LeanReader.read(node).patient();
        json.computeIfAbsent(patient, p -> new ArrayList<>()).add(node);
        hapi.computeIfAbsent(patient, p -> new ArrayList<>())
            .add((Resource) TestData.FHIR.newJsonParser().parseResource(line));
      }
    }
    List<Case> cases = new ArrayList<>();
    for (Map.Entry<String, List<Resource>> patient : hapi.entrySet()) {
      ClinicalRecord record = ClinicalRecord.of(patient.getValue());
      for (MedicationRequest m : record.medicationRequests()) {
        if (INTAKE.packDrugName(m, record).isPresent()) {
          cases.add(
              new Case(
                  "synthea-shaped " + m.getIdElement().getIdPart(),
                  json.get(patient.getKey()),
                  patient.getValue(),
                  m));
        }
      }
    }
    return cases.stream();
  }
}
