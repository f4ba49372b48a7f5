package org.tonus.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/**
 * Each form filled and submitted in the browser, the numbers shown checked against the label's
 * arithmetic written out here, the plan downloads parsed, and invalid input answered by the field.
 */
class FormsBrowserTest {
  @RegisterExtension static final Browser browser = new Browser();

  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void noPageFailed() {
    assertThat(browser.errorLog()).isEmpty();
  }

  @Test
  void renalCalculatorShowsTheCockcroftGaultClearance() {
    browser.open("/renal");
    browser.assertAccessible();
    browser.screenshot("renal-form");
    browser.type("ageYears", "67");
    browser.type("weightKg", "70");
    browser.select("sex", "female");
    browser.type("serumCreatinineMgDl", "1.8");
    browser.submit("ageYears");

    // Cockcroft-Gault: (140 - age) x weight / (72 x creatinine), x 0.85 for a woman
    // (140 - 67) x 70 / (72 x 1.8) x 0.85 = 5110 / 129.6 x 0.85 = 33.51.. -> 33.5 mL/min
    BigDecimal expected =
        BigDecimal.valueOf(140 - 67)
            .multiply(new BigDecimal("70"))
            .divide(new BigDecimal("72").multiply(new BigDecimal("1.8")), 10, RoundingMode.HALF_UP)
            .multiply(new BigDecimal("0.85"))
            .setScale(1, RoundingMode.HALF_UP);
    assertThat(new BigDecimal(browser.text("#renal-clearance"))).isEqualByComparingTo(expected);
    assertThat(browser.text("#renal-band")).isEqualTo("30 to below 50 mL/min");
    assertThat(browser.text(".alert .code")).isEqualTo("RENAL_ADJUST");
    browser.assertAccessible();
    browser.screenshot("renal");
  }

  @Test
  void invalidInputComesBackAsTheFormWithTheMessageByTheField() {
    browser.open("/renal?ageYears=abc&weightKg=70");

    WebElement age = browser.find("#ageYears");
    assertThat(age.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(age.getAttribute("aria-describedby")).isEqualTo("ageYears-error");
    assertThat(browser.text("#ageYears-error")).contains("'abc' is not a whole number");
    assertThat(browser.find("#weightKg").getAttribute("value")).isEqualTo("70");
    assertThat(browser.findAll(".result")).isEmpty();
    browser.assertAccessible();
    browser.screenshot("renal-invalid");

    // a value only the contract can judge: its message, which names the field, by that field
    browser.open("/check");
    browser.type("sig", "baclofen 10 mg po tid");
    browser.type("ageYears", "200");
    browser.submit("sig");
    assertThat(browser.text("#ageYears-error")).contains("patient.ageYears 200");
  }

  @Test
  void pumpRefillCountsTheDaysToTheAlarm() {
    browser.open("/pump");
    browser.type("refillDate", "2026-11-23");
    browser.type("volumeMl", "20");
    browser.type("concentrationMcgPerMl", "500");
    browser.type("dailyDoseMcg", "300");
    browser.type("reserveMl", "2");
    browser.submit("volumeMl");

    // total 20 mL x 500 mcg/mL = 10000 mcg; usable (20 - 2) mL x 500 = 9000 mcg
    // rate 300 mcg/day / 500 mcg/mL = 0.6 mL/day; alarm floor(9000 / 300) = 30 days, on
    // 2026-11-23 + 30 = 2026-12-23; empty floor(10000 / 300) = 33 days, on 2026-12-26
    assertThat(new BigDecimal(browser.text("#pump-total"))).isEqualByComparingTo("10000");
    assertThat(new BigDecimal(browser.text("#pump-usable"))).isEqualByComparingTo("9000");
    assertThat(new BigDecimal(browser.text("#pump-rate"))).isEqualByComparingTo("0.6");
    assertThat(browser.text("#pump-days-to-reserve")).isEqualTo("30");
    assertThat(browser.text("#pump-days-to-empty")).isEqualTo("33");
    assertThat(browser.text("#pump-alarm")).isEqualTo("2026-12-23");
    assertThat(browser.text("#pump-empty")).isEqualTo("2026-12-26");
    browser.assertAccessible();
    browser.screenshot("pump");
  }

  @Test
  void titrationPlanShowsTheStepsAsACalendarAndDownloadsAsIcsAndCsv()
      throws IOException, InterruptedException, ParserException {
    browser.open("/plan/titrate");
    browser.assertAccessible();
    browser.type("ageYears", "50");
    browser.type("start", "2026-11-23");
    browser.type("targetDailyMg", "30");
    browser.submit("ageYears");

    // US label: start 5 mg three times a day, raise each dose by 5 mg every 3 days:
    // days 1-3: 5 mg x 3 = 15 mg a day; days 4-6: (5 + 5) mg x 3 = 30 mg a day, the target
    List<WebElement> rows = browser.findAll("table.steps tbody tr");
    assertThat(rows).hasSize(2);
    for (int step = 0; step < 2; step++) {
      int dose = 5 + 5 * step;
      WebElement row = rows.get(step);
      assertThat(row.findElement(org.openqa.selenium.By.cssSelector("th")).getText())
          .isEqualTo((1 + 3 * step) + "–" + (3 + 3 * step));
      assertThat(cell(row, ".step-dose")).isEqualTo(dose + " mg");
      assertThat(cell(row, ".step-times")).isEqualTo("3");
      assertThat(cell(row, ".step-daily")).isEqualTo(Integer.toString(dose * 3));
      assertThat(cell(row, ".step-tablets")).isEqualTo("1 x " + dose + " mg tablet");
    }
    // 3 days x 15 mg + 3 days x 30 mg = 135 mg
    assertThat(browser.text("#plan-total-mg")).isEqualTo("135");
    List<WebElement> planDays = browser.findAll("table.calendar td.in-plan");
    assertThat(planDays).hasSize(6);
    assertThat(planDays.get(0).getText()).contains("23 Nov", "Day 1", "3 × 5 mg");
    assertThat(planDays.get(5).getText()).contains("28 Nov", "Day 6", "3 × 10 mg");
    browser.assertAccessible();
    browser.screenshot("titrate");

    String ics = download(browser.find("#download-ics").getAttribute("href"));
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    List<VEvent> events = calendar.getComponents("VEVENT");
    // 6 days x 3 doses a day = 18 dose events
    assertThat(events).hasSize(18);
    assertThat(events.get(0).getProperty(Property.SUMMARY).orElseThrow().getValue())
        .isEqualTo("Baclofen 5 mg (1 x 5 mg tablet)");
    assertThat(events.get(0).getProperty(Property.DTSTART).orElseThrow().getValue())
        .startsWith("20261123T080000");

    String csv = download(browser.find("#download-csv").getAttribute("href"));
    assertThat(csv.lines().toList())
        .containsExactly(
            "fromDay,toDay,fromDate,toDate,dosesPerDay,doseMg,dailyMg,eachDose",
            "1,3,2026-11-23,2026-11-25,3,5,15,\"1 x 5 mg tablet\"",
            "4,6,2026-11-26,2026-11-28,3,10,30,\"1 x 10 mg tablet\"");
  }

  @Test
  void taperPlanReachesZero() {
    browser.open("/plan/taper");
    browser.type("ageYears", "50");
    browser.type("current", "baclofen 20 mg po tid");
    browser.type("start", "2026-11-23");
    browser.submit("ageYears");

    List<WebElement> rows = browser.findAll("table.steps tbody tr");
    assertThat(rows.size()).isGreaterThan(2);
    // from 20 mg x 3 = 60 mg a day, never more than now, down to nothing
    List<BigDecimal> daily =
        rows.stream().map(row -> new BigDecimal(cell(row, ".step-daily"))).toList();
    assertThat(daily.get(0)).isLessThan(new BigDecimal("60"));
    assertThat(daily.get(daily.size() - 1)).isEqualByComparingTo("0");
    assertThat(browser.find("#download-ics").getAttribute("href")).contains("/plan/taper.ics?");
    browser.assertAccessible();
    browser.screenshot("taper");
  }

  @Test
  void orderCheckShowsTheAlertsWithSeverityWordsEvidenceAndSources() {
    browser.open("/check");
    browser.assertAccessible();
    browser.screenshot("check-form");
    browser.type("sig", "baclofen 20 mg po qid");
    browser.type("ageYears", "45");
    browser.type("medications", "amitriptyline 25 mg at bedtime");
    browser.submit("sig");

    // 20 mg four times a day = 80 mg a day
    assertThat(browser.text("#daily-dose-mg")).isEqualTo(Integer.toString(20 * 4));
    List<String> codes = browser.findAll(".alert .code").stream().map(WebElement::getText).toList();
    assertThat(codes).contains("TITRATION_TOO_FAST", "INTERACTION");
    WebElement first = browser.findAll(".alert").get(0);
    assertThat(first.getAttribute("class")).contains("severity-warning");
    assertThat(first.getText()).contains("Warning:");
    assertThat(first.findElements(org.openqa.selenium.By.cssSelector("dl.evidence dt")))
        .isNotEmpty();
    assertThat(first.findElements(org.openqa.selenium.By.cssSelector(".sources a"))).isNotEmpty();
    browser.assertAccessible();
    browser.screenshot("check");

    browser.type("sig", "baclofen ten po");
    browser.submit("sig");
    assertThat(browser.text("#sig-error")).contains("cannot be interpreted");
    assertThat(browser.text(".alert .severity")).isEqualTo("Critical");
  }

  @Test
  void symptomCheckerPutsTheEmergencyFirstForSeekCareNow() {
    browser.open("/triage");
    assertThat(browser.text("#not-a-diagnosis")).startsWith("This is not a diagnosis.");
    assertThat(browser.findAll("#emergency-banner")).isEmpty();
    browser.assertAccessible();
    browser.type(
        "text", "I stopped my baclofen and now I have a high fever and I am seeing things");
    browser.check("recentStop");
    browser.submit("text");

    WebElement banner = browser.find("#emergency-banner");
    assertThat(banner.getAttribute("role")).isEqualTo("alert");
    assertThat(banner.getText()).contains("Get medical help now", "emergency services");
    // the banner comes before everything else in the main content
    assertThat(browser.find("main > div > *:first-child").getAttribute("id"))
        .isEqualTo("emergency-banner");
    assertThat(browser.text("#triage-outcome")).isEqualTo("Seek care now");
    assertThat(browser.text("#not-a-diagnosis")).startsWith("This is not a diagnosis.");
    browser.assertAccessible();
    browser.screenshot("triage-emergency");

    browser.type("text", "a bit sleepy in the afternoon");
    browser.driver().findElement(org.openqa.selenium.By.id("recentStop")).click();
    browser.submit("text");
    assertThat(browser.findAll("#emergency-banner")).isEmpty();
    assertThat(browser.text("#not-a-diagnosis")).startsWith("This is not a diagnosis.");
    browser.screenshot("triage");
  }

  private static String cell(WebElement row, String css) {
    return row.findElement(org.openqa.selenium.By.cssSelector(css)).getText().strip();
  }

  private String download(String url) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(java.net.URI.create(url)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(url).isEqualTo(200);
    return response.body();
  }
}
