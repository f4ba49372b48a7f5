package org.tonus.core.sig;

import java.math.BigDecimal;
import java.util.Optional;
import org.tonus.core.quantity.Quantity;
import org.tonus.core.quantity.QuantityRange;

/**
 * Settles the frequency of one step: as written, or from a daily amount (divided into doses, or
 * infused by the intrathecal route), a single dose, or the written maximum of an as-needed order;
 * and refuses a step with none. Returns null after refusing.
 */
final class FrequencyResolver {
  Frequency frequency(
      Resolution resolution, StepDraft d, AdministrationRoute route, DoseParts dose) {
    Frequency frequency = d.frequency;
    if (d.rate != null) {
      frequency = rated(resolution, d, route, dose, frequency);
    } else if (d.divided) {
      frequency = divided(resolution, d, dose, frequency);
    } else if (d.continuous) {
      frequency = infused(resolution, d, frequency);
    }
    if (resolution.r.failed()) {
      return null;
    }
    if (d.onceSpan != null) {
      if (frequency != null) {
        Span other =
            d.frequencySpan != null
                ? d.frequencySpan
                : d.rate != null ? d.rate.span() : d.divisionSpan != null ? d.divisionSpan : d.span;
        StepDraft.twoFrequencies(resolution.r, other, d.onceSpan);
        return null;
      }
      frequency = Frequency.once();
    }
    if (d.limitSpan != null) {
      frequency = limited(resolution, d, dose, frequency);
      if (resolution.r.failed()) {
        return null;
      }
    }
    if (frequency == null) {
      resolution.refused("no frequency" + resolution.where(d), d.span);
    }
    return frequency;
  }

  /** "500 mcg daily via pump": an infusion needs its amount per day and nothing else. */
  private Frequency infused(Resolution resolution, StepDraft d, Frequency written) {
    if (written == null) {
      resolution.refused("'continuous' needs a daily dose: write it per day", d.span);
      return null;
    }
    if (!StepDraft.isPlainDaily(written)) {
      resolution.refused(
          "an infusion is not given '"
              + resolution.quote(d.frequencySpan)
              + "': write the dose per day",
          d.frequencySpan);
      return null;
    }
    return Frequency.continuous();
  }

  private Frequency rated(
      Resolution resolution,
      StepDraft d,
      AdministrationRoute route,
      DoseParts dose,
      Frequency written) {
    QuantityRange rate = d.rate.amount();
    if (d.divided) {
      int parts = parts(resolution, d, written);
      if (parts == Reading.FAILED) {
        return null;
      }
      dose.amount = divide(resolution, rate, parts, d.rate.span());
      if (dose.amount == null) {
        return null;
      }
      return written != null && !StepDraft.isPlainDaily(written)
          ? written
          : Frequency.timesPerDay(parts, parts);
    }
    if (d.continuous || route == AdministrationRoute.INTRATHECAL) {
      if (written != null && !StepDraft.isPlainDaily(written)) {
        StepDraft.twoFrequencies(resolution.r, d.rate.span(), d.frequencySpan);
        return null;
      }
      if (d.onceSpan != null) {
        StepDraft.twoFrequencies(resolution.r, d.rate.span(), d.onceSpan);
        return null;
      }
      dose.amount = new DoseAmount(rate.low(), rate.high());
      return Frequency.continuous();
    }
    resolution.refused(
        "'" + resolution.quote(d.rate.span()) + "' does not say how many doses a day",
        d.rate.span());
    return null;
  }

  /** "30 mg daily in 3 divided doses", "30 mg divided tid": the amount is the daily total. */
  private Frequency divided(Resolution resolution, StepDraft d, DoseParts dose, Frequency written) {
    if (d.masses.size() != 1 || d.count != null || d.volume != null) {
      resolution.refused(
          "'divided' needs one daily amount to divide" + resolution.where(d), d.span);
      return null;
    }
    int parts = parts(resolution, d, written);
    if (parts == Reading.FAILED) {
      return null;
    }
    StepDraft.Mass total = d.masses.get(0);
    dose.amount = divide(resolution, total.amount(), parts, total.span());
    if (dose.amount == null) {
      return null;
    }
    dose.strength = null;
    return written != null && !StepDraft.isPlainDaily(written)
        ? written
        : Frequency.timesPerDay(parts, parts);
  }

  private int parts(Resolution resolution, StepDraft d, Frequency written) {
    Integer fromFrequency =
        written != null
                && written.pattern() == FrequencyPattern.REGULAR
                && written.timeOfDay().isEmpty()
                && written.timesPerDay().low() == written.timesPerDay().high()
                && !StepDraft.isPlainDaily(written)
            ? written.timesPerDay().low()
            : null;
    if (d.divisions != null) {
      if (fromFrequency != null && !fromFrequency.equals(d.divisions)) {
        return resolution.r.fail(
            "'"
                + resolution.quote(d.divisionSpan)
                + "' does not match '"
                + resolution.quote(d.frequencySpan)
                + "'",
            Math.min(d.divisionSpan.from(), d.frequencySpan.from()),
            Math.max(d.divisionSpan.to(), d.frequencySpan.to()));
      }
      return d.divisions;
    }
    if (fromFrequency == null) {
      return resolution.r.fail(
          "'divided' does not say into how many doses" + resolution.where(d),
          d.span.from(),
          d.span.to());
    }
    return fromFrequency;
  }

  private DoseAmount divide(Resolution resolution, QuantityRange total, int parts, Span span) {
    BigDecimal divisor = BigDecimal.valueOf(parts);
    Optional<BigDecimal> low = Decimals.divideExactly(total.low().amount(), divisor);
    Optional<BigDecimal> high = Decimals.divideExactly(total.high().amount(), divisor);
    if (low.isEmpty() || high.isEmpty()) {
      resolution.refused(
          "'" + resolution.quote(span) + "' does not divide into " + parts + " equal doses", span);
      return null;
    }
    return new DoseAmount(
        new Quantity(low.get(), total.unit()), new Quantity(high.get(), total.unit()));
  }

  private Frequency limited(
      Resolution resolution, StepDraft d, DoseParts dose, Frequency frequency) {
    Span limit = d.limitSpan;
    if (frequency != null && frequency.pattern() != FrequencyPattern.REGULAR) {
      resolution.refused(
          "'" + resolution.quote(limit) + "' does not fit a single dose or an infusion", limit);
      return null;
    }
    if (d.maxDoses != null) {
      int max = d.maxDoses;
      if (frequency == null) {
        Frequency range = Frequency.timesPerDay(1, max);
        return d.upTo ? range : range.withMaxDosesPerDay(max);
      }
      if (max > frequency.timesPerDay().high()) {
        resolution.r.fail(
            "'"
                + resolution.quote(limit)
                + "' is more than '"
                + resolution.quote(d.frequencySpan)
                + "' allows ("
                + frequency.timesPerDay().high()
                + ")",
            Math.min(limit.from(), d.frequencySpan.from()),
            Math.max(limit.to(), d.frequencySpan.to()));
        return null;
      }
      return frequency.withMaxDosesPerDay(max);
    }
    if (frequency == null) {
      resolution.refused("no frequency" + resolution.where(d), d.span);
      return null;
    }
    Quantity max = d.maxAmount;
    if (d.maxCount != null) {
      if (dose.strength == null || dose.strength.isConcentration()) {
        resolution.refused(
            "'" + resolution.quote(limit) + "' needs the strength of one unit", limit);
        return null;
      }
      Quantity each = dose.strength.amount();
      max = new Quantity(each.amount().multiply(d.maxCount), each.unit());
    }
    if (dose.amount != null && !Resolution.sameDimension(dose.amount.high(), max)) {
      resolution.refused(
          "conflicting units: '" + dose.amount.high() + "' and '" + resolution.quote(limit) + "'",
          limit);
      return null;
    }
    return frequency.withMaxDailyAmount(max);
  }
}
