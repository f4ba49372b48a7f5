package org.tonus.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PatientTest {

  @Test
  void unknownValuesStayUnknown() {
    Patient patient = Patient.aged(67);

    assertThat(patient.weightKg()).isEmpty();
    assertThat(patient.serumCreatinineMgDl()).isEmpty();
    assertThat(patient.creatinineClearanceMlMin()).isEmpty();
  }

  @Test
  void impossibleValuesAreRefusedWithTheFieldAndTheValue() {
    assertThatThrownBy(() -> Patient.aged(-1))
        .hasMessage("ageYears -1 is not an age in years (0 to 130)");
    assertThatThrownBy(() -> Patient.aged(40).withWeightKg("0"))
        .hasMessage("weightKg 0 is outside (0, 400]");
    assertThatThrownBy(() -> Patient.aged(40).withSerumCreatinineMgDl("45"))
        .hasMessage("serumCreatinineMgDl 45 is outside (0, 30]");
  }

  @Test
  void withMethodsReturnNewValues() {
    Patient before = Patient.aged(70);
    Patient after = before.withWeightKg("72.5").withSex(Sex.FEMALE);

    assertThat(before.weightKg()).isEmpty();
    assertThat(after.weightKg())
        .hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("72.5"));
    assertThat(after.sex()).contains(Sex.FEMALE);
  }
}
