package org.tonus.search;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class EditDistanceTest {
  @Test
  void countsSingleLetterEditsAndSwaps() {
    assertThat(EditDistance.between("alcohol", "alcohol", 2)).isZero();
    assertThat(EditDistance.between("alchohol", "alcohol", 2)).isEqualTo(1);
    assertThat(EditDistance.between("pregancy", "pregnancy", 2)).isEqualTo(1);
    assertThat(EditDistance.between("nausae", "nausea", 2)).isEqualTo(1);
    assertThat(EditDistance.between("kidny", "kidnei", 2)).isEqualTo(2);
  }

  @Test
  void stopsCountingPastTheLimit() {
    assertThat(EditDistance.between("capital", "france", 1)).isEqualTo(2);
  }

  @Property
  void isSymmetricAndZeroOnlyForEqualWords(
      @ForAll @AlphaChars @StringLength(max = 10) String a,
      @ForAll @AlphaChars @StringLength(max = 10) String b) {
    assertThat(EditDistance.between(a, b, 3)).isEqualTo(EditDistance.between(b, a, 3));
    assertThat(EditDistance.between(a, b, 3) == 0).isEqualTo(a.equals(b));
  }
}
