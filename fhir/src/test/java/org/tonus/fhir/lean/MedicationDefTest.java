package org.tonus.fhir.lean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.tonus.fhir.lean.Lean.Concept;
import org.tonus.fhir.lean.Lean.MedicationDef;
import org.tonus.fhir.lean.Lean.MedicationRow;

/** The key a medicationReference is looked up by agrees with the rule that resolves it. */
class MedicationDefTest {
  @Test
  void theKeyIsTheIdTheReferenceNames() {
    assertThat(MedicationDef.idNamedBy("Medication/m1")).contains("m1");
    assertThat(MedicationDef.idNamedBy("https://ehr.example/fhir/Medication/m1")).contains("m1");
    assertThat(MedicationDef.idNamedBy("Medication/a/Medication/b")).contains("b");
    // not a Medication by id: contained, a search, another type, a version, nothing after it
    for (String other :
        List.of(
            "#m1",
            "Medication?code=1",
            "MedicationRequest/m1",
            "XMedication/m1",
            "Medication/m1/_history/2",
            "Medication/",
            "")) {
      assertThat(MedicationDef.idNamedBy(other)).as(other).isEmpty();
    }
  }

  @Property
  void aMedicationFoundByKeyIsNamedByTheReference(
      @ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 64) String id,
      @ForAll boolean fullUrl) {
    String reference = (fullUrl ? "https://ehr.example/fhir/" : "") + "Medication/" + id;
    Optional<String> key = MedicationDef.idNamedBy(reference);
    assertThat(key).contains(id);
    assertThat(new MedicationDef(key.get(), Concept.EMPTY).isNamedBy(reference)).isTrue();
    assertThat(new MedicationDef(id + "x", Concept.EMPTY).isNamedBy(reference)).isFalse();
  }

  @Test
  void aResolvedRowTakesTheMedicationsCodeAndKeepsNoReference() {
    Concept baclofen = new Concept("baclofen 10 MG Oral Tablet", List.of());
    MedicationRow row =
        new MedicationRow(
            "p1",
            "MedicationRequest",
            "r1",
            "active",
            "2024-03-01",
            Concept.EMPTY,
            List.of(),
            false,
            "",
            "Medication/m1");
    MedicationRow resolved = row.resolvedBy(new MedicationDef("m1", baclofen));
    assertThat(resolved.medication()).isEqualTo(baclofen);
    assertThat(resolved.medicationReference()).isEmpty();
    assertThatThrownBy(() -> row.resolvedBy(new MedicationDef("m2", baclofen)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Medication/m1")
        .hasMessageContaining("Medication/m2");
  }
}
