package org.tonus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tonus.core.supply.DispensedUnit;

/** A dispensing's strength and unit, read from the label's words or given apart. */
class DispensingTest {
  private static final Instant AT = Instant.parse("2026-03-10T08:00:00Z");

  @Test
  void theStrengthIsReadFromTheLabel() {
    Dispensing tablets = Dispensing.fromLabel(1, AT, "Baclofen 10 mg tablets", "90");
    Dispensing liquid = Dispensing.fromLabel(1, AT, "Ozobax 5 mg / 5 mL oral solution", "300");
    Dispensing perMl = Dispensing.fromLabel(1, AT, "Fleqsuvy 5 mg/mL oral suspension", "120");

    assertThat(tablets.unit()).isEqualTo(DispensedUnit.TABLET);
    assertThat(tablets.strength().toString()).isEqualTo("10 mg");
    assertThat(liquid.unit()).isEqualTo(DispensedUnit.ML);
    // 5 mg per 5 mL is 1 mg/mL.
    assertThat(liquid.strength().toString()).isEqualTo("1 mg/mL");
    assertThat(perMl.strength().toString()).isEqualTo("5 mg/mL");
    assertThat(perMl.quantity()).isEqualByComparingTo("120");
  }

  @Test
  void aLabelWithoutOneClearStrengthIsRefused() {
    assertThatThrownBy(() -> Dispensing.fromLabel(1, AT, "Baclofen tablets", "90"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("found none in 'Baclofen tablets'");
    assertThatThrownBy(() -> Dispensing.fromLabel(1, AT, "Baclofen 10 mg and 20 mg tablets", "90"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("found 10 mg, 20 mg");
    assertThatThrownBy(() -> Dispensing.fromLabel(1, AT, "Baclofen 1 mg/mL tablets", "90"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("names a tablet");
  }

  @Test
  void theStrengthMustFitTheUnitCounted() {
    assertThatThrownBy(
            () ->
                new Dispensing(
                    1,
                    AT,
                    "baclofen",
                    org.tonus.core.quantity.Quantity.parse("1 mg/mL"),
                    new java.math.BigDecimal("90"),
                    DispensedUnit.TABLET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("strength must be a positive mass per tablet");
    assertThatThrownBy(() -> Dispensing.of(1, AT, "baclofen", "10 mg", "0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quantity must be above 0");
  }
}
