package org.tonus.core.sig;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.tonus.core.quantity.Dimension;
import org.tonus.core.quantity.Quantity;
import org.tonus.core.quantity.QuantityRange;
import org.tonus.core.quantity.Unit;

/**
 * Fourth stage: turns a step draft into a {@link SigStep}. It settles form and route (written, else
 * from the step before, else implied by the brand), works out the dose exactly (count × strength,
 * mL × concentration, a daily amount divided or infused) and the frequency, and refuses what does
 * not add up: a volume of a tablet, a count that contradicts the stated dose, a concentration the
 * brand does not come in, a step with no dose or no frequency. A refusal is recorded in the {@link
 * Reading}; the methods then return null and the caller checks {@link Reading#failed()}.
 */
final class StepResolver {
  private final Reading r;
  private final Optional<ProductCatalog.Brand> brand;
  private final String brandWritten;
  private final int stepCount;
  private final List<String> rules;

  StepResolver(
      Reading r,
      Optional<ProductCatalog.Brand> brand,
      String brandWritten,
      int stepCount,
      List<String> rules) {
    this.r = r;
    this.brand = brand;
    this.brandWritten = brandWritten;
    this.stepCount = stepCount;
    this.rules = rules;
  }

  /** Resolves {@code d}; {@code previous} is the step before, or null. Null after refusing. */
  SigStep resolve(StepDraft d, SigStep previous) {
    if (d.stop()) {
      return SigStep.stopping();
    }
    DoseForm form = form(d, previous);
    AdministrationRoute route = r.failed() ? null : route(d, previous);
    Dose dose = r.failed() ? null : dose(d, previous, form);
    Frequency frequency = dose == null ? null : frequency(d, route, dose);
    if (frequency == null) {
      return null;
    }
    return new SigStep(
        Optional.ofNullable(dose.amount),
        Optional.ofNullable(dose.strength),
        Optional.ofNullable(dose.count),
        Optional.ofNullable(dose.volume),
        Optional.ofNullable(form),
        Optional.ofNullable(route),
        Optional.of(frequency),
        d.asNeeded,
        Optional.ofNullable(d.durationDays),
        false);
  }

  /** The dose parts of one step while they are being worked out. */
  private static final class Dose {
    DoseAmount amount;
    Strength strength;
    UnitCount count;
    QuantityRange volume;
  }

  private DoseForm form(StepDraft d, SigStep previous) {
    Optional<DoseForm> implied = brand.flatMap(ProductCatalog.Brand::form);
    if (d.form != null) {
      if (implied.isEmpty() || implied.get() == d.form) {
        implied.ifPresent(f -> addRules(brand.get().brandFactIds()));
        return d.form;
      }
      if (d.form == DoseForm.ORAL_LIQUID && !implied.get().counted()) {
        addRules(brand.get().brandFactIds());
        return implied.get();
      }
      r.fail(
          "'"
              + quote(d.formSpan)
              + "' does not match "
              + brandWritten
              + ", "
              + implied.get().description(),
          d.formSpan.from(),
          d.formSpan.to());
      return null;
    }
    if (previous != null && previous.form().isPresent()) {
      return previous.form().get();
    }
    implied.ifPresent(f -> addRules(brand.get().brandFactIds()));
    return implied.orElse(null);
  }

  private AdministrationRoute route(StepDraft d, SigStep previous) {
    Optional<AdministrationRoute> implied = brand.flatMap(ProductCatalog.Brand::route);
    if (d.route != null) {
      if (implied.filter(d.route::equals).isPresent()) {
        addRules(brand.get().brandFactIds());
      }
      return d.route;
    }
    if (previous != null && previous.route().isPresent()) {
      return previous.route().get();
    }
    implied.ifPresent(route -> addRules(brand.get().brandFactIds()));
    return implied.orElse(null);
  }

  private Dose dose(StepDraft d, SigStep previous, DoseForm form) {
    Dose dose = new Dose();
    boolean written = !d.masses.isEmpty() || d.count != null || d.volume != null || d.rate != null;
    if (!written) {
      if (d.concentration != null) {
        return refused(
            "'" + quote(d.concentration.span()) + "' is a concentration, not a dose",
            d.concentration.span());
      }
      if (previous != null && !previous.stop() && (d.frequency != null || d.onceSpan != null)) {
        dose.amount = previous.dose().orElse(null);
        dose.strength = previous.strength().orElse(null);
        dose.count = previous.count().orElse(null);
        dose.volume = previous.volume().orElse(null);
        return dose;
      }
      return refused("no dose" + where(d), d.span);
    }
    if (d.rate != null) {
      if (!d.masses.isEmpty() || d.count != null || d.volume != null) {
        Span other =
            !d.masses.isEmpty()
                ? d.masses.get(0).span()
                : d.count != null ? d.count.span() : d.volume.span();
        Span rate = d.rate.span();
        AmountReader.twoDoses(
            r,
            other.from() < rate.from() ? other : rate,
            other.from() < rate.from() ? rate : other);
        return null;
      }
      if (d.concentration != null) {
        dose.strength = concentration(d, null);
        if (r.failed()) {
          return null;
        }
      }
      return dose;
    }
    Strength inherited = previous == null ? null : previous.strength().orElse(null);
    if (d.count != null) {
      return counted(d, form, inherited, dose);
    }
    if (d.volume != null) {
      return measured(d, form, inherited, dose);
    }
    return massOnly(d, inherited, dose);
  }

  private Dose counted(StepDraft d, DoseForm form, Strength inherited, Dose dose) {
    StepDraft.Count count = d.count;
    if (d.concentration != null) {
      return refused(
          "'" + quote(d.concentration.span()) + "' does not fit a count of units",
          d.concentration.span());
    }
    if (d.volume != null) {
      AmountReader.twoDoses(r, count.span(), d.volume.span());
      return null;
    }
    BigDecimal low = count.low();
    BigDecimal high = count.high();
    if (low == null) {
      if (count.strength() == null && (form == null || !form.counted())) {
        return refused("no unit after " + quote(count.span()), count.span());
      }
      BigDecimal[] ends =
          AmountReader.countEnds(r, count.span().from(), count.span().to() - 1, count.span());
      if (ends == null) {
        return null;
      }
      low = ends[0];
      high = ends[1];
    }
    dose.count = new UnitCount(low, high);
    StepDraft.Mass before = null;
    StepDraft.Mass after = null;
    for (StepDraft.Mass mass : d.masses) {
      boolean isBefore = mass.span().from() < count.span().from();
      boolean restated =
          isBefore
              && count.strength() != null
              && mass.amount().low().equals(count.strength())
              && mass.amount().high().equals(count.strength());
      if (isBefore && (before != null || (count.strength() != null && !restated))) {
        return twoStrengths(before != null ? before.span() : count.span(), mass.span());
      }
      if (!isBefore && after != null) {
        AmountReader.twoDoses(r, after.span(), mass.span());
        return null;
      }
      if (isBefore) {
        before = mass;
      } else {
        after = mass;
      }
    }
    Quantity strength = count.strength();
    if (strength == null && before != null) {
      if (!isSingle(before.amount())) {
        return refused(
            "a strength is one amount, not '" + quote(before.span()) + "'", before.span());
      }
      strength = before.amount().low();
    }
    if (strength == null
        && inherited != null
        && !inherited.isConcentration()
        && (after == null || sameDimension(inherited.amount(), after.amount().low()))) {
      strength = inherited.amount();
    }
    if (strength != null) {
      dose.strength = Strength.of(strength);
      DoseAmount computed = DoseAmount.of(strength).times(low, high);
      if (after != null && !sameDoses(computed, after.amount())) {
        Span where =
            new Span(
                Math.min(count.span().from(), after.span().from()),
                Math.max(count.span().to(), after.span().to()));
        return refused(
            "'"
                + quote(count.span())
                + "' of "
                + strength
                + " is "
                + computed
                + ", not '"
                + quote(after.span())
                + "'",
            where);
      }
      dose.amount = computed;
      return dose;
    }
    if (after != null) {
      QuantityRange stated = after.amount();
      dose.amount = new DoseAmount(stated.low(), stated.high());
      if (!dose.count.isRange() && !dose.amount.isRange()) {
        dose.strength =
            Decimals.divideExactly(stated.low().amount(), low)
                .map(each -> Strength.of(new Quantity(each, stated.unit())))
                .orElse(null);
      }
    }
    return dose;
  }

  private Dose measured(StepDraft d, DoseForm form, Strength inherited, Dose dose) {
    Span volumeSpan = d.volume.span();
    if (form != null && form.counted()) {
      return refused(
          "'"
              + quote(volumeSpan)
              + "' of "
              + form.description()
              + ": it is counted, not measured in mL",
          volumeSpan);
    }
    if (d.masses.size() > 1) {
      AmountReader.twoDoses(r, d.masses.get(0).span(), d.masses.get(1).span());
      return null;
    }
    dose.volume = d.volume.amount();
    Strength concentration = concentration(d, inherited);
    if (r.failed()) {
      return null;
    }
    dose.strength = concentration;
    DoseAmount computed = null;
    if (concentration != null) {
      Unit mass = concentration.amount().unit() == Unit.MCG_PER_ML ? Unit.MCG : Unit.MG;
      BigDecimal perMl = concentration.amount().amount();
      computed =
          new DoseAmount(
              new Quantity(dose.volume.low().amount().multiply(perMl), mass),
              new Quantity(dose.volume.high().amount().multiply(perMl), mass));
    }
    if (!d.masses.isEmpty()) {
      StepDraft.Mass stated = d.masses.get(0);
      if (computed != null && !sameDoses(computed, stated.amount())) {
        Span where =
            new Span(
                Math.min(volumeSpan.from(), stated.span().from()),
                Math.max(volumeSpan.to(), stated.span().to()));
        return refused(
            "'"
                + quote(volumeSpan)
                + "' of "
                + concentration.amount()
                + " is "
                + computed
                + ", not '"
                + quote(stated.span())
                + "'",
            where);
      }
      dose.amount = new DoseAmount(stated.amount().low(), stated.amount().high());
      return dose;
    }
    dose.amount = computed;
    return dose;
  }

  /**
   * The concentration of a liquid: as written (checked against the brand's products), else the step
   * before's, else the brand's only one. Null when none is known: never guessed. Null also after
   * refusing a concentration the brand does not come in.
   */
  private Strength concentration(StepDraft d, Strength inherited) {
    if (d.concentration != null) {
      Quantity written = d.concentration.amount().low();
      if (brand.isPresent() && !brand.get().concentrations().isEmpty()) {
        Optional<ProductCatalog.Concentration> product = brand.get().matching(written);
        if (product.isEmpty()) {
          refused(
              "'" + quote(d.concentration.span()) + "' is not a concentration of " + brandWritten,
              d.concentration.span());
          return null;
        }
        addRules(List.of(product.get().factId()));
        return new Strength(product.get().perMl(), Optional.of(product.get().factId()));
      }
      return Strength.of(written);
    }
    if (inherited != null && inherited.isConcentration()) {
      return inherited;
    }
    Optional<ProductCatalog.Concentration> only =
        brand.flatMap(ProductCatalog.Brand::onlyConcentration);
    only.ifPresent(c -> addRules(List.of(c.factId())));
    return only.map(c -> new Strength(c.perMl(), Optional.of(c.factId()))).orElse(null);
  }

  private Dose massOnly(StepDraft d, Strength inherited, Dose dose) {
    if (d.masses.size() > 2
        || (d.masses.size() == 2
            && (!d.masses.get(0).productMention() || d.masses.get(1).productMention()))) {
      AmountReader.twoDoses(r, d.masses.get(0).span(), d.masses.get(1).span());
      return null;
    }
    StepDraft.Mass doseMass = d.masses.get(d.masses.size() - 1);
    StepDraft.Mass strengthMass = d.masses.size() == 2 ? d.masses.get(0) : doseMass;
    dose.amount = new DoseAmount(doseMass.amount().low(), doseMass.amount().high());
    boolean singleStrength = isSingle(strengthMass.amount());
    if (d.masses.size() == 2 && !singleStrength) {
      return refused(
          "a strength is one amount, not '" + quote(strengthMass.span()) + "'",
          strengthMass.span());
    }
    if (strengthMass.productMention() && d.concentration != null) {
      return twoStrengths(strengthMass.span(), d.concentration.span());
    }
    if (strengthMass.productMention() && singleStrength) {
      dose.strength = Strength.of(strengthMass.amount().low());
    } else if (d.concentration != null) {
      dose.strength = concentration(d, inherited);
      if (r.failed()) {
        return null;
      }
    } else {
      dose.strength = inherited;
    }
    return dose;
  }

  private Frequency frequency(StepDraft d, AdministrationRoute route, Dose dose) {
    Frequency frequency = d.frequency;
    if (d.rate != null) {
      frequency = rated(d, route, dose, frequency);
    } else if (d.divided) {
      frequency = divided(d, dose, frequency);
    } else if (d.continuous) {
      frequency = infused(d, frequency);
    }
    if (r.failed()) {
      return null;
    }
    if (d.onceSpan != null) {
      if (frequency != null) {
        Span other =
            d.frequencySpan != null
                ? d.frequencySpan
                : d.rate != null ? d.rate.span() : d.divisionSpan != null ? d.divisionSpan : d.span;
        StepDraft.twoFrequencies(r, other, d.onceSpan);
        return null;
      }
      frequency = Frequency.once();
    }
    if (d.limitSpan != null) {
      frequency = limited(d, dose, frequency);
      if (r.failed()) {
        return null;
      }
    }
    if (frequency == null) {
      refused("no frequency" + where(d), d.span);
    }
    return frequency;
  }

  /** "500 mcg daily via pump": an infusion needs its amount per day and nothing else. */
  private Frequency infused(StepDraft d, Frequency written) {
    if (written == null) {
      refused("'continuous' needs a daily dose: write it per day", d.span);
      return null;
    }
    if (!StepDraft.isPlainDaily(written)) {
      refused(
          "an infusion is not given '" + quote(d.frequencySpan) + "': write the dose per day",
          d.frequencySpan);
      return null;
    }
    return Frequency.continuous();
  }

  private Frequency rated(StepDraft d, AdministrationRoute route, Dose dose, Frequency written) {
    QuantityRange rate = d.rate.amount();
    if (d.divided) {
      int parts = parts(d, written);
      if (parts == Reading.FAILED) {
        return null;
      }
      dose.amount = divide(rate, parts, d.rate.span());
      if (dose.amount == null) {
        return null;
      }
      return written != null && !StepDraft.isPlainDaily(written)
          ? written
          : Frequency.timesPerDay(parts, parts);
    }
    if (d.continuous || route == AdministrationRoute.INTRATHECAL) {
      if (written != null && !StepDraft.isPlainDaily(written)) {
        StepDraft.twoFrequencies(r, d.rate.span(), d.frequencySpan);
        return null;
      }
      if (d.onceSpan != null) {
        StepDraft.twoFrequencies(r, d.rate.span(), d.onceSpan);
        return null;
      }
      dose.amount = new DoseAmount(rate.low(), rate.high());
      return Frequency.continuous();
    }
    refused("'" + quote(d.rate.span()) + "' does not say how many doses a day", d.rate.span());
    return null;
  }

  /** "30 mg daily in 3 divided doses", "30 mg divided tid": the amount is the daily total. */
  private Frequency divided(StepDraft d, Dose dose, Frequency written) {
    if (d.masses.size() != 1 || d.count != null || d.volume != null) {
      refused("'divided' needs one daily amount to divide" + where(d), d.span);
      return null;
    }
    int parts = parts(d, written);
    if (parts == Reading.FAILED) {
      return null;
    }
    StepDraft.Mass total = d.masses.get(0);
    dose.amount = divide(total.amount(), parts, total.span());
    if (dose.amount == null) {
      return null;
    }
    dose.strength = null;
    return written != null && !StepDraft.isPlainDaily(written)
        ? written
        : Frequency.timesPerDay(parts, parts);
  }

  private int parts(StepDraft d, Frequency written) {
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
        return r.fail(
            "'" + quote(d.divisionSpan) + "' does not match '" + quote(d.frequencySpan) + "'",
            Math.min(d.divisionSpan.from(), d.frequencySpan.from()),
            Math.max(d.divisionSpan.to(), d.frequencySpan.to()));
      }
      return d.divisions;
    }
    if (fromFrequency == null) {
      return r.fail(
          "'divided' does not say into how many doses" + where(d), d.span.from(), d.span.to());
    }
    return fromFrequency;
  }

  private DoseAmount divide(QuantityRange total, int parts, Span span) {
    BigDecimal divisor = BigDecimal.valueOf(parts);
    Optional<BigDecimal> low = Decimals.divideExactly(total.low().amount(), divisor);
    Optional<BigDecimal> high = Decimals.divideExactly(total.high().amount(), divisor);
    if (low.isEmpty() || high.isEmpty()) {
      refused("'" + quote(span) + "' does not divide into " + parts + " equal doses", span);
      return null;
    }
    return new DoseAmount(
        new Quantity(low.get(), total.unit()), new Quantity(high.get(), total.unit()));
  }

  private Frequency limited(StepDraft d, Dose dose, Frequency frequency) {
    Span limit = d.limitSpan;
    if (frequency != null && frequency.pattern() != FrequencyPattern.REGULAR) {
      refused("'" + quote(limit) + "' does not fit a single dose or an infusion", limit);
      return null;
    }
    if (d.maxDoses != null) {
      int max = d.maxDoses;
      if (frequency == null) {
        Frequency range = Frequency.timesPerDay(1, max);
        return d.upTo ? range : range.withMaxDosesPerDay(max);
      }
      if (max > frequency.timesPerDay().high()) {
        r.fail(
            "'"
                + quote(limit)
                + "' is more than '"
                + quote(d.frequencySpan)
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
      refused("no frequency" + where(d), d.span);
      return null;
    }
    Quantity max = d.maxAmount;
    if (d.maxCount != null) {
      if (dose.strength == null || dose.strength.isConcentration()) {
        refused("'" + quote(limit) + "' needs the strength of one unit", limit);
        return null;
      }
      Quantity each = dose.strength.amount();
      max = new Quantity(each.amount().multiply(d.maxCount), each.unit());
    }
    if (dose.amount != null && !sameDimension(dose.amount.high(), max)) {
      refused("conflicting units: '" + dose.amount.high() + "' and '" + quote(limit) + "'", limit);
      return null;
    }
    return frequency.withMaxDailyAmount(max);
  }

  /** Records fact ids applied, once each, in the order first applied. */
  private void addRules(List<String> factIds) {
    for (String id : factIds) {
      if (!rules.contains(id)) {
        rules.add(id);
      }
    }
  }

  private Dose refused(String message, Span span) {
    r.fail(message, span.from(), span.to());
    return null;
  }

  private Dose twoStrengths(Span one, Span other) {
    Span first = one.from() <= other.from() ? one : other;
    Span second = first == one ? other : one;
    return refused(
        "two strengths: '" + quote(first) + "' and '" + quote(second) + "'",
        new Span(first.from(), second.to()));
  }

  private String where(StepDraft d) {
    return stepCount > 1 ? " in step " + d.number : "";
  }

  private String quote(Span span) {
    return r.written(span.from(), span.to());
  }

  /** True for a range of one value ("10 mg", not "5-10 mg"). */
  private static boolean isSingle(QuantityRange range) {
    return range.low() == range.high() || range.low().equals(range.high());
  }

  private static boolean sameDimension(Quantity a, Quantity b) {
    return a.dimension() == b.dimension();
  }

  private static boolean sameDoses(DoseAmount computed, QuantityRange stated) {
    return sameAmount(computed.low(), stated.low()) && sameAmount(computed.high(), stated.high());
  }

  private static boolean sameAmount(Quantity a, Quantity b) {
    return a.dimension() == b.dimension()
        && a.dimension() != Dimension.CONCENTRATION
        && a.to(b.unit()).amount().compareTo(b.amount()) == 0;
  }
}
