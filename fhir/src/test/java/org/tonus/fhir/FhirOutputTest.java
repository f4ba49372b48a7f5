package org.tonus.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.MedicationKnowledge;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tonus.core.check.CheckPatient;
import org.tonus.core.check.CheckRequest;
import org.tonus.core.check.CheckResult;
import org.tonus.core.check.OrderInput;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.patient.Patient;
import org.tonus.core.plan.DoseLevel;
import org.tonus.core.plan.PlanStep;
import org.tonus.core.plan.TaperPlan;
import org.tonus.core.plan.TaperPlanner;
import org.tonus.core.plan.TaperRequest;
import org.tonus.core.plan.TitrationPlan;
import org.tonus.core.plan.TitrationPlanner;
import org.tonus.core.plan.TitrationRequest;
import org.tonus.fhir.testing.FhirValidation;

class FhirOutputTest {
  private static final LocalDate START = LocalDate.of(2026, 11, 23);
  private final DetectedIssues issues = new DetectedIssues(TestData.KNOWLEDGE);
  private final PlanRequests plans = new PlanRequests(TestData.KNOWLEDGE);

  @Test
  void alertsOfARealBundleBecomeValidDetectedIssues() {
    FhirCheckRequest read =
        new FhirCheckIntake(TestData.FHIR, TestData.KNOWLEDGE)
            .read(
                TestData.resource("bundles/elderly-renal.json"),
                IntakeOptions.of(Jurisdiction.US, TestData.TODAY));
    CheckResult result = TestData.CHECKER.check(read.request());

    Bundle bundle =
        issues.bundle(result, Optional.of(read.orderReference()), Optional.of("Patient/p1"));

    assertThat(FhirValidation.errors(bundle)).isEmpty();
    assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
    List<DetectedIssue> detected = detectedIssues(bundle);
    assertThat(detected).hasSize(result.alerts().size());
    DetectedIssue renal =
        detected.stream()
            .filter(i -> i.getCode().getCodingFirstRep().getCode().equals("RENAL_ADJUST"))
            .findFirst()
            .orElseThrow();
    assertThat(renal.getCode().getCodingFirstRep().getSystem()).isEqualTo(TonusCodes.ALERT_CODE);
    assertThat(renal.getImplicatedFirstRep().getReference()).isEqualTo("MedicationRequest/draft-1");
    assertThat(renal.getPatient().getReference()).isEqualTo("Patient/p1");
    assertThat(renal.getDetail())
        .isEqualTo(
            result.alerts().stream()
                .filter(a -> a.code().name().equals("RENAL_ADJUST"))
                .findFirst()
                .orElseThrow()
                .message());
    // (140 - 67) x 70 / (72 x 1.8) x 0.85 = 33.5 mL/min, as evidence text
    assertThat(renal.getEvidence())
        .extracting(e -> e.getCodeFirstRep().getText())
        .contains("creatinineClearanceMlMin: 33.5", "suggestedMaxDailyMg: 40");
    assertThat(renal.getReference()).startsWith("http");
  }

  @Test
  void severitiesMapCriticalToHighWarningToModerateInfoToLow() {
    // 30 mg x 4 = 120 mg a day = 1.5 x the US maximum of 80: critical (POL-02)
    CheckResult result =
        TestData.CHECKER.check(
            new CheckRequest(
                Jurisdiction.US,
                CheckPatient.of(Patient.aged(70)),
                Optional.empty(),
                Optional.empty(),
                OrderInput.sig("baclofen 30 mg po qid"),
                false,
                Optional.empty(),
                START));

    Bundle bundle = issues.bundle(result, Optional.empty(), Optional.empty());

    assertThat(FhirValidation.errors(bundle)).isEmpty();
    assertThat(detectedIssues(bundle))
        .filteredOn(i -> i.getCode().getCodingFirstRep().getCode().equals("DOSE_ABOVE_MAX"))
        .extracting(DetectedIssue::getSeverity)
        .containsExactly(DetectedIssue.DetectedIssueSeverity.HIGH);
    assertThat(result.alerts())
        .allSatisfy(
            alert -> {
              DetectedIssue issue = issues.issue(alert, Optional.empty(), Optional.empty());
              assertThat(issue.getSeverity())
                  .isEqualTo(
                      switch (alert.severity()) {
                        case CRITICAL -> DetectedIssue.DetectedIssueSeverity.HIGH;
                        case WARNING -> DetectedIssue.DetectedIssueSeverity.MODERATE;
                        case INFO -> DetectedIssue.DetectedIssueSeverity.LOW;
                      });
            });
  }

  @Test
  void aTitrationPlanIsOneMedicationRequestWithADosageLinePerStep() {
    TitrationPlan plan =
        (TitrationPlan)
            new TitrationPlanner(TestData.KNOWLEDGE)
                .titrate(
                    TitrationRequest.of(Jurisdiction.US, Patient.aged(46), START)
                        .withTargetDailyMg("45"));

    MedicationRequest request = plans.titration(plan, new Reference("Patient/p2"));

    assertThat(FhirValidation.errors(request)).isEmpty();
    assertThat(request.getIntent()).isEqualTo(MedicationRequest.MedicationRequestIntent.PLAN);
    assertThat(request.getMedicationCodeableConcept().getCodingFirstRep().getCode())
        .isEqualTo("1292");
    assertThat(request.getDosageInstruction()).hasSize(plan.steps().size());
    for (int i = 0; i < plan.steps().size(); i++) {
      PlanStep step = plan.steps().get(i);
      Dosage dosage = request.getDosageInstruction().get(i);
      assertThat(dosage.getSequence()).isEqualTo(i + 1);
      assertThat(dosage.getTiming().getRepeat().getFrequency()).isEqualTo(step.dosesPerDay());
      assertThat(
              dosage.getTiming().getRepeat().getBoundsPeriod().getStartElement().getValueAsString())
          .isEqualTo(step.fromDate().toString());
      assertThat(
              dosage.getTiming().getRepeat().getBoundsPeriod().getEndElement().getValueAsString())
          .isEqualTo(step.toDate().toString());
      Quantity dose = dosage.getDoseAndRateFirstRep().getDoseQuantity();
      assertThat(dose.getValue()).isEqualByComparingTo(step.doseMg());
      assertThat(dose.getCode()).isEqualTo("mg");
      assertThat(dosage.getText()).contains("mg by mouth").contains(step.fromDate().toString());
    }
    // the first step is the labelled start, 5 mg three times a day (DOSE-US-01)
    assertThat(request.getDosageInstructionFirstRep().getText())
        .startsWith("baclofen 5 mg by mouth three times a day (15 mg a day)");
    assertThat(request.getNoteFirstRep().getText()).contains("Rules: ").contains("Sources: ");
  }

  @Test
  void aTaperPlanListsItsReducedStepsAndSaysWhenBaclofenStops() {
    TaperPlan plan =
        (TaperPlan)
            new TaperPlanner(TestData.KNOWLEDGE)
                .taper(
                    TaperRequest.of(
                        Jurisdiction.US, Patient.aged(51), START, DoseLevel.of(3, "20")));

    MedicationRequest request = plans.taper(plan, new Reference().setDisplay("the patient"));

    assertThat(FhirValidation.errors(request)).isEmpty();
    assertThat(request.getDosageInstruction()).hasSize(plan.steps().size() - 1);
    assertThat(request.getNoteFirstRep().getText())
        .contains("no baclofen from day " + (plan.days() + 1));
  }

  @ParameterizedTest
  @EnumSource(Jurisdiction.class)
  void theMonographIsAValidMedicationKnowledge(Jurisdiction jurisdiction) {
    MedicationKnowledge knowledge =
        new MedicationKnowledgeWriter(TestData.KNOWLEDGE)
            .write(jurisdiction, Optional.of("https://tonus.example.org/api/monograph"));

    assertThat(FhirValidation.errors(knowledge)).isEmpty();
    assertThat(knowledge.getCode().getCodingFirstRep().getCode()).isEqualTo("1292");
    assertThat(knowledge.getSynonym()).extracting(s -> s.getValue()).contains("Lioresal");
    assertThat(knowledge.getDrugCharacteristic())
        .extracting(
            c ->
                c.getValueQuantity().getValue().toPlainString()
                    + " "
                    + c.getValueQuantity().getCode())
        .contains("10 mg");
    assertThat(knowledge.getAdministrationGuidelines()).hasSize(Jurisdiction.values().length);
    assertThat(knowledge.getAdministrationGuidelines().get(0).getDosage())
        .extracting(d -> d.getDosageFirstRep().getText())
        .allSatisfy(text -> assertThat(text).contains("; sources: "));
    assertThat(knowledge.getContraindication()).isNotEmpty();
    assertThat(knowledge.getContained()).hasSize(knowledge.getContraindication().size() + 1);
  }

  private static List<DetectedIssue> detectedIssues(Bundle bundle) {
    return bundle.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(DetectedIssue.class::isInstance)
        .map(DetectedIssue.class::cast)
        .toList();
  }
}
