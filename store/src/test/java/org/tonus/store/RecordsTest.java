package org.tonus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordsTest {
  private static final Instant AT = Instant.parse("2026-03-10T08:00:00Z");

  @ParameterizedTest
  @CsvSource({"-1, 0, numericRating", "11, 0, numericRating", "5, -1, penn", "5, 5, penn"})
  void aScoreOutsideItsScaleIsRefusedNamingTheField(int rating, int penn, String field) {
    assertThatThrownBy(() -> new SpasticityScore(1, AT, rating, penn))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(field + " must be from");
  }

  @Test
  void theEdgesOfBothScalesAreAccepted() {
    assertThat(new SpasticityScore(1, AT, 0, 0).numericRating()).isZero();
    assertThat(new SpasticityScore(1, AT, 10, 4).penn()).isEqualTo(4);
  }

  @ParameterizedTest
  @CsvSource({"0", "-5", "0.0001"})
  void aDoseNotAboveZeroOrFinerThanAMicrogramIsRefused(String mg) {
    assertThatThrownBy(() -> new DoseEvent(1, AT, DoseKind.TAKEN, new BigDecimal(mg)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("doseMg must be");
  }

  @Test
  void aDoseIsHeldInMilligramsAtScaleThree() {
    assertThat(new DoseEvent(1, AT, DoseKind.TAKEN, new BigDecimal("7.50")).doseMg())
        .isEqualTo(new BigDecimal("7.500"));
  }

  @Test
  void aRegimenEndingBeforeItStartsIsRefused() {
    assertThatThrownBy(
            () ->
                new Regimen(
                    1,
                    RegimenSource.ENTERED,
                    LocalDate.parse("2026-03-10"),
                    Optional.of(LocalDate.parse("2026-03-09")),
                    3,
                    "[]"))
        .hasMessageStartingWith("end must not be before start");
  }

  @Test
  void adherenceWithNothingPlannedHasNoFraction() {
    assertThat(new WeeklyAdherence(LocalDate.parse("2026-03-02"), 2, 0).fraction()).isEmpty();
    // 6 / 7 = 0.857142... -> 0.8571 half-even
    assertThat(new WeeklyAdherence(LocalDate.parse("2026-03-02"), 6, 7).fraction())
        .hasValue(new BigDecimal("0.8571"));
  }
}
