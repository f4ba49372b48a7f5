package org.tonus.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tonus.app.CommandLineTest.tonus;
import static org.tonus.app.IntrathecalCommandsTest.withStdin;

import org.junit.jupiter.api.Test;
import org.tonus.app.CommandLineTest.Run;

/** {@code tonus missed} as a patient runs it: take now or skip, with the time arithmetic. */
class MissedCommandTest {

  @Test
  void fortyMinutesLateWithTheNextDoseHoursAwayIsTakeNow() {
    // US (MISS-02-D, POL-11): 08:00 -> 08:40 = 40 min <= 60 min since it was due, and
    // 08:40 -> 14:00 = 5 h 20 min = 320 min > 60 min until the next: take the usual 10 mg.
    Run run =
        tonus(
            "missed",
            "--missed-at",
            "2026-11-23T08:00",
            "--now",
            "2026-11-23T08:40",
            "--next-dose-at",
            "2026-11-23T14:00",
            "--dose-mg",
            "10",
            "--format",
            "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\"action\" : \"take_now\"")
        .contains("\"doseMg\" : 10,")
        .contains("\"neverDouble\" : true")
        .contains("\"minutesSinceMissed\" : 40")
        .contains("\"minutesUntilNext\" : 320")
        .contains("\"MISS-02-D\"");
  }

  @Test
  void twoAndAHalfHoursLateIsSkipAndNeverADouble() {
    // US: 08:00 -> 10:30 = 150 min > 60 min: leave it out, take 0 mg now; next at 14:00 =
    // 3 h 30 min away.
    Run run =
        tonus(
            "missed",
            "--missed-at",
            "2026-11-23T08:00",
            "--now",
            "2026-11-23T10:30",
            "--next-dose-at",
            "2026-11-23T14:00",
            "--dose-mg",
            "10");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Missed dose\n\nLeave out the missed dose: take nothing now.")
        .contains("Never take a double dose")
        .contains("2026-11-23 10:30 (2 h 30 min later)")
        .contains("2026-11-23 14:00 (in 3 h 30 min)");
  }

  @Test
  void theUkKeepsFourHoursBeforeTheNextDose() {
    // UK (MISS-02-E): take it when remembered if the next dose is at least 4 h away.
    // 10:30 -> 16:00 = 330 min >= 240: take now; 10:30 -> 14:00 = 210 min < 240: skip.
    Run take =
        withStdin(
            """
            {"jurisdiction": "UK", "missedAt": "2026-11-23T08:00", "now": "2026-11-23T10:30",
             "nextDoseAt": "2026-11-23T16:00", "doseMg": 5}
            """,
            "missed",
            "--json",
            "-",
            "--format",
            "json");
    Run skip =
        withStdin(
            """
            {"jurisdiction": "UK", "missedAt": "2026-11-23T08:00", "now": "2026-11-23T10:30",
             "nextDoseAt": "2026-11-23T14:00", "doseMg": 5}
            """,
            "missed",
            "--json",
            "-",
            "--format",
            "json");

    assertThat(take.out())
        .contains("\"action\" : \"take_now\"")
        .contains("\"doseMg\" : 5,")
        .contains("\"minutesUntilNext\" : 330")
        .contains("\"MISS-02-E\"");
    assertThat(skip.out())
        .contains("\"action\" : \"skip\"")
        .contains("\"doseMg\" : 0,")
        .contains("\"minutesUntilNext\" : 210");
  }

  @Test
  void impossibleTimesAndMissingValuesAreBadInput() {
    Run nextBeforeNow =
        tonus(
            "missed",
            "--missed-at",
            "2026-11-23T08:00",
            "--now",
            "2026-11-23T15:00",
            "--next-dose-at",
            "2026-11-23T14:00",
            "--dose-mg",
            "10");
    Run notATime =
        tonus(
            "missed",
            "--missed-at",
            "8am",
            "--next-dose-at",
            "2026-11-23T14:00",
            "--dose-mg",
            "10");
    Run noDose =
        tonus("missed", "--missed-at", "2026-11-23T08:00", "--next-dose-at", "2026-11-23T14:00");
    Run zeroDose =
        withStdin(
            """
            {"missedAt": "2026-11-23T08:00", "now": "2026-11-23T08:30",
             "nextDoseAt": "2026-11-23T14:00", "doseMg": 0}
            """,
            "missed",
            "--json",
            "-");

    assertThat(nextBeforeNow.exitCode()).isEqualTo(2);
    assertThat(nextBeforeNow.err()).contains("nextDoseAt (2026-11-23T14:00) is not after now");
    assertThat(notATime.exitCode()).isEqualTo(2);
    assertThat(notATime.err()).contains("--missed-at '8am' is not a local date and time");
    assertThat(noDose.exitCode()).isEqualTo(2);
    assertThat(noDose.err()).contains("--dose-mg is required");
    assertThat(zeroDose.exitCode()).isEqualTo(2);
    assertThat(zeroDose.err()).contains("doseMg is 0");
  }
}
