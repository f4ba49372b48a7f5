package org.tonus.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTest {

  @ParameterizedTest
  @CsvSource({
    "80 mg/day, 80, mg/day",
    "2000 mcg/mL, 2000, mcg/mL",
    "50 µg, 50, mcg",
    "0.3 mg/kg/day, 0.3, mg/kg/day",
    // Ozobax: 5 mg in 5 mL is 1 mg/mL (PROD-02); Fleqsuvy 25 mg/5 mL is 5 mg/mL (PROD-05).
    "5 mg/5 mL, 1, mg/mL",
    "25 mg/5 mL, 5, mg/mL",
    "10 mg/20 mL, 0.5, mg/mL",
    "50 mcg/1 mL, 50, mcg/mL",
  })
  void readsAmountsAndReducesPerVolumeConcentrations(String text, String amount, String unit) {
    Quantity quantity = Quantity.parse(text);

    assertThat(quantity.amount()).isEqualByComparingTo(amount);
    assertThat(quantity.unit().symbol()).isEqualTo(unit);
  }

  @Test
  void refusesUnknownUnitsAndMissingUnitsByName() {
    assertThatThrownBy(() -> Quantity.parse("10 mgg")).hasMessage("unit 'mgg' is not a known unit");
    assertThatThrownBy(() -> Quantity.parse("10")).hasMessage("'10' has no unit");
    assertThatThrownBy(() -> Quantity.parse("-5 mg"))
        .hasMessage("'-5 mg' is not an amount with a unit");
  }

  @Test
  void convertsExactlyWithinADimensionOnly() {
    // IT-12: 1 mg = 1000 mcg; a 2 mg/mL reservoir holds 2000 mcg/mL.
    assertThat(Quantity.parse("2 mg/mL").to(Unit.MCG_PER_ML))
        .isEqualTo(Quantity.parse("2000 mcg/mL"));
    assertThat(Quantity.parse("0.5 g").to(Unit.MG)).isEqualTo(Quantity.parse("500 mg"));
    assertThatThrownBy(() -> Quantity.parse("10 mL").to(Unit.MG))
        .hasMessage("cannot convert 10 mL to mg: different kinds of quantity");
  }

  @Test
  void rangesKeepOneUnitAndRefuseBackwardEnds() {
    QuantityRange range = QuantityRange.parse("40-80 mg/day");

    assertThat(range.low()).isEqualTo(Quantity.parse("40 mg/day"));
    assertThat(range.high()).isEqualTo(Quantity.parse("80 mg/day"));
    assertThat(range).hasToString("40-80 mg/day");
    assertThatThrownBy(() -> QuantityRange.parse("80-40 mg/day"))
        .hasMessage("range '80-40 mg/day' starts above its end");
  }
}
