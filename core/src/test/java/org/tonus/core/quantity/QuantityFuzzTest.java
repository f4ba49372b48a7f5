package org.tonus.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes {@link Quantity#parse}: any text is either a quantity or an {@link
 * IllegalArgumentException} (usually a {@link QuantityFormatException}) whose message says what is
 * wrong. Any other exception escapes the test and fails it.
 */
class QuantityFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void parseOnlyRefusesWithAMessage(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    try {
      Quantity quantity = Quantity.parse(text);
      assertThat(quantity.amount().signum()).as(text).isNotNegative();
      assertThat(Quantity.parse(quantity.toString())).as(text).isEqualTo(quantity);
    } catch (IllegalArgumentException refused) {
      assertThat(refused.getMessage()).as(text).isNotBlank();
    }
  }
}
