package org.tonus.core.knowledge;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Who and what a fact applies to. An empty part means "any": a fact without a jurisdiction holds in
 * every jurisdiction. Age bands are from (inclusive) and below (exclusive), in whole years.
 */
public record Scope(
    Optional<Jurisdiction> jurisdiction,
    Optional<Route> route,
    Optional<Population> population,
    OptionalInt ageFromYears,
    OptionalInt ageBelowYears,
    Optional<BigDecimal> weightBelowKg) {

  public static final Scope ANY =
      new Scope(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          OptionalInt.empty(),
          OptionalInt.empty(),
          Optional.empty());

  public Scope {
    if (ageFromYears.isPresent()
        && ageBelowYears.isPresent()
        && ageFromYears.getAsInt() >= ageBelowYears.getAsInt()) {
      throw new IllegalArgumentException(
          "age band is empty: from "
              + ageFromYears.getAsInt()
              + " below "
              + ageBelowYears.getAsInt());
    }
  }

  /** True when the fact holds in {@code chosen}: it names that jurisdiction or none. */
  public boolean appliesIn(Jurisdiction chosen) {
    return jurisdiction.map(chosen::equals).orElse(true);
  }
}
