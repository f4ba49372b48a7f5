package org.tonus.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tonus.app.web.FormField.Kind.CHECKBOX;
import static org.tonus.app.web.FormField.Kind.LINES;
import static org.tonus.app.web.FormField.Kind.NUMBER;
import static org.tonus.app.web.FormField.Kind.NUMBERS;
import static org.tonus.app.web.FormField.Kind.TEXT;
import static org.tonus.app.web.FormField.Kind.WHOLE_NUMBER;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tonus.app.request.BadRequestException;

class SubmissionTest {
  private static final List<FormField> FIELDS =
      List.of(
          FormField.required("sig", "Order (sig)", "order.sig", TEXT),
          FormField.required("ageYears", "Age in years", "patient.ageYears", WHOLE_NUMBER),
          FormField.optional("weightKg", "Weight in kg", "patient.weightKg", NUMBER),
          FormField.optional("pregnant", "Pregnant", "patient.pregnant", CHECKBOX),
          FormField.optional("medications", "Other medicines", "patient.medications", LINES),
          FormField.optional("strengths", "Tablet strengths", "tabletStrengthsMg", NUMBERS));

  @Test
  void typedTextBecomesTheContractsJsonTypes() {
    Submission form =
        Submission.read(
            FIELDS,
            Map.of(
                    "sig", " baclofen 10 mg po tid ",
                    "ageYears", "67",
                    "weightKg", "70.5",
                    "pregnant", "on",
                    "medications", "amitriptyline 25 mg\n\n  sertraline 50 mg ",
                    "strengths", "5, 10 20")
                ::get);

    assertThat(form.valid()).isTrue();
    assertThat(form.request().requiredObject("order").requiredText("sig"))
        .isEqualTo("baclofen 10 mg po tid");
    var patient = form.request().requiredObject("patient");
    assertThat(patient.requiredInteger("ageYears")).isEqualTo(67);
    assertThat(patient.requiredDecimal("weightKg")).isEqualByComparingTo("70.5");
    assertThat(patient.bool("pregnant")).hasValue(true);
    assertThat(patient.objects("medications"))
        .extracting(m -> m.requiredText("text"))
        .containsExactly("amitriptyline 25 mg", "sertraline 50 mg");
    assertThat(form.request().decimals("tabletStrengthsMg"))
        .extracting(Number::intValue)
        .containsExactly(5, 10, 20);
  }

  @Test
  void unreadableAndMissingValuesAreMessagesByTheirField() {
    Submission form = Submission.read(FIELDS, Map.of("ageYears", "sixty", "weightKg", "1e3")::get);

    assertThat(form.valid()).isFalse();
    assertThat(form.errors())
        .containsEntry("sig", "Order (sig) is required.")
        .containsEntry("ageYears", "Age in years: 'sixty' is not a whole number.")
        .containsEntry("weightKg", "Weight in kg: '1e3' is not a number.");
    assertThat(form.values()).containsEntry("ageYears", "sixty");
  }

  @Test
  void theContractsRefusalGoesBesideTheFieldItsPathNames() {
    Submission form =
        Submission.read(FIELDS, Map.of("sig", "baclofen 10 mg po tid", "ageYears", "200")::get);

    form.refuse(new BadRequestException("patient.ageYears 200 is not an age in years (0 to 130)"));
    form.refuse(new BadRequestException("patient.medications[1] must be an object"));
    form.refuse(new BadRequestException("today is after the refill"));

    assertThat(form.errors())
        .containsEntry(
            "ageYears", "Age in years: patient.ageYears 200 is not an age in years (0 to 130)")
        .containsEntry("medications", "Other medicines: patient.medications[1] must be an object");
    assertThat(form.general()).hasValue("today is after the refill");
  }
}
