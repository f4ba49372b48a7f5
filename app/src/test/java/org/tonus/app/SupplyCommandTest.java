package org.tonus.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tonus.app.CommandLineTest.tonus;
import static org.tonus.app.IntrathecalCommandsTest.withStdin;

import org.junit.jupiter.api.Test;
import org.tonus.app.CommandLineTest.Run;

/** {@code tonus supply} as a pharmacist runs it. */
class SupplyCommandTest {

  @Test
  void ninetyTabletsThreeADayLastThirtyDays() {
    // 1 tab x 3 a day = 3 a day; 90 / 3 = 30 days; day 1 = 2026-11-23, so it runs out on
    // 2026-12-23 and a refill is due 7 days before, 2026-12-16 (POL-15).
    Run run =
        tonus(
            "supply",
            "--sig",
            "baclofen 10 mg tab: 1 tab po tid",
            "--quantity",
            "90",
            "--fill-date",
            "2026-11-23");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Days' supply                 30")
        .contains("Runs out on                  2026-12-23")
        .contains("Ask for a refill by          2026-12-16 (7 days before)");
  }

  @Test
  void theJsonContractCountsAsNeededOrdersAtTheirMaximum() {
    // 1-2 tabs tid prn: top of the range, 2 x 3 = 6 tablets a day; 60 / 6 = 10 days.
    Run run =
        withStdin(
            """
            {"sig": "baclofen 5 mg tab: 1-2 tabs po tid prn spasms", "quantity": 60,
             "fillDate": "2026-11-23", "refillMarginDays": 3}
            """,
            "supply",
            "--json",
            "-",
            "--format",
            "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\"unitsPerDay\" : 6")
        .contains("\"dailyMg\" : 30")
        .contains("\"daysSupply\" : 10")
        .contains("\"runsOutOn\" : \"2026-12-03\"")
        .contains("\"refillDueOn\" : \"2026-11-30\"");
  }

  @Test
  void aSigThatCannotBeReadIsABadRequestWithTheParsersReason() {
    Run run =
        tonus(
            "supply",
            "--sig",
            "baclofen 10 po tid",
            "--quantity",
            "90",
            "--fill-date",
            "2026-11-23");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("sig 'baclofen 10 po tid': no unit after 10");
  }

  @Test
  void aVolumeForTabletsIsRefused() {
    Run run =
        tonus(
            "supply",
            "--sig",
            "baclofen 10 mg tab: 1 tab po tid",
            "--quantity",
            "90 mL",
            "--fill-date",
            "2026-11-23");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--quantity is in mL but the sig is counted in tablets");
  }
}
