package org.tonus.app.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Text the JSON reader must refuse as a bad request naming the place, found by fuzzing. */
class JsonRequestTest {

  @Test
  void anExponentNoDecimalCanHoldNamesTheField() {
    assertThatThrownBy(() -> JsonRequest.parse("{\"patient\": {\"weightKg\": 1e-2147483649}}"))
        .isInstanceOf(BadRequestException.class)
        .hasMessageStartingWith("weightKg is out of range at line 1, column");
  }

  @Test
  void aHugeExponentIsRefusedBeforeAnyArithmetic() {
    // 1e999999999 is valid JSON; written out in full it would fill the heap.
    RequestFields request =
        JsonRequest.parse(
            "{\"patient\": {\"ageYears\": 40}, \"order\": {\"drug\": \"baclofen\","
                + " \"doseValue\": 1e999999999, \"doseUnit\": \"mg\", \"timesPerDay\": 3}}");

    assertThatThrownBy(() -> CheckRequestReader.read(request, LocalDate.of(2026, 11, 23)))
        .isInstanceOf(BadRequestException.class)
        .hasMessage(
            "order.doseValue 1E+999999999 is out of range: a number in a request has at most 15"
                + " digits before and 15 after the decimal point");
  }

  @Test
  void ordinaryNumbersPass() {
    RequestFields patient = JsonRequest.parse("{\"weightKg\": 70.25, \"crcl\": 0.000001}");

    assertThat(patient.decimal("weightKg"))
        .hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("70.25"));
    assertThat(patient.decimal("crcl")).isPresent();
  }

  @Test
  void trailingTokensAndNullAreRefused() {
    assertThatThrownBy(() -> JsonRequest.parse("{\"patient\": {}} {}"))
        .isInstanceOf(BadRequestException.class)
        .hasMessageStartingWith("the request is not valid JSON");
    assertThatThrownBy(() -> JsonRequest.parse("null"))
        .isInstanceOf(BadRequestException.class)
        .hasMessage("the request must be a JSON object, not null");
  }
}
