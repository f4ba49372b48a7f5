package org.tonus.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Units of activity (insulin) are their own kind of quantity, never converted to a mass. */
class InsulinUnitsTest {

  @Test
  void readsUnitsWrittenOut() {
    Quantity units = Quantity.parse("20 units");

    assertThat(units.unit()).isEqualTo(Unit.UNITS);
    assertThat(units.dimension()).isEqualTo(Dimension.ACTIVITY);
    assertThat(Quantity.parse("1 unit"))
        .isEqualTo(new Quantity(java.math.BigDecimal.ONE, Unit.UNITS));
    assertThat(units).hasToString("20 units");
  }

  @Test
  void refusesTheErrorProneAbbreviationsAndMassConversions() {
    assertThatThrownBy(() -> Quantity.parse("20 u")).hasMessage("unit 'u' is not a known unit");
    assertThatThrownBy(() -> Quantity.parse("20 IU")).hasMessage("unit 'IU' is not a known unit");
    assertThatThrownBy(() -> Quantity.parse("20 units").to(Unit.MG))
        .hasMessage("cannot convert 20 units to mg: different kinds of quantity");
  }
}
