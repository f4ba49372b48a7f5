package org.tonus.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tonus.app.CommandLineTest.tonus;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonus.app.CommandLineTest.Run;

/** {@code tonus pump} and {@code tonus plan intrathecal} as a pump clinic runs them. */
class IntrathecalCommandsTest {

  @Test
  void aRefillSaysWhenTheAlarmComesAndWhenToRefill() {
    // 20 mL x 500 mcg/mL = 10000 mcg; (20 - 2) x 500 = 9000 usable; 9000 / 300 = 30 days;
    // alarm 2026-11-23 + 30 = 2026-12-23; due 7 days earlier (IT-13-G) = 2026-12-16.
    Run run =
        tonus(
            "pump",
            "--refill-date",
            "2026-11-23",
            "--volume",
            "20 mL",
            "--concentration",
            "500 mcg/mL",
            "--daily-dose",
            "300 mcg/day",
            "--reserve",
            "2 mL");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Drug in the reservoir        10000 mcg")
        .contains("Days to the alarm            30")
        .contains("Refill due by                2026-12-16 (7 days before the alarm)")
        .contains("Alerts: none")
        .contains("Not medical advice");
  }

  @Test
  void aDailyDoseInMilligramsIsACriticalUnitErrorAndExitsOne() {
    Run run =
        tonus(
            "pump",
            "--refill-date",
            "2026-11-23",
            "--volume",
            "20 mL",
            "--concentration",
            "500 mcg/mL",
            "--daily-dose",
            "0.3 mg/day",
            "--reserve",
            "2 mL");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("CRITICAL UNIT_ERROR").contains("No calculation");
  }

  @Test
  void theJsonContractGivesTheFieldsOfTheDesign(@TempDir Path dir) throws Exception {
    Path request = dir.resolve("pump.json");
    Files.writeString(
        request,
        """
        {"jurisdiction": "US", "refillDate": "2026-11-23", "volumeMl": 20,
         "concentrationMcgPerMl": 500, "dailyDoseMcg": 300, "reserveMl": 2}
        """);

    Run run = tonus("pump", "--json", request.toString(), "--format", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\"totalMcg\" : 10000")
        .contains("\"usableMcg\" : 9000")
        .contains("\"rateMlPerDay\" : 0.6")
        .contains("\"daysToReserve\" : 30")
        .contains("\"daysToEmpty\" : 33")
        .contains("\"refillDueBy\" : \"2026-12-16\"")
        .contains("\"emptyDate\" : \"2026-12-26\"")
        .contains("\"disclaimer\"");
  }

  @Test
  void aPumpProgrammedForAnotherConcentrationIsCritical() {
    Run run =
        withStdin(
            """
            {"refillDate": "2026-11-23", "volumeMl": 20, "concentrationMcgPerMl": 500,
             "dailyDoseMcg": 300, "reserveMl": 2,
             "pump": {"programmedConcentrationMcgPerMl": 2000}}
            """,
            "pump",
            "--json",
            "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("UNIT_ERROR").contains("programmed for 2000 mcg/mL");
  }

  @Test
  void badRequestsExitTwoNamingTheField() {
    assertThat(withStdin("{bad", "pump", "--json", "-").err())
        .contains("the request is not valid JSON at line 1, column 2");
    Run unknown = withStdin("{\"refilDate\": \"2026-11-23\"}", "pump", "--json", "-");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("refilDate is not a known field");
    Run negative =
        withStdin("{\"refillDate\": \"2026-11-23\", \"volumeMl\": -20}", "pump", "--json", "-");
    assertThat(negative.exitCode()).isEqualTo(2);
    assertThat(negative.err()).contains("volumeMl -20 must not be negative");
    Run missing = tonus("pump", "--volume", "20 mL");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("--refill-date is required");
  }

  @Test
  void anIntrathecalStartDoublesTheScreeningDoseAndCapsTomorrow() {
    // IT-03-A: 75 mcg x 2 = 150 mcg/day; 150 / 500 mcg/mL = 0.3 mL/day;
    // IT-04-A spinal: at most +30 % a day, 150 x 1.3 = 195 mcg/day.
    Run run =
        tonus(
            "plan",
            "intrathecal",
            "--age",
            "34",
            "--screening-dose",
            "75 mcg",
            "--effect-hours",
            "6",
            "--origin",
            "spinal",
            "--concentration",
            "500 mcg/mL");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("First 24-hour dose           150 mcg/day")
        .contains("Pump rate                    0.3 mL/day at 500 mcg/mL")
        .contains("Largest dose tomorrow        195 mcg/day");
  }

  @Test
  void anIntrathecalStartForAChildUnderFourIsRefused() {
    Run run =
        withStdin(
            """
            {"patient": {"ageYears": 3}, "screeningDoseMcg": 50, "effectHours": 6,
             "spasticityOrigin": "cerebral", "concentrationMcgPerMl": 500}
            """,
            "plan",
            "intrathecal",
            "--json",
            "-",
            "--format",
            "json");

    assertThat(run.out()).contains("PEDIATRIC_LIMIT").doesNotContain("initialDailyDoseMcg");
  }

  static Run withStdin(String input, String... args) {
    InputStream original = System.in;
    try {
      System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
      return tonus(args);
    } finally {
      System.setIn(original);
    }
  }
}
