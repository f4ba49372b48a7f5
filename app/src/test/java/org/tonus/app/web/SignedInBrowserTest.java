package org.tonus.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tonus.store.Person;
import org.tonus.store.Regimen;
import org.tonus.store.RegimenSource;
import org.tonus.store.Role;
import org.tonus.store.Store;

/**
 * The signed-in pages in the browser: a patient signs in, logs doses with one tap each and sees the
 * running total rise by the dose, logs a symptom and a score; a clinician sees the patient on their
 * panel and a 403 page for another clinician's patient; signing out ends the session.
 */
class SignedInBrowserTest {
  private static final Store STORE = Store.open("jdbc:h2:mem:" + UUID.randomUUID());
  private static final String PASSWORD = "a long test password";

  @RegisterExtension static final Browser browser = new Browser(STORE);

  private static Person patient;
  private static Person otherPatient;

  @BeforeAll
  static void accounts() {
    patient = STORE.accounts().add(Role.PATIENT, "Pat Diary", "pat", PASSWORD);
    otherPatient = STORE.accounts().add(Role.PATIENT, "Olive Other", "olive", PASSWORD);
    Person clinician = STORE.accounts().add(Role.CLINICIAN, "Dr Cole", "cole", PASSWORD);
    Person otherClinician = STORE.accounts().add(Role.CLINICIAN, "Dr Ode", "ode", PASSWORD);
    STORE.careGrants().grant(clinician.id(), patient.id(), Browser.NOW.minusSeconds(3600));
    STORE
        .careGrants()
        .grant(otherClinician.id(), otherPatient.id(), Browser.NOW.minusSeconds(3600));
    // 5 mg three times a day from the 1st: 3 x 5 mg = 15 mg a day
    STORE
        .regimens()
        .add(
            new Regimen(
                patient.id(),
                RegimenSource.ENTERED,
                LocalDate.parse("2026-11-01"),
                Optional.empty(),
                3,
                "[{\"dosesPerDay\": 3, \"doseMg\": 5}]"));
  }

  @AfterAll
  static void close() {
    STORE.close();
  }

  @AfterEach
  void signOutAndNoPageFailed() {
    if (browser.driver() != null) {
      browser.driver().manage().deleteAllCookies();
    }
    assertThat(browser.errorLog()).isEmpty();
  }

  private void signIn(String username) {
    browser.open("/signin");
    browser.type("username", username);
    browser.type("password", PASSWORD);
    browser.find("#sign-in").click();
    settle(() -> !browser.findAll("#signed-in-name").isEmpty());
  }

  /** Waits (up to 10 s) for the page that a click loads to show what it should. */
  private static void settle(java.util.function.BooleanSupplier shown) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(driver -> shown.getAsBoolean());
  }

  @Test
  void aPatientLogsADoseWithOneTapAndTheTotalRisesByTheDose() {
    browser.open("/signin");
    browser.assertAccessible();
    browser.screenshot("signin");
    signIn("pat");

    assertThat(browser.driver().getCurrentUrl()).endsWith("/diary");
    assertThat(browser.text("#signed-in-name")).isEqualTo("Pat Diary");
    assertThat(browser.find(".site-nav").getText())
        .contains("My diary")
        .doesNotContain("My patients");
    assertThat(browser.text("#plan-daily-mg")).isEqualTo("15");
    assertThat(browser.findAll(".planned-doses li")).hasSize(3);
    BigDecimal before = new BigDecimal(browser.text("#total-mg"));

    browser.find("#log-taken").click();
    settle(() -> browser.text("#dose-1").endsWith("taken"));

    // one planned dose of 5 mg taken: the total rises by exactly 5 mg
    assertThat(new BigDecimal(browser.text("#total-mg")))
        .isEqualByComparingTo(before.add(new BigDecimal("5")));
    assertThat(browser.text("#dose-1")).endsWith("taken");
    browser.find("#log-missed").click();
    settle(() -> browser.text("#dose-2").endsWith("missed"));
    // a missed dose adds nothing
    assertThat(new BigDecimal(browser.text("#total-mg")))
        .isEqualByComparingTo(before.add(new BigDecimal("5")));
    assertThat(browser.text("#dose-2")).endsWith("missed");
    assertThat(browser.text("#adherence")).contains("1 of");
    assertThat(browser.find("#diary-dose-chart").getAttribute("data-taken")).endsWith(",5");
    browser.assertAccessible();
    browser.screenshot("diary");
  }

  @Test
  void aPatientLogsASymptomAndAScoreAndMakesACalendarLink() {
    signIn("pat");
    browser.type("symptom-text", "a bit sleepy in the afternoon");
    browser.clickAndLoad("#log-symptom");
    assertThat(browser.text("#symptom-outcome")).isNotEmpty();
    assertThat(browser.findAll("#emergency-banner")).isEmpty();

    browser.type(
        "symptom-text", "I stopped my baclofen and now I have a high fever and I am seeing things");
    browser.check("symptom-recentStop");
    browser.clickAndLoad("#log-symptom");
    assertThat(browser.text("#symptom-outcome")).isEqualTo("Seek care now");
    assertThat(browser.find("#emergency-banner").getAttribute("role")).isEqualTo("alert");

    browser.select("numericRating", "6");
    browser.select("penn", "2");
    browser.clickAndLoad("#log-score");
    assertThat(browser.find("#score-table tbody tr:last-child").getText()).endsWith("6 2");

    browser.clickAndLoad("#issue-calendar");
    assertThat(browser.text("#calendar-url"))
        .contains("/api/patients/" + patient.id() + "/calendar.ics?token=");
    browser.assertAccessible();
    browser.screenshot("diary-symptom-emergency");
  }

  @Test
  void aClinicianSeesTheirPatientAndA403PageForAnotherClinicians() {
    signIn("cole");
    assertThat(browser.driver().getCurrentUrl()).endsWith("/clinician");
    assertThat(browser.find(".site-nav").getText())
        .contains("My patients")
        .doesNotContain("My diary");
    assertThat(browser.text("#panel")).contains("Pat Diary").doesNotContain("Olive Other");
    browser.assertAccessible();
    browser.screenshot("clinician");

    browser.clickAndLoad(By.linkText("Pat Diary"));
    assertThat(browser.text("h1")).isEqualTo("Diary of Pat Diary");
    browser.assertAccessible();

    browser.open("/patients/" + otherPatient.id() + "/diary");
    assertThat(browser.text("h1")).isEqualTo("Not allowed");
    assertThat(browser.findAll("#total-mg")).isEmpty();
    browser.assertAccessible();
    browser.screenshot("denied");
    assertThat(
            STORE
                .auditTrail()
                .forPatient(
                    otherPatient.id(), Browser.NOW.minusSeconds(60), Browser.NOW.plusSeconds(60)))
        .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("DENIED_READ_DIARY"));
  }

  @Test
  void signingOutEndsTheSessionAndAWrongPasswordGetsOneGenericMessage() {
    browser.open("/signin");
    browser.type("username", "pat");
    browser.type("password", "not the password");
    browser.find("#sign-in").click();
    settle(() -> !browser.findAll("#signin-error").isEmpty());
    assertThat(browser.text("#signin-error")).isEqualTo(SignedInPages.SIGN_IN_REFUSED);
    browser.assertAccessible();
    browser.screenshot("signin-refused");

    signIn("pat");
    assertThat(browser.driver().getCurrentUrl()).endsWith("/diary");
    browser.find("#sign-out").click();
    settle(() -> !browser.findAll("#sign-in-link").isEmpty());
    assertThat(browser.findAll("#sign-in-link")).hasSize(1);
    browser.open("/diary");
    assertThat(browser.driver().getCurrentUrl()).endsWith("/signin");
  }
}
