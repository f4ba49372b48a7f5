package org.tonus.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tonus.app.CommandLineTest.tonus;
import static org.tonus.app.IntrathecalCommandsTest.withStdin;

import org.junit.jupiter.api.Test;
import org.tonus.app.CommandLineTest.Run;

/** {@code tonus check} as a prescriber or an EHR runs it. */
class CheckCommandTest {

  @Test
  void theQuickFlagsFindTheRenalBandTheAgeAndTheOpioid() {
    // CrCl 45 is in the 30-50 band (REN-03-C); age 70 is 65 or over (POL-16); oxycodone is an
    // opioid (INT-02). 20 mg qid as a first order is above the 15 mg/day start (POL-04-A).
    Run run =
        tonus(
            "check",
            "--sig",
            "baclofen 20 mg po qid",
            "--age",
            "70",
            "--crcl",
            "45",
            "--med",
            "oxycodone 5 mg q6h prn",
            "--today",
            "2026-11-23");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Daily dose                   80 mg")
        .contains("WARNING RENAL_ADJUST")
        .contains("WARNING CAUTION: Age 70")
        .contains("WARNING INTERACTION: Interaction with oxycodone")
        .contains("WARNING TITRATION_TOO_FAST");
  }

  @Test
  void aCorrectStartForAHealthyAdultIsSilent() {
    Run run =
        withStdin(
            """
            {"patient": {"ageYears": 40}, "order": {"sig": "baclofen 5 mg po tid"},
             "today": "2026-11-23"}
            """,
            "check",
            "--json",
            "-",
            "--format",
            "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\"dailyDoseMg\" : 15").contains("\"alerts\" : [ ]");
  }

  @Test
  void aCriticalAlertExitsOne() {
    // Oral baclofen in micrograms is a unit error (POL-09), critical.
    Run run =
        tonus("check", "--sig", "baclofen 10 mcg po tid", "--age", "40", "--today", "2026-11-23");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("CRITICAL UNIT_ERROR");
  }

  @Test
  void aConditionCodeIsMatchedAndAnUnknownMedicineIsListed() {
    // G40.909 is epilepsy (ICD-10-CM G40): a caution under the labels, never a contraindication
    // (POL-18).
    Run run =
        withStdin(
            """
            {"patient": {"ageYears": 40, "conditions": [{"icd10": "G40.909"}],
                         "medications": [{"text": "zorblatin 5 mg daily"}]},
             "order": {"sig": "baclofen 5 mg po tid"}, "today": "2026-11-23"}
            """,
            "check",
            "--json",
            "-",
            "--format",
            "json");

    assertThat(run.out())
        .contains("\"code\" : \"CAUTION\"")
        .doesNotContain("CONTRAINDICATION")
        .contains("zorblatin");
  }

  @Test
  void anImpossibleAgeIsABadRequestWithErrorJson() {
    Run run =
        withStdin(
            "{\"patient\": {\"ageYears\": 300}, \"order\": {\"sig\": \"baclofen 5 mg po tid\"}}",
            "check",
            "--json",
            "-",
            "--format",
            "json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).contains("\"error\" : \"patient.ageYears 300 is not an age");
    assertThat(run.err()).contains("patient.ageYears 300");
  }

  @Test
  void anOrderNeedsExactlyOneForm() {
    Run run =
        withStdin(
            "{\"patient\": {\"ageYears\": 40}, \"order\": {\"sig\": \"x\", \"stop\": true}}",
            "check",
            "--json",
            "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("order needs exactly one of: sig");
  }
}
