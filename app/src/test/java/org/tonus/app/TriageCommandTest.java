package org.tonus.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tonus.app.CommandLineTest.tonus;
import static org.tonus.app.IntrathecalCommandsTest.withStdin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonus.app.CommandLineTest.Run;

/** {@code tonus triage} as a patient or caregiver runs it: outcome first, exit 1 for care now. */
class TriageCommandTest {

  @Test
  void hallucinationsAreSeekCareNowWithTheEmergencyWordingFirstAndExitOne() {
    Run run = tonus("triage", "I'm really sleepy and I saw things that weren't there");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .startsWith("!!! SEEK CARE NOW !!!\nSeek care now because of hallucinations")
        .contains("call 911")
        .contains("drowsiness (\"sleepy\")")
        .contains("hallucinations (\"saw things that weren't there\")")
        .contains("CRITICAL SEEK_CARE_NOW")
        .contains("CRITICAL OVERDOSE_SIGNS")
        .contains("This is not a diagnosis.");
  }

  @Test
  void theEmergencyNumberIsTheJurisdictions() {
    Run run =
        tonus(
            "triage",
            "I'm really sleepy and I saw things that weren't there",
            "--jurisdiction",
            "UK");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("999").doesNotContain("911");
  }

  @Test
  void aMildSleepinessIsExpectedAndMildWithExitZero() {
    Run run = tonus("triage", "a bit sleepy in the afternoon", "--format", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\"outcome\" : \"EXPECTED_MILD\"")
        .contains("\"term\" : \"drowsiness\"")
        .contains("\"alerts\" : [ ]")
        .contains("\"disclaimer\" : \"This is not a diagnosis.");
  }

  @Test
  void aDeniedSymptomIsNegatedNotCounted() {
    Run run = tonus("triage", "no chest pain but my legs feel weak", "--format", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\"outcome\" : \"CONTACT_PRESCRIBER\"")
        .containsSubsequence(
            "\"symptoms\"",
            "\"term\" : \"leg-weakness\"",
            "\"negated\"",
            "\"term\" : \"chest-pain\"")
        .doesNotContain("SEEK_CARE_NOW");
  }

  @Test
  void aRecentStopWithHallucinationsIsWithdrawal() {
    Run run = tonus("triage", "seeing things", "--recent-stop", "--format", "json");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("\"code\" : \"WITHDRAWAL_SIGNS\"");
  }

  @Test
  void theRegimenOfTheJsonRequestIsCheckedForThePatient(@TempDir Path dir) throws IOException {
    // (140 - 67) x 70 / (72 x 1.8) x 0.85 = 33.5 mL/min: band 30 to below 50, so 20 mg tid =
    // 60 mg a day is above the literature's 40 mg (RENAL_ADJUST); drowsiness with it is overdose.
    Path request = dir.resolve("triage.json");
    Files.writeString(
        request,
        """
        {"text": "I feel very drowsy",
         "patient": {"ageYears": 67, "weightKg": 70, "sex": "female", "serumCreatinineMgDl": 1.8},
         "current": {"sig": "baclofen 20 mg po tid"}, "today": "2026-11-23"}
        """);

    Run json = tonus("triage", "--json", request.toString(), "--format", "json");
    Run text = tonus("triage", "--json", request.toString());

    assertThat(json.exitCode()).isEqualTo(1);
    assertThat(json.out())
        .contains("\"code\" : \"RENAL_ADJUST\"")
        .contains("\"regimenCheck\"")
        .contains("\"dailyDoseMg\" : 60");
    assertThat(text.out())
        .contains("Regimen checked: baclofen 20 mg po tid")
        .contains("WARNING RENAL_ADJUST");
  }

  @Test
  void badInputIsExitTwoWithTheReason() {
    Run blank = tonus("triage", "  ");
    Run negative = tonus("triage", "itchy", "--missed-doses", "-1");
    Run halfRegimen =
        withStdin(
            "{\"text\": \"drowsy\", \"current\": {\"sig\": \"baclofen 10 mg po tid\"}}",
            "triage",
            "--json",
            "-");
    Run both = withStdin("{\"text\": \"drowsy\"}", "triage", "--json", "-", "--recent-stop");

    assertThat(blank.exitCode()).isEqualTo(2);
    assertThat(blank.err()).contains("text is blank");
    assertThat(negative.exitCode()).isEqualTo(2);
    assertThat(negative.err()).contains("missedDoses is -1");
    assertThat(halfRegimen.exitCode()).isEqualTo(2);
    assertThat(halfRegimen.err()).contains("patient is missing");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("not both");
  }

  @Test
  void contextAloneIsEnoughWithoutWords() {
    Run run = tonus("triage", "--pump-problem", "--format", "json");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("\"outcome\" : \"SEEK_CARE_NOW\"");
  }
}
