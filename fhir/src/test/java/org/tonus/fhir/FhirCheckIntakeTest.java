package org.tonus.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.check.AllergyMention;
import org.tonus.core.check.CheckRequest;
import org.tonus.core.check.CheckResult;
import org.tonus.core.check.ConditionMention;
import org.tonus.core.check.MedicationMention;
import org.tonus.core.check.OrderInput;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.patient.Sex;
import org.tonus.fhir.testing.FhirValidation;

class FhirCheckIntakeTest {
  private final FhirCheckIntake intake = new FhirCheckIntake(TestData.FHIR, TestData.KNOWLEDGE);
  private final IntakeOptions us = IntakeOptions.of(Jurisdiction.US, TestData.TODAY);

  private FhirCheckRequest read(String bundle) {
    return intake.read(TestData.resource("bundles/" + bundle), us);
  }

  @Test
  void elderlyPatientWithRaisedCreatinineIsReadFieldByField() {
    FhirCheckRequest read = read("elderly-renal.json");
    CheckRequest request = read.request();

    // born 1959-05-10, today 2026-11-23: 67 full years
    assertThat(request.patient().patient().ageYears()).isEqualTo(67);
    assertThat(request.patient().patient().sex()).contains(Sex.FEMALE);
    // the latest of 0.9 (2026-03-01) and 1.8 (2026-11-20) mg/dL
    assertThat(request.patient().patient().serumCreatinineMgDl()).contains(new BigDecimal("1.8"));
    assertThat(request.patient().patient().weightKg()).contains(new BigDecimal("70"));
    assertThat(request.patient().patient().creatinineClearanceMlMin()).isEmpty();
    assertThat(request.patient().pregnant()).isFalse();
    // the resolved ulcer and the entered-in-error schizophrenia are skipped
    assertThat(request.patient().conditions())
        .containsExactly(
            new ConditionMention(
                Optional.of("epilepsy"), Optional.of("G40.909"), Optional.of("84757009")));
    // the completed tizanidine statement is skipped
    assertThat(request.patient().medications())
        .containsExactly(new MedicationMention("amitriptyline 25 mg tablet 25 mg at bedtime"));
    assertThat(request.patient().allergies())
        .containsExactly(new AllergyMention("penicillin", Optional.of("rash")));
    assertThat(request.current()).isEmpty();
    assertThat(request.jurisdiction()).isEqualTo(Jurisdiction.US);
    assertThat(request.today()).isEqualTo(TestData.TODAY);
    // structured dose preferred, text kept for display
    assertThat(request.order())
        .isEqualTo(
            new OrderInput.Structured(
                "baclofen",
                Optional.of(new BigDecimal("10")),
                Optional.of("mg"),
                Optional.of("po"),
                Optional.of(3),
                false,
                Optional.empty()));
    assertThat(read.orderText()).contains("baclofen 10 mg by mouth three times a day");
    assertThat(read.orderReference()).isEqualTo("MedicationRequest/draft-1");
  }

  @Test
  void elderlyPatientWithRaisedCreatinineGetsTheRenalAlert() {
    // Cockcroft-Gault: (140 - 67) x 70 / (72 x 1.8) x 0.85 = 33.5 mL/min
    CheckResult result = TestData.CHECKER.check(read("elderly-renal.json").request());

    assertThat(result.alerts())
        .extracting(Alert::code)
        .contains(AlertCode.RENAL_ADJUST, AlertCode.INTERACTION, AlertCode.CAUTION);
    assertThat(result.parsedOrder().orElseThrow().dailyDoseMg())
        .hasValueSatisfying(mg -> assertThat(mg).isEqualByComparingTo("30"));
  }

  @Test
  void textOnlyOrderAboveTheMaximumIsReadAsASig() {
    FhirCheckRequest read = read("above-max.json");

    // the RxNorm product code 197382 is not in the vocabulary; its display names baclofen
    assertThat(read.request().order())
        .isEqualTo(OrderInput.sig("baclofen Take 25 mg by mouth four times a day"));
    assertThat(read.request().patient().patient().ageYears()).isEqualTo(46);
    // 25 mg x 4 = 100 mg a day, above the US maximum of 80 and below 1.5 x 80 = 120
    CheckResult result = TestData.CHECKER.check(read.request());
    assertThat(result.alerts())
        .filteredOn(a -> a.code() == AlertCode.DOSE_ABOVE_MAX)
        .extracting(Alert::severity)
        .containsExactly(Severity.WARNING);
  }

  @Test
  void aDraftThatMustNotBePerformedStopsTheCurrentRegimen() {
    FhirCheckRequest read = read("abrupt-stop.json");
    CheckRequest request = read.request();

    assertThat(request.order()).isEqualTo(OrderInput.stop());
    assertThat(request.replacesCurrent()).isTrue();
    // the brand Lioresal names baclofen; the active order is the current regimen
    assertThat(request.current()).isPresent();
    assertThat(request.current().get().order())
        .isEqualTo(
            new OrderInput.Structured(
                "Lioresal",
                Optional.of(new BigDecimal("20")),
                Optional.of("mg"),
                Optional.of("po"),
                Optional.of(3),
                false,
                Optional.empty()));
    assertThat(request.current().get().since()).contains(LocalDate.of(2026, 1, 10));
    assertThat(request.patient().medications()).isEmpty();
    assertThat(TestData.CHECKER.check(request).alerts())
        .extracting(Alert::code)
        .contains(AlertCode.ABRUPT_STOP_RISK);
  }

  @Test
  void siUnitsAreConvertedExactly() {
    CheckRequest request = read("si-units.json").request();

    // born 1950-11-24, today 2026-11-23: the 76th birthday is tomorrow
    assertThat(request.patient().patient().ageYears()).isEqualTo(75);
    // 159 umol/L / 88.4 = 1.79864... mg/dL, kept to 2 decimals half up = 1.80
    assertThat(request.patient().patient().serumCreatinineMgDl()).contains(new BigDecimal("1.80"));
    // 154 [lb_av] x 0.45359237 = 69.85322498 kg, kept to 1 decimal half up = 69.9
    assertThat(request.patient().patient().weightKg()).contains(new BigDecimal("69.9"));
    assertThat(request.patient().patient().creatinineClearanceMlMin())
        .contains(new BigDecimal("42"));
    // SNOMED 60001007 is "not pregnant"
    assertThat(request.patient().pregnant()).isFalse();
    assertThat(request.indication()).contains("multiple sclerosis");
    // the dose through a Medication reference; 1 every 8 h = 3 a day
    assertThat(request.order())
        .isEqualTo(
            new OrderInput.Structured(
                "baclofen",
                Optional.of(new BigDecimal("5")),
                Optional.of("mg"),
                Optional.empty(),
                Optional.of(3),
                false,
                Optional.empty()));
  }

  @Test
  void theCallerMayNameTheOrderToCheck() {
    FhirCheckRequest read =
        intake.read(TestData.resource("bundles/abrupt-stop.json"), us.withOrderId("current-3"));

    assertThat(read.orderReference()).isEqualTo("MedicationRequest/current-3");
    assertThat(read.request().current()).isEmpty();
  }

  @Test
  void aMedicationStatementIsTheCurrentRegimenAndCodedPregnancyIsRead() {
    CheckRequest request = read("statement-current.json").request();

    // SNOMED 77386006 "pregnant" on the latest LOINC 82810-3
    assertThat(request.patient().pregnant()).isTrue();
    assertThat(request.current().orElseThrow().order())
        .isEqualTo(OrderInput.sig("baclofen 5 mg po tid"));
    assertThat(request.current().orElseThrow().since()).contains(LocalDate.of(2026, 10, 1));
    assertThat(request.replacesCurrent()).isTrue();
    // a contained Medication by RxNorm 1292; QID is 4 a day; a reason means as needed
    assertThat(request.order())
        .isEqualTo(
            new OrderInput.Structured(
                "baclofen",
                Optional.of(new BigDecimal("10")),
                Optional.of("mg"),
                Optional.empty(),
                Optional.of(4),
                true,
                Optional.empty()));
    assertThat(alertCodes(request)).contains(AlertCode.PREGNANCY_LACTATION);
  }

  private static java.util.List<AlertCode> alertCodes(CheckRequest request) {
    return TestData.CHECKER.check(request).alerts().stream().map(Alert::code).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          not-json.txt                     | the input is not a FHIR R4 Bundle in JSON
          not-a-bundle.json                | the input is not a FHIR R4 Bundle in JSON
          unknown-element.json             | favouriteColour
          no-patient.json                  | the input has no Patient; a check needs one
          no-draft.json                    | the input has no MedicationRequest with status draft
          no-birth-date.json               | Patient/p9 has no birthDate
          partial-birth-date.json          | Patient/p9 birthDate 1970 is not a full date
          dose-without-unit.json           | MedicationRequest/draft-1 dosageInstruction[0].doseAndRate[0].doseQuantity has no unit
          dose-unit-unknown.json           | MedicationRequest/draft-1 dosageInstruction[0].doseAndRate[0].doseQuantity unit '{tablet}' is not a dose unit
          creatinine-unit-unknown.json     | Observation/cr9 valueQuantity unit 'mmol/L' is not a serum creatinine unit
          weight-unit-unknown.json         | Observation/w9 valueQuantity unit '[stone_av]' is not a weight unit
          draft-not-baclofen.json          | MedicationRequest/draft-1 is not a baclofen order
          medication-reference-missing.json | MedicationRequest/draft-1 medicationReference Medication/missing is not in the input
          two-baclofen-drafts.json         | the input has 2 draft baclofen MedicationRequests (MedicationRequest/draft-1, MedicationRequest/draft-2); name the one to check
          two-patients.json                | the input holds two patients, Patient/p9 and Patient/p8
          every-other-day.json             | MedicationRequest/draft-1 dosageInstruction[0].timing.repeat 1 per 2 d is not a whole number of doses a day
          no-dosage.json                   | MedicationRequest/draft-1 has no dosageInstruction
          born-after-today.json            | Patient/p9 birthDate 2030-01-01 is after today's date 2026-11-23
          """)
  void badInputIsRefusedWithAMessageNamingResourceAndElement(String file, String message) {
    String input = TestData.resource("bad/" + file);

    assertThatThrownBy(() -> intake.read(input, us))
        .isInstanceOf(FhirInputException.class)
        .hasMessageContaining(message);
  }

  @Test
  void aRefusalBecomesAnOperationOutcome() {
    FhirInputException problem =
        org.junit.jupiter.api.Assertions.assertThrows(
            FhirInputException.class,
            () -> intake.read(TestData.resource("bad/dose-without-unit.json"), us));

    OperationOutcome outcome = OperationOutcomes.of(problem);

    assertThat(outcome.getIssueFirstRep().getSeverity())
        .isEqualTo(OperationOutcome.IssueSeverity.ERROR);
    assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.INVALID);
    assertThat(outcome.getIssueFirstRep().getDiagnostics()).isEqualTo(problem.getMessage());
    assertThat(FhirValidation.errors(outcome)).isEmpty();
  }
}
