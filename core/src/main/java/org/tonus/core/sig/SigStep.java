package org.tonus.core.sig;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.tonus.core.quantity.Dimension;
import org.tonus.core.quantity.Quantity;
import org.tonus.core.quantity.QuantityRange;
import org.tonus.core.quantity.Unit;

/**
 * One step of a schedule: "1/2 tab hs x3 days, then 1/2 tab bid x3 days, then 1/2 tab tid" has
 * three; "10 mg tds for 2 days then stop" has two, the last a {@code stop} step that carries
 * nothing else.
 *
 * <p>{@code dose} is the amount per administration (mass or units), present when the sig states it
 * or it follows exactly from what the sig and the knowledge give: count × strength for counted
 * forms, mL × concentration for liquids. {@code volume} keeps a liquid dose as written; a volume
 * with no known concentration leaves {@code dose} absent ({@link #concentrationUnknown()}), which
 * the checker reports as a unit error rather than guessing. A step that does not restate the
 * strength, form or route takes them from the step before.
 */
public record SigStep(
    Optional<DoseAmount> dose,
    Optional<Strength> strength,
    Optional<UnitCount> count,
    Optional<QuantityRange> volume,
    Optional<DoseForm> form,
    Optional<AdministrationRoute> route,
    Optional<Frequency> frequency,
    boolean asNeeded,
    Optional<Integer> durationDays,
    boolean stop) {

  public SigStep {
    Objects.requireNonNull(dose, "dose");
    Objects.requireNonNull(strength, "strength");
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(volume, "volume");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(durationDays, "durationDays");
    if (volume.isPresent()
        && (volume.get().unit().dimension() != Dimension.VOLUME
            || volume.get().low().amount().signum() <= 0)) {
      throw new IllegalArgumentException("volume must be a positive volume: " + volume.get());
    }
    if (durationDays.isPresent() && durationDays.get() < 1) {
      throw new IllegalArgumentException("durationDays must be 1 or more: " + durationDays.get());
    }
    if (stop
        && (dose.isPresent()
            || count.isPresent()
            || volume.isPresent()
            || frequency.isPresent()
            || asNeeded
            || durationDays.isPresent())) {
      throw new IllegalArgumentException("a stop step carries no dose, frequency or duration");
    }
  }

  /** A step with the components the order contract names; no volume. */
  public SigStep(
      Optional<DoseAmount> dose,
      Optional<Strength> strength,
      Optional<UnitCount> count,
      Optional<DoseForm> form,
      Optional<AdministrationRoute> route,
      Optional<Frequency> frequency,
      boolean asNeeded,
      Optional<Integer> durationDays,
      boolean stop) {
    this(
        dose,
        strength,
        count,
        Optional.empty(),
        form,
        route,
        frequency,
        asNeeded,
        durationDays,
        stop);
  }

  /** The step that ends a schedule ("then stop"). */
  public static SigStep stopping() {
    return new SigStep(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false,
        Optional.empty(),
        true);
  }

  /** True when the step is a liquid volume whose concentration neither sig nor knowledge gives. */
  public boolean concentrationUnknown() {
    return volume.isPresent() && dose.isEmpty();
  }

  /**
   * The amount a day this step gives, as a range: dose low × the fewest doses a day, dose high ×
   * the most ({@link Frequency#maxTimesPerDay()}, so as-needed orders count at their maximum),
   * capped by a written maximum daily amount. In mg/day, except intrathecal doses, which keep the
   * unit written (mcg/day or mg/day) so a unit slip stays visible. Empty for stop steps, for steps
   * without a dose, and for doses in units.
   */
  public Optional<QuantityRange> dailyDose() {
    if (stop || dose.isEmpty() || frequency.isEmpty()) {
      return Optional.empty();
    }
    DoseAmount amount = dose.get();
    if (amount.high().dimension() != Dimension.MASS) {
      return Optional.empty();
    }
    Unit massUnit = dailyMassUnit(amount.high().unit());
    Frequency often = frequency.get();
    int most = often.maxTimesPerDay();
    int fewest = Math.min(often.timesPerDay().low(), most);
    BigDecimal high = amount.high().to(massUnit).amount().multiply(BigDecimal.valueOf(most));
    BigDecimal low = amount.low().to(massUnit).amount().multiply(BigDecimal.valueOf(fewest));
    Optional<Quantity> cap = often.maxDailyAmount();
    if (cap.isPresent() && cap.get().dimension() == Dimension.MASS) {
      BigDecimal limit = cap.get().to(massUnit).amount();
      high = high.min(limit);
      low = low.min(limit);
    }
    Unit perDay = massUnit == Unit.MCG ? Unit.MCG_PER_DAY : Unit.MG_PER_DAY;
    return Optional.of(new QuantityRange(new Quantity(low, perDay), new Quantity(high, perDay)));
  }

  private Unit dailyMassUnit(Unit written) {
    boolean intrathecal = route.filter(r -> r == AdministrationRoute.INTRATHECAL).isPresent();
    return intrathecal && written == Unit.MCG ? Unit.MCG : Unit.MG;
  }
}
