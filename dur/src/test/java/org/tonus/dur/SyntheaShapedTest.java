package org.tonus.dur;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tonus.core.knowledge.Jurisdiction;

/**
 * Real-world FHIR shapes, as Synthea's R4 bulk export writes them (narrative, extensions,
 * identifiers, urn:uuid and Patient/ references, SNOMED-only conditions, categories, components,
 * RxNorm product codes, structured dosages without a dose unit), with baclofen prescriptions added
 * by hand: a fixed case with its arithmetic written out. {@link SyntheaRunTest} runs Synthea
 * itself.
 */
class SyntheaShapedTest {
  private static Path export() throws URISyntaxException {
    return Path.of(SyntheaShapedTest.class.getResource("/synthea-shaped/Patient.ndjson").toURI())
        .getParent();
  }

  @Test
  void readsTheShapesAndAgreesWithTheFhirPath() throws URISyntaxException {
    List<AlertRow> alerts = new ArrayList<>();
    Tally tally = PlainReview.run(export(), Jurisdiction.US, alerts::add);
    assertThat(tally.malformed()).isZero();
    assertThat(tally.patients).isEqualTo(2);
    assertThat(tally.prescriptions).isEqualTo(3);
    // Synthea's doseQuantity has no unit: the FHIR path refuses it, the review counts it
    assertThat(tally.unreadable).isEqualTo(1);
    assertThat(tally.unreadableExamples)
        .singleElement()
        .asString()
        .startsWith("MedicationRequest/m-bac-3")
        .contains("has no unit");
    // 74 years old, 68.4 kg, creatinine 1.4 mg/dL: (140-74) x 68.4 / (72 x 1.4) x 0.85 = 38.1
    // mL/min (REN-06), below 80 (REN-03): a renal alert on both; the rise from 15 to 30 mg a day
    // after 2 days is sooner than every 3 days (POL-04-B); the age caution from 65 (GER-01-A).
    assertThat(GroundTruth.found(alerts))
        .contains(
            "MedicationRequest/m-bac-1 RENAL_ADJUST",
            "MedicationRequest/m-bac-1 CAUTION",
            "MedicationRequest/m-bac-2 RENAL_ADJUST",
            "MedicationRequest/m-bac-2 TITRATION_TOO_FAST",
            "MedicationRequest/m-bac-2 CAUTION")
        .noneMatch(a -> a.contains("CONDITION") || a.contains("OFF_LABEL"));
    List<String> reference = HapiReference.alerts(export(), Jurisdiction.US);
    assertThat(reference)
        .contains("0a9b8c7d-1111-4222-8333-944455566677|MedicationRequest/m-bac-3|unreadable");
    assertThat(reference.stream().filter(r -> !r.endsWith("|unreadable")).toList())
        .hasSize(alerts.size());
  }
}
