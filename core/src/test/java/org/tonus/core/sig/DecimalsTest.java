package org.tonus.core.sig;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Exact division decides termination by arithmetic and agrees with BigDecimal's own division. */
class DecimalsTest {

  @Property(tries = 2000)
  void agreesWithBigDecimalDivision(
      @ForAll @IntRange(min = 0, max = 100000) int dividend,
      @ForAll @IntRange(min = 0, max = 4) int dividendScale,
      @ForAll @IntRange(min = 1, max = 1000) int divisor,
      @ForAll @IntRange(min = 0, max = 3) int divisorScale) {
    BigDecimal a = BigDecimal.valueOf(dividend, dividendScale);
    BigDecimal b = BigDecimal.valueOf(divisor, divisorScale);
    Optional<BigDecimal> expected;
    try {
      expected = Optional.of(Decimals.normalize(a.divide(b)));
    } catch (ArithmeticException nonTerminating) {
      expected = Optional.empty();
    }

    assertThat(Decimals.divideExactly(a, b)).isEqualTo(expected);
  }

  @Test
  void worksTheUsualCases() {
    assertThat(Decimals.divideExactly(new BigDecimal("30"), new BigDecimal("3")))
        .contains(new BigDecimal("10"));
    assertThat(Decimals.divideExactly(new BigDecimal("5"), new BigDecimal("0.5")))
        .contains(new BigDecimal("10"));
    assertThat(Decimals.divideExactly(new BigDecimal("1"), new BigDecimal("8")))
        .contains(new BigDecimal("0.125"));
    assertThat(Decimals.divideExactly(new BigDecimal("20"), new BigDecimal("3"))).isEmpty();
    assertThat(Decimals.divideExactly(BigDecimal.ONE, BigDecimal.ZERO)).isEmpty();
  }
}
