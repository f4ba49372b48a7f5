package org.tonus.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tonus.app.CommandLineTest.tonus;
import static org.tonus.app.IntrathecalCommandsTest.withStdin;

import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.tonus.app.CommandLineTest.Run;

/** {@code tonus plan titrate}, {@code plan taper} and {@code renal} as prescribers run them. */
class PlanCommandsTest {

  @Test
  void anAdultUsTitrationFollowsTheLabelToEightyMilligrams() {
    // DOSE-US-01: 5 mg tid, +5 mg a dose every 3 days to 20 mg tid (60 mg), then 20 mg qid (80 mg,
    // DOSE-US-02). Total: (15 + 30 + 45 + 60) x 3 days + 80 x 3 days = 450 + 240 = 690 mg.
    Run run = tonus("plan", "titrate", "--age", "45", "--start", "2026-11-23");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("1-3    2026-11-23 to 2026-11-25  5 mg                 3        15")
        .contains("13-15  2026-12-05 to 2026-12-07  20 mg                4        80")
        .contains("Baclofen over the whole plan: 690 mg")
        .contains("Highest daily dose allowed here: 80 mg");
  }

  @Test
  void theJsonPlanHasTheContractsStepFields() {
    Run run =
        withStdin(
            """
            {"jurisdiction": "UK", "patient": {"ageYears": 50}, "start": "2026-11-23",
             "targetDailyMg": 30, "tabletStrengthsMg": [10], "allowHalves": true}
            """,
            "plan",
            "titrate",
            "--json",
            "-",
            "--format",
            "json");

    // 5 mg is half of a 10 mg tablet; the UK 10 mg tablet must be scored for that, else 5 mg
    // tablets are needed. Either way the first step is 3 doses of 5 mg = 15 mg a day.
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\"fromDay\" : 1")
        .contains("\"toDay\" : 3")
        .contains("\"fromDate\" : \"2026-11-23\"")
        .contains("\"dosesPerDay\" : 3")
        .contains("\"doseMg\" : 5")
        .contains("\"dailyMg\" : 15")
        .contains("\"totalMg\"")
        .contains("\"disclaimer\"");
  }

  @Test
  void aUsChildUnderTwelveGetsNoPlan() {
    Run run = tonus("plan", "titrate", "--age", "10", "--start", "2026-11-23");

    assertThat(run.out()).startsWith("No plan:").contains("PEDIATRIC_LIMIT");
  }

  @Test
  void theCalendarHasOneEventPerDoseTime() throws Exception {
    // Target 30 mg/day: days 1-3 at 5 mg tid and days 4-6 at 10 mg tid = 6 days x 3 = 18 doses.
    Run run =
        tonus(
            "plan",
            "titrate",
            "--age",
            "45",
            "--start",
            "2026-11-23",
            "--target-daily-mg",
            "30",
            "--format",
            "ics",
            "--time-zone",
            "America/New_York");

    List<VEvent> events =
        new CalendarBuilder().build(new StringReader(run.out())).getComponents(VEvent.VEVENT);
    assertThat(events).hasSize(18);
    assertThat(run.out())
        .contains("DTSTART;TZID=America/New_York:20261123T080000")
        .contains("SUMMARY:Baclofen 10 mg (1 x 10 mg tablet)");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aTaperReachesZeroGraduallyAndATooFastProposalIsFlagged() {
    Run plan =
        tonus(
            "plan",
            "taper",
            "--age",
            "45",
            "--start",
            "2026-11-23",
            "--current",
            "baclofen 20 mg po tid");
    Run tooFast =
        tonus(
            "plan",
            "taper",
            "--age",
            "45",
            "--start",
            "2026-11-23",
            "--current",
            "baclofen 20 mg po tid",
            "--proposal",
            "10 mg tid for 2 days then stop");

    assertThat(plan.out()).contains("none (stopped)").contains("Alerts: none");
    assertThat(tooFast.out())
        .contains("WARNING ABRUPT_STOP_RISK")
        .contains("reaches zero after 2 days, but a taper should last at least 7 days");
  }

  @Test
  void aCurrentRegimenThatIsNotOneDoseInMilligramsIsABadRequest() {
    Run run =
        tonus(
            "plan",
            "taper",
            "--age",
            "45",
            "--start",
            "2026-11-23",
            "--current",
            "baclofen 5-10 mg po tid");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("gives no single dose in mg to taper from");
  }

  @Test
  void renalWorksOutTheClearanceAndSaysItIsLiterature() {
    // (140 - 67) x 70 / (72 x 1.8) x 0.85 = 5110 / 129.6 x 0.85 = 33.5 mL/min: the 30-50 band,
    // about one half less (REN-03-C): 80 x 1/2 = 40 mg a day.
    Run run =
        withStdin(
            """
            {"patient": {"ageYears": 67, "weightKg": 70, "sex": "female",
                         "serumCreatinineMgDl": 1.8}}
            """,
            "renal",
            "--json",
            "-",
            "--format",
            "json");

    assertThat(run.out())
        .contains("\"creatinineClearanceMlMin\" : 33.5")
        .contains("\"band\" : \"crcl-30-50\"")
        .contains("\"suggestedMaxDailyMg\" : 40")
        .contains("\"basis\" : \"literature\"")
        .contains("RENAL_ADJUST");
  }

  @Test
  void renalWithoutSexSaysWhatIsMissingInsteadOfGuessing() {
    Run run = tonus("renal", "--age", "67", "--weight-kg", "70", "--serum-creatinine", "1.8");

    assertThat(run.out()).contains("Not assessed: Cockcroft-Gault needs sex");
  }

  @Test
  void aDateFlagOutsideTheCountableYearsIsABadRequest() {
    Run run = tonus("plan", "titrate", "--age", "45", "--start", "+999999999-12-31");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("'+999999999-12-31' is out of range")
        .doesNotContain("Exception");
  }
}
