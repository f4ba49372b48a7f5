package org.tonus.fhir;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.tonus.core.alert.Alert;
import org.tonus.core.check.CheckResult;
import org.tonus.core.knowledge.Knowledge;

/**
 * A check result in FHIR: a Bundle of type collection with one {@link DetectedIssue} per alert
 * (code from {@link TonusCodes#ALERT_CODE}, severity critical to high, warning to moderate, info to
 * low, the message as detail, each evidence item and each rule and source as evidence codes, the
 * first source's URL as reference, the order as implicated), and, when the checker could not
 * recognise some mentions, an OperationOutcome listing them as information.
 */
public final class DetectedIssues {
  /** Knowledge source ids cited as evidence. */
  public static final String SOURCE = "https://tonus.example.org/fhir/CodeSystem/source";

  private final Knowledge knowledge;

  public DetectedIssues(Knowledge knowledge) {
    this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
  }

  /**
   * @param orderReference the checked order, e.g. {@code MedicationRequest/draft-1}, when known
   * @param patientReference the patient, e.g. {@code Patient/p1}, when known
   */
  public Bundle bundle(
      CheckResult result, Optional<String> orderReference, Optional<String> patientReference) {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    int index = 0;
    for (Alert alert : result.alerts()) {
      DetectedIssue issue = issue(alert, orderReference, patientReference);
      add(bundle, issue, alert.code() + "|" + index++ + "|" + alert.message());
    }
    if (!result.unrecognised().isEmpty()) {
      OperationOutcome outcome = new OperationOutcome();
      for (String text : result.unrecognised()) {
        outcome
            .addIssue()
            .setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
            .setCode(OperationOutcome.IssueType.NOTFOUND)
            .setDiagnostics("not recognised, so not checked: " + text);
      }
      add(bundle, outcome, "unrecognised|" + String.join("|", result.unrecognised()));
    }
    return bundle;
  }

  /** One alert as a DetectedIssue. */
  public DetectedIssue issue(
      Alert alert, Optional<String> orderReference, Optional<String> patientReference) {
    DetectedIssue issue = new DetectedIssue();
    issue.setStatus(DetectedIssue.DetectedIssueStatus.FINAL);
    issue.setCode(
        new CodeableConcept(new Coding(TonusCodes.ALERT_CODE, alert.code().name(), null))
            .setText(alert.code().name()));
    issue.setSeverity(
        switch (alert.severity()) {
          case CRITICAL -> DetectedIssue.DetectedIssueSeverity.HIGH;
          case WARNING -> DetectedIssue.DetectedIssueSeverity.MODERATE;
          case INFO -> DetectedIssue.DetectedIssueSeverity.LOW;
        });
    issue.setDetail(alert.message());
    patientReference.ifPresent(p -> issue.setPatient(new Reference(p)));
    orderReference.ifPresent(o -> issue.addImplicated(new Reference(o)));
    for (Map.Entry<String, String> item : alert.evidence().entrySet()) {
      if (item.getKey().equals("rules")) {
        CodeableConcept rules = new CodeableConcept().setText("rules: " + item.getValue());
        for (String id : item.getValue().split(",")) {
          rules.addCoding(new Coding(TonusCodes.FACT, id.trim(), null));
        }
        issue.addEvidence().addCode(rules);
      } else {
        issue
            .addEvidence()
            .addCode(new CodeableConcept().setText(item.getKey() + ": " + item.getValue()));
      }
    }
    if (!alert.sources().isEmpty()) {
      CodeableConcept sources =
          new CodeableConcept().setText("sources: " + String.join(", ", alert.sources()));
      alert.sources().forEach(id -> sources.addCoding(new Coding(SOURCE, id, null)));
      issue.addEvidence().addCode(sources);
    }
    SourceUrls.first(knowledge, alert.sources()).ifPresent(issue::setReference);
    return issue;
  }

  private static void add(Bundle bundle, Resource resource, String key) {
    String id = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    resource.setId(id);
    bundle.addEntry().setFullUrl("urn:uuid:" + id).setResource(resource);
  }
}
