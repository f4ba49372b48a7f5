package org.tonus.app.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tonus.core.check.CheckPatient;
import org.tonus.core.check.CheckRequest;
import org.tonus.core.patient.Sex;

/**
 * The reader's quick paths (words compared without writing them out, numbers bounded without
 * stripping, paths written only for messages) accept and refuse what the plain ones did, with the
 * same messages.
 */
class RequestFieldsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private static CheckRequest read(String patientFields, String rest) {
    return CheckRequestReader.read(
        JsonRequest.parse(
            "{\"patient\": {\"ageYears\": 67"
                + patientFields
                + "}, \"order\": {\"sig\": \"baclofen 10 mg po tid\"}"
                + rest
                + "}"),
        TODAY);
  }

  @Test
  void wordsAreReadInAnyCaseWithSpacesAndDashes() {
    assertThat(read(", \"sex\": \" Female \"", "").patient().patient().sex()).contains(Sex.FEMALE);
    assertThat(read(", \"sex\": \"MALE\"", "").patient().patient().sex()).contains(Sex.MALE);
    // a dotless i is written I in upper case, as the plain comparison always accepted
    assertThat(read(", \"alcoholUse\": \"occas\u0131onal\"", "").patient().alcoholUse())
        .contains(CheckPatient.AlcoholIntake.OCCASIONAL);
    assertThatThrownBy(() -> read(", \"sex\": \"f\u00e9male\"", ""))
        .hasMessage("patient.sex 'f\u00e9male' is not one of female, male");
    assertThatThrownBy(() -> read(", \"alcoholUse\": \"often\"", ""))
        .hasMessage("patient.alcoholUse 'often' is not one of none, occasional, regular");
  }

  @Test
  void numbersAreBoundedByTheirDigitsOnEachSideOfThePoint() {
    assertThat(read(", \"weightKg\": 70.000000000000000000", "").patient().patient().weightKg())
        .hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("70"));
    assertThatThrownBy(() -> read(", \"weightKg\": 1000000000000000", ""))
        .hasMessage(
            "patient.weightKg 1000000000000000 is out of range: a number in a request has at most"
                + " 15 digits before and 15 after the decimal point");
    assertThatThrownBy(() -> read(", \"weightKg\": 0.0000000000000001", ""))
        .hasMessage(
            "patient.weightKg 1E-16 is out of range: a number in a request has at most 15 digits"
                + " before and 15 after the decimal point");
    assertThatThrownBy(() -> read(", \"weightKg\": 100000000000000", ""))
        .hasMessage("patient.weightKg 100000000000000 is outside (0, 400]");
  }

  @Test
  void messagesNameTheListItemAndTheFirstBadFieldInReadingOrder() {
    assertThatThrownBy(() -> read(", \"conditions\": [{\"text\": \"x\"}, {\"bad\": 1}]", ""))
        .hasMessage(
            "patient.conditions[1].bad is not a known field; known here: icd10, snomed, text");
    assertThatThrownBy(() -> read(", \"medications\": [{\"text\": \"a\"}, {\"text\": 5}]", ""))
        .hasMessage("patient.medications[1].text must be text, not 5");
    assertThatThrownBy(() -> read(", \"pregnant\": 1, \"conditions\": [{\"bad\": 1}]", ""))
        .hasMessage("patient.pregnant must be true or false, not 1");
    assertThatThrownBy(() -> read("", ", \"current\": {\"sig\": \"y\", \"since\": \"2026-02-30\"}"))
        .hasMessage("current.since '2026-02-30' is not a date like 2026-11-23");
    assertThatThrownBy(() -> read("", ", \"today\": \"1800-01-01\""))
        .hasMessage(
            "today '1800-01-01' is out of range: a date in a request lies between 1900-01-01 and"
                + " 2199-12-31");
    assertThat(read("", ", \"current\": {\"sig\": \"y\", \"since\": \" 2026-01-05 \"}").current())
        .hasValueSatisfying(c -> assertThat(c.since()).contains(LocalDate.of(2026, 1, 5)));
  }
}
